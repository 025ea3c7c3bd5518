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
package org.openhab.binding.smartmetertexas.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.core.thing.ThingStatus;

/**
 * While one SMT endpoint keeps failing, the account goes offline and back online again and again; it does not ask
 * SMT for its list of meters each time (at most every 15 minutes, doc/smt-protocol.md §7), and recovers when SMT does.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountHandlerPoliteReconnectTest {

    private static final Instant MORNING = LocalDate.of(2026, 6, 15).atTime(6, 0).atZone(SmtTime.CENTRAL).toInstant();

    @Test
    void flappingAccountListsItsMetersAtMostEveryFifteenMinutes() throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.simulator.control().fault(Endpoint.PORTAL_LATEST_ODR, Fault.UNAVAILABLE_TEXT);
            AccountHandler account = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            harness.startMeter(harness.simulator.esiids().get(0), Map.of("readInterval", 30, "historyDays", 0));
            harness.run(Duration.ofHours(2));

            int lists = harness.requests("/api/meter").size();
            assertTrue(lists >= 2 && lists <= 1 + 120 / 15, "meter lists in two hours: " + lists);
            assertEquals(List.of(), PoliteAudit.violations(harness.simulator.requests()));

            harness.simulator.control().clearFaults();
            harness.run(Duration.ofMinutes(40));
            assertEquals(ThingStatus.ONLINE, account.getThing().getStatus());
        }
    }
}
