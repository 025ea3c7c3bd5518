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
 * The first monthly request of a meter with two years of history covers 730 days, which takes two year-long requests:
 * they are paced like history (at least 5 s apart, doc/smt-protocol.md §7), also while the meter's history is loading.
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
            assertEquals(List.of(), PoliteAudit.violations(harness.simulator.requests()));
        }
    }
}
