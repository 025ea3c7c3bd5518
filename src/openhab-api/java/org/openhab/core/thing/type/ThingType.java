/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.core.thing.type;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Stand-in of openHAB's {@code ThingType}: the description of a kind of thing. openHAB builds these from the
 * binding's {@code OH-INF/thing} files; the stand-in has no such loader, so no code outside this package creates
 * one. Channel definitions are left out (their classes are not part of the stand-in).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingType extends AbstractDescriptionType {

    private final List<String> supportedBridgeTypeUIDs;
    private final Map<String, String> properties;
    private final @Nullable String category;
    private final boolean listed;
    private final @Nullable String representationProperty;
    private final List<String> extensibleChannelTypeIds;

    ThingType(ThingTypeUID uid, List<String> supportedBridgeTypeUIDs, String label, @Nullable String description,
            @Nullable String category, boolean listed, @Nullable String representationProperty,
            Map<String, String> properties, @Nullable URI configDescriptionURI, List<String> extensibleChannelTypeIds) {
        super(uid, label, description, configDescriptionURI);
        this.supportedBridgeTypeUIDs = List.copyOf(supportedBridgeTypeUIDs);
        this.category = category;
        this.listed = listed;
        this.representationProperty = representationProperty;
        this.properties = Map.copyOf(properties);
        this.extensibleChannelTypeIds = List.copyOf(extensibleChannelTypeIds);
    }

    @Override
    public ThingTypeUID getUID() {
        return (ThingTypeUID) super.getUID();
    }

    public String getBindingId() {
        return getUID().getBindingId();
    }

    public List<String> getSupportedBridgeTypeUIDs() {
        return supportedBridgeTypeUIDs;
    }

    public Map<String, String> getProperties() {
        return properties;
    }

    public @Nullable String getCategory() {
        return category;
    }

    public boolean isListed() {
        return listed;
    }

    public @Nullable String getRepresentationProperty() {
        return representationProperty;
    }

    public List<String> getExtensibleChannelTypeIds() {
        return extensibleChannelTypeIds;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return getUID().equals(((ThingType) obj).getUID());
    }

    @Override
    public int hashCode() {
        return Objects.hash(getUID());
    }

    @Override
    public String toString() {
        return getUID().toString();
    }
}
