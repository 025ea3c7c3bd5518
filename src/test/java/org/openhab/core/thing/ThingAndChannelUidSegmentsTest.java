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
package org.openhab.core.thing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * Proves that thing and channel UIDs are built, split and validated as in openHAB, and that a built thing finds
 * its channels.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingAndChannelUidSegmentsTest {

    private static final ThingTypeUID ACCOUNT_TYPE = new ThingTypeUID("smartmetertexas:account");
    private static final ThingTypeUID METER_TYPE = new ThingTypeUID("smartmetertexas", "meter");

    @Test
    void thingUnderABridgeCarriesTheBridgeId() {
        ThingUID account = new ThingUID(ACCOUNT_TYPE, "a1");
        ThingUID meter = new ThingUID(METER_TYPE, account, "m1");

        assertEquals("smartmetertexas:meter:a1:m1", meter.getAsString());
        assertEquals(List.of("a1"), meter.getBridgeIds());
        assertEquals("m1", meter.getId());
        assertEquals(meter, new ThingUID("smartmetertexas:meter:a1:m1"));
    }

    @Test
    void groupedChannelSplitsIntoGroupAndId() {
        ThingUID meter = new ThingUID(METER_TYPE, "m1");
        ChannelUID channel = new ChannelUID(meter, "daily", "energy");

        assertEquals("smartmetertexas:meter:m1:daily#energy", channel.getAsString());
        assertTrue(channel.isInGroup());
        assertEquals("daily", channel.getGroupId());
        assertEquals("energy", channel.getIdWithoutGroup());
        assertEquals(meter, channel.getThingUID());
        assertNull(new ChannelUID(meter, "energy").getGroupId());
    }

    @Test
    void invalidSegmentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ThingUID(METER_TYPE, "m 1"));
        assertThrows(IllegalArgumentException.class, () -> new ThingTypeUID("smartmetertexas"));
    }

    @Test
    void builtThingFindsItsChannelsAndRejectsForeignOnes() {
        ThingUID meter = new ThingUID(METER_TYPE, "m1");
        ChannelUID energy = new ChannelUID(meter, "energy");
        Thing thing = ThingBuilder.create(METER_TYPE, meter)
                .withChannel(ChannelBuilder.create(energy, "Number:Energy").build()).build();

        assertEquals("Number:Energy", thing.getChannel("energy").getAcceptedItemType());
        assertEquals(ThingStatus.UNINITIALIZED, thing.getStatus());
        ChannelUID foreign = new ChannelUID(new ThingUID(METER_TYPE, "m2"), "energy");
        assertThrows(IllegalArgumentException.class,
                () -> ThingBuilder.create(METER_TYPE, meter).withChannel(ChannelBuilder.create(foreign).build()));
    }
}
