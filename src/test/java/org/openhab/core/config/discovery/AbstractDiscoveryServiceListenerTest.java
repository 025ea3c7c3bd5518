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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Proves that {@link AbstractDiscoveryService} tells its listeners what was found and what is gone, tells late
 * listeners the results still current, and that {@link DiscoveryResultBuilder} fills a result as openHAB's does.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class AbstractDiscoveryServiceListenerTest {

    private static final ThingTypeUID METER = new ThingTypeUID("smartmetertexas", "meter");
    private static final ThingUID ACCOUNT = new ThingUID(new ThingTypeUID("smartmetertexas", "account"), "a1");
    private static final ThingUID METER_UID = new ThingUID(METER, ACCOUNT, "10443720000000001");

    /** Finds one meter per scan. */
    private static class MeterDiscovery extends AbstractDiscoveryService {
        MeterDiscovery() {
            super(Set.of(METER), 0, false);
        }

        @Override
        protected void startScan() {
            thingDiscovered(DiscoveryResultBuilder.create(METER_UID).withBridge(ACCOUNT).withLabel("Meter")
                    .withProperty("esiid", "10443720000000001").withRepresentationProperty("esiid").build());
        }

        void gone() {
            thingRemoved(METER_UID);
        }
    }

    @Test
    void listenersHearFoundAndGoneThings() {
        MeterDiscovery discovery = new MeterDiscovery();
        DiscoveryListener listener = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(listener);

        discovery.startScan((ScanListener) null);
        discovery.gone();

        verify(listener).thingDiscovered(eq(discovery), argThat(result -> METER_UID.equals(result.getThingUID())));
        verify(listener).thingRemoved(discovery, METER_UID);
    }

    @Test
    void lateListenersHearCurrentResultsOnly() {
        MeterDiscovery discovery = new MeterDiscovery();
        discovery.startScan((ScanListener) null);
        DiscoveryListener late = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(late);
        verify(late).thingDiscovered(eq(discovery), any());

        discovery.gone();
        DiscoveryListener later = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(later);
        verifyNoInteractions(later);
    }

    @Test
    void resultCarriesWhatTheBuilderGot() {
        DiscoveryResult result = DiscoveryResultBuilder.create(METER_UID).withBridge(ACCOUNT).withLabel("Meter")
                .withProperty("esiid", "10443720000000001").withRepresentationProperty("esiid").build();

        assertEquals(METER, result.getThingTypeUID());
        assertEquals("smartmetertexas", result.getBindingId());
        assertEquals(ACCOUNT, result.getBridgeUID());
        assertEquals("10443720000000001", result.getProperties().get("esiid"));
        assertEquals("esiid", result.getRepresentationProperty());
        assertEquals(DiscoveryResult.TTL_UNLIMITED, result.getTimeToLive());
        assertEquals(DiscoveryResultFlag.NEW, result.getFlag());
        assertEquals("smartmetertexas:meter:a1:10443720000000001", result.getThingUID().getAsString());
    }
}
