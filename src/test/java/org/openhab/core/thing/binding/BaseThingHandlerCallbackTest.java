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
package org.openhab.core.thing.binding;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.TimeSeries;

/**
 * Proves that {@link BaseThingHandler} reports statuses, states and time series to the callback, keeps the thing's
 * status, maps the configuration and follows its bridge's status.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerCallbackTest {

    private static final ThingTypeUID METER = new ThingTypeUID("smartmetertexas", "meter");
    private static final ThingTypeUID ACCOUNT = new ThingTypeUID("smartmetertexas", "account");

    /** The configuration class of the handler under test. */
    public static class MeterConfig {
        public String esiid = "";
        public int refreshMinutes = 60;
    }

    /** A handler that only uses what the base class offers. */
    private static class MeterHandler extends BaseThingHandler {
        MeterHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
            updateStatus(ThingStatus.UNKNOWN);
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        void goOffline(String why) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, why);
        }

        void report(QuantityType<?> energy) {
            updateState("energy", energy);
        }

        void history(TimeSeries series) {
            sendTimeSeries("history", series);
        }

        MeterConfig config() {
            return getConfigAs(MeterConfig.class);
        }
    }

    private final Thing thing = ThingBuilder.create(METER, "m1")
            .withConfiguration(new Configuration(Map.of("esiid", "10443720000000001", "refreshMinutes", 30))).build();
    private final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    private final MeterHandler handler = new MeterHandler(thing);

    @Test
    void statusGoesToTheCallbackAndStaysOnTheThing() {
        handler.setCallback(callback);

        handler.goOffline("SMT unreachable");

        ThingStatusInfo expected = new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "SMT unreachable");
        verify(callback).statusUpdated(thing, expected);
        assertEquals(expected, thing.getStatusInfo());
        assertEquals(ThingStatus.OFFLINE, thing.getStatus());
    }

    @Test
    void statesAndTimeSeriesGoToTheThingsChannels() {
        handler.setCallback(callback);
        QuantityType<?> energy = new QuantityType<>(new BigDecimal("1.5"), Units.KILOWATT_HOUR);
        TimeSeries series = new TimeSeries(TimeSeries.Policy.REPLACE);
        series.add(Instant.parse("2024-01-01T06:00:00Z"), energy);

        handler.report(energy);
        handler.history(series);

        verify(callback).stateUpdated(new ChannelUID(thing.getUID(), "energy"), energy);
        verify(callback).sendTimeSeries(new ChannelUID(thing.getUID(), "history"), series);
    }

    @Test
    void withoutCallbackNothingIsReportedAndNothingFails() {
        handler.goOffline("late");

        assertEquals(ThingStatus.UNINITIALIZED, thing.getStatus());
        verifyNoInteractions(callback);
    }

    @Test
    void configurationIsMappedOntoTheConfigClass() {
        MeterConfig config = handler.config();

        assertEquals("10443720000000001", config.esiid);
        assertEquals(30, config.refreshMinutes);
    }

    @Test
    void followsTheBridgeOfflineAndBackOnline() {
        handler.setCallback(callback);
        handler.initialize();

        handler.bridgeStatusChanged(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.NONE, null));
        assertEquals(ThingStatusDetail.BRIDGE_OFFLINE, thing.getStatusInfo().getStatusDetail());

        handler.bridgeStatusChanged(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null));
        assertEquals(ThingStatus.ONLINE, thing.getStatus());
    }

    @Test
    void bridgeHandlerSeesItsBridge() {
        Bridge bridge = BridgeBuilder.create(ACCOUNT, "a1").withLabel("Account").build();
        BaseBridgeHandler bridgeHandler = new BaseBridgeHandler(bridge) {
            @Override
            public void initialize() {
            }

            @Override
            public void handleCommand(ChannelUID channelUID, Command command) {
            }
        };

        assertSame(bridge, bridgeHandler.getThing());
        assertEquals("smartmetertexas:account:a1", bridge.getUID().getAsString());
    }
}
