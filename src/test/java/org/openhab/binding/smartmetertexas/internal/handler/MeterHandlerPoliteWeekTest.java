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
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.State;

/**
 * A simulated week across the spring-forward change, two meters on one account reading as often as the binding allows
 * (every 30 minutes) and loading 60 days of history: SMT never sees a request that breaks doc/smt-protocol.md §7, and
 * the user
 * still gets every day's data and a read every half hour the budget allows.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterHandlerPoliteWeekTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 5);

    @Test
    void aWeekOfTwoMetersKeepsEveryRuleOfSection7() throws Exception {
        try (BindingHarness harness = new BindingHarness(SmtTime.startOfDay(FIRST_DAY))) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            List<Thing> meters = harness.simulator.esiids().stream()
                    .map(esiid -> harness.startMeter(esiid, Map.of("readInterval", 30, "historyDays", 60)).getThing())
                    .toList();
            harness.run(Duration.ofDays(7));

            List<RecordedRequest> requests = harness.simulator.requests();
            assertEquals(List.of(), PoliteAudit.violations(requests));

            for (Thing meter : meters) {
                assertEquals(ThingStatus.ONLINE, meter.getStatus());
                String esiid = (String) meter.getConfiguration().get(CONFIG_ESIID);
                for (int day = 0; day < 7; day++) {
                    LocalDate date = FIRST_DAY.plusDays(day);
                    long reads = PoliteAudit.startedReads(requests).stream()
                            .filter(r -> esiid.equals(PoliteAudit.esiid(r)) && SmtTime.dayOf(r.time()).equals(date))
                            .count();
                    assertEquals(24, reads, "all of SMT's 24 daily reads of " + esiid + " on " + date);
                }
                List<State> until = harness.states(meter, CHANNEL_DATA_UNTIL);
                Instant newest = ((DateTimeType) until.get(until.size() - 1)).getInstant();
                assertEquals(SmtTime.startOfDay(FIRST_DAY.plusDays(6)), newest,
                        "yesterday's data arrived on the last day");
            }
        }
    }
}
