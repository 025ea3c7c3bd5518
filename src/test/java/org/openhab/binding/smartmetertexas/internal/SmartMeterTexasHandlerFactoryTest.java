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
package org.openhab.binding.smartmetertexas.internal;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.*;
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.time.Instant;
import java.util.Map;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.handler.AccountHandler;
import org.openhab.binding.smartmetertexas.internal.handler.MeterHandler;
import org.openhab.binding.smartmetertexas.internal.planning.BindingTiming;
import org.openhab.binding.smartmetertexas.internal.planning.VirtualTaskScheduler;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * openHAB gets the right handler for each thing type, and a handler's initialize() returns at once with UNKNOWN,
 * making no request and no HTTP client.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SmartMeterTexasHandlerFactoryTest {

    private final HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
    private final StorageService storageService = mock(StorageService.class);
    private final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);

    @SuppressWarnings("unchecked")
    private SmartMeterTexasHandlerFactory factory() {
        when(storageService.getStorage(anyString())).thenReturn(mock(Storage.class));
        // Jobs go to a virtual scheduler that this test never runs: whatever initialize() leaves for later stays there.
        ManualClock clock = new ManualClock(Instant.parse("2026-06-15T13:00:00Z"));
        BindingTiming timing = new BindingTiming(clock, clock::advance, executor -> new VirtualTaskScheduler(clock),
                new Random(1));
        return new SmartMeterTexasHandlerFactory(httpClientFactory, storageService, timing);
    }

    @Test
    void supportsExactlyTheAccountAndMeterTypes() {
        SmartMeterTexasHandlerFactory factory = factory();
        assertTrue(factory.supportsThingType(THING_TYPE_ACCOUNT));
        assertTrue(factory.supportsThingType(THING_TYPE_METER));
        assertFalse(factory.supportsThingType(new ThingTypeUID(BINDING_ID, "other")));
    }

    @Test
    void accountHandlerInitializesAtOnceToUnknown() {
        Bridge bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, "home")
                .withConfiguration(new Configuration(Map.of("username", "jdoe", "password", "secret"))).build();
        ThingHandler handler = factory().registerHandler(bridge);
        assertInstanceOf(AccountHandler.class, handler);
        handler.setCallback(callback);
        handler.initialize();
        assertEquals(ThingStatus.UNKNOWN, bridge.getStatus());
        verifyNoInteractions(httpClientFactory);
        handler.dispose();
    }

    @Test
    void meterHandlerInitializesAtOnceAndWaitsForItsAccount() {
        ThingUID bridgeUID = new ThingUID(THING_TYPE_ACCOUNT, "home");
        Thing meter = ThingBuilder.create(THING_TYPE_METER, new ThingUID(THING_TYPE_METER, bridgeUID, "house"))
                .withBridge(bridgeUID).withConfiguration(new Configuration(Map.of(CONFIG_ESIID, "10443720001234567")))
                .build();
        ThingHandler handler = factory().registerHandler(meter);
        assertInstanceOf(MeterHandler.class, handler);
        handler.setCallback(callback);
        handler.initialize();
        assertEquals(ThingStatus.OFFLINE, meter.getStatus(), "no account yet: offline, waiting for it");
        handler.dispose();
    }

    @Test
    void meterWithABadEsiidIsAConfigurationError() {
        ThingUID bridgeUID = new ThingUID(THING_TYPE_ACCOUNT, "home");
        Thing meter = ThingBuilder.create(THING_TYPE_METER, new ThingUID(THING_TYPE_METER, bridgeUID, "house"))
                .withBridge(bridgeUID).withConfiguration(new Configuration(Map.of(CONFIG_ESIID, "12345"))).build();
        ThingHandler handler = factory().registerHandler(meter);
        handler.setCallback(callback);
        handler.initialize();
        assertEquals(ThingStatus.OFFLINE, meter.getStatus());
        assertEquals("@text/offline.esiid [\"12345\"]", meter.getStatusInfo().getDescription());
    }
}
