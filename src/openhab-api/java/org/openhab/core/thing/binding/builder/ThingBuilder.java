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
package org.openhab.core.thing.binding.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.internal.ThingImpl;

/**
 * Stand-in of openHAB's {@code ThingBuilder}: builds a {@link Thing}. Channels must belong to the thing being
 * built and have distinct UIDs.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingBuilder {

    final ThingTypeUID thingTypeUID;
    final ThingUID thingUID;
    @Nullable
    String label;
    final List<Channel> channels = new ArrayList<>();
    Configuration configuration = new Configuration();
    @Nullable
    ThingUID bridgeUID;
    final Map<String, String> properties = new HashMap<>();
    @Nullable
    String location;

    protected ThingBuilder(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.thingTypeUID = thingTypeUID;
        this.thingUID = thingUID;
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, String thingId) {
        return new ThingBuilder(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        return new ThingBuilder(thingTypeUID, thingUID);
    }

    /** A builder holding a copy of the given thing. */
    public static ThingBuilder create(Thing thing) {
        ThingBuilder builder = new ThingBuilder(thing.getThingTypeUID(), thing.getUID());
        builder.copyFrom(thing);
        return builder;
    }

    void copyFrom(Thing thing) {
        label = thing.getLabel();
        channels.addAll(thing.getChannels());
        configuration = new Configuration(thing.getConfiguration());
        bridgeUID = thing.getBridgeUID();
        properties.putAll(thing.getProperties());
        location = thing.getLocation();
    }

    public Thing build() {
        return new ThingImpl(thingTypeUID, thingUID, label, bridgeUID, channels, configuration, properties, location);
    }

    public ThingBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    /**
     * @throws IllegalArgumentException if the channel belongs to another thing or its UID is already used
     */
    public ThingBuilder withChannel(Channel channel) {
        List<Channel> all = new ArrayList<>(channels);
        all.add(channel);
        check(all);
        channels.add(channel);
        return this;
    }

    /** Replaces the channels. */
    public ThingBuilder withChannels(Channel... channels) {
        return withChannels(Arrays.asList(channels));
    }

    /**
     * Replaces the channels.
     *
     * @throws IllegalArgumentException if a channel belongs to another thing or two channels have the same UID
     */
    public ThingBuilder withChannels(List<Channel> channels) {
        check(channels);
        this.channels.clear();
        this.channels.addAll(channels);
        return this;
    }

    public ThingBuilder withoutChannel(ChannelUID channelUID) {
        channels.removeIf(channel -> channel.getUID().equals(channelUID));
        return this;
    }

    public ThingBuilder withoutChannels(Channel... channels) {
        return withoutChannels(Arrays.asList(channels));
    }

    public ThingBuilder withoutChannels(List<Channel> channels) {
        for (Channel channel : channels) {
            withoutChannel(channel.getUID());
        }
        return this;
    }

    public ThingBuilder withConfiguration(Configuration configuration) {
        this.configuration = configuration;
        return this;
    }

    public ThingBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    public ThingBuilder withProperty(String key, String value) {
        properties.put(key, value);
        return this;
    }

    /** Adds the properties to those already set. */
    public ThingBuilder withProperties(Map<String, String> properties) {
        this.properties.putAll(properties);
        return this;
    }

    public ThingBuilder withLocation(@Nullable String location) {
        this.location = location;
        return this;
    }

    private void check(List<Channel> channels) {
        Set<ChannelUID> seen = new HashSet<>();
        for (Channel channel : channels) {
            ChannelUID uid = channel.getUID();
            if (!uid.getThingUID().equals(thingUID)) {
                throw new IllegalArgumentException(
                        "Channel UID '" + uid + "' does not match thing UID '" + thingUID + "'");
            }
            if (!seen.add(uid)) {
                throw new IllegalArgumentException("Duplicate channel UID '" + uid + "'");
            }
        }
    }
}
