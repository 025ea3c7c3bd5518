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
package org.openhab.core.config.discovery;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Stand-in of openHAB's {@code DiscoveryResult}: a thing found by discovery, as offered in the inbox. Created with
 * {@link DiscoveryResultBuilder}. Its creation time is left out: openHAB 4.3 and 5.x name and type it differently.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public interface DiscoveryResult {

    /** The time-to-live meaning "until removed". */
    long TTL_UNLIMITED = -1;

    ThingUID getThingUID();

    ThingTypeUID getThingTypeUID();

    String getBindingId();

    Map<String, Object> getProperties();

    /** The name of the property that identifies the device, e.g. its serial number. */
    @Nullable
    String getRepresentationProperty();

    DiscoveryResultFlag getFlag();

    String getLabel();

    @Nullable
    ThingUID getBridgeUID();

    /** Seconds the result stays in the inbox, or {@link #TTL_UNLIMITED}. */
    long getTimeToLive();

    /** Turns the properties that are not configuration parameters into text; nothing by default. */
    default void normalizePropertiesOnConfigDescription(List<String> configurationParameters) {
    }
}
