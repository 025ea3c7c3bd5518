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
package org.openhab.core.thing.internal;

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.type.AutoUpdatePolicy;
import org.openhab.core.thing.type.ChannelKind;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * The {@link Channel} that {@link org.openhab.core.thing.binding.builder.ChannelBuilder} builds (stand-in helper,
 * not API): it only opens {@link Channel}'s constructor to the builder.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelImpl extends Channel {

    public ChannelImpl(ChannelUID uid, @Nullable ChannelTypeUID channelTypeUID, @Nullable String acceptedItemType,
            ChannelKind kind, Configuration configuration, Set<String> defaultTags, Map<String, String> properties,
            @Nullable String label, @Nullable String description, @Nullable AutoUpdatePolicy autoUpdatePolicy) {
        super(uid, channelTypeUID, acceptedItemType, kind, configuration, defaultTags, properties, label, description,
                autoUpdatePolicy);
    }
}
