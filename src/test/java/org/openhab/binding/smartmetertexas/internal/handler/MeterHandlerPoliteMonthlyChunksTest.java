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
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

/**
 * A meter with two years of history needs two year-long requests for its billing periods: the newest year with the
 * first routine requests, the older one as the first piece of history. Both reach back into history, so both are
 * paced like history (at least 5 s after the account's previous history request, doc/smt-protocol.md §7), and they
 * come before the meter's 15-minute history loads.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterHandlerPoliteMonthlyChunksTest {

    private static final Instant NINE_THIRTY = LocalDate.of(2026, 6, 15).atTime(9, 30).atZone(SmtTime.CENTRAL)
            .toInstant();

    @Test
    void monthlyChunksGoFiveSecondsApart() throws Exception {
        try (BindingHarness harness = new BindingHarness(NINE_THIRTY)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            for (String esiid : harness.simulator.esiids()) {
                harness.startMeter(esiid, Map.of("readInterval", 0, "historyDays", 730));
            }
            harness.run(Duration.ofMinutes(10));

            List<RecordedRequest> monthly = harness.requests("/api/usage/monthly");
            assertEquals(4, monthly.size(), "two year-long chunks of billing periods for each of two meters");
            for (int i = 1; i < monthly.size(); i++) {
                Duration gap = Duration.between(monthly.get(i - 1).time(), monthly.get(i).time());
                assertTrue(gap.compareTo(Duration.ofSeconds(5)) >= 0, "monthly chunks " + gap + " apart");
            }
            for (String esiid : harness.simulator.esiids()) {
                List<RecordedRequest> mine = monthly.stream().filter(r -> r.body().contains(esiid)).toList();
                assertEquals(2, mine.size(), esiid);
                Duration gap = Duration.between(mine.get(0).time(), mine.get(1).time());
                assertTrue(gap.compareTo(Duration.ofSeconds(5)) >= 0, "the older year " + gap + " after the newer");
                assertFalse(mine.get(1).body().equals(mine.get(0).body()), "two different years");
            }
            List<RecordedRequest> history = harness.simulator.requests().stream()
                    .filter(r -> r.path().equals("/api/usage/monthly") || r.path().equals("/api/adhoc/intervalsynch"))
                    .toList();
            assertTrue(history.indexOf(monthly.get(3)) < history.size() - 1,
                    "billing periods before the 15-minute history");
            assertEquals(List.of(), PoliteAudit.violations(harness.simulator.requests()));
        }
    }
}
