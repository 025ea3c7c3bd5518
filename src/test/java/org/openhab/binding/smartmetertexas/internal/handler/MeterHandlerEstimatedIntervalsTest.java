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
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.CHANNEL_DAILY_ESTIMATED_INTERVALS;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.GroundTruth;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.types.State;

/**
 * The estimated-intervals channel against the simulator's ground truth, day after day: every evening each meter shows
 * how many intervals of the latest complete day SMT marked as estimated (some days have a block of them, as at SMT).
 * Loading older history afterwards leaves the latest day on the channel.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterHandlerEstimatedIntervalsTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 20);
    /** How far to look for a day with estimates to run up to (the simulator has them on about one day in twelve). */
    private static final int SEARCH_DAYS = 60;

    /** The intervals of the day with an estimated value, or -1 when the day has gaps (not complete). */
    private static int estimated(GroundTruth truth, String esiid, LocalDate day) {
        List<GroundTruth.Interval> intervals = truth.intervals(esiid, day);
        if (intervals.size() != SeriesFactory.intervalsIn(day)) {
            return -1;
        }
        return (int) intervals.stream().filter(i -> i.consumptionEstimated() || i.generationEstimated()).count();
    }

    /** What the channel should show in the evening of {@code today}: the latest complete day up to yesterday. */
    private static int expected(GroundTruth truth, String esiid, LocalDate today) {
        for (LocalDate day = today.minusDays(1);; day = day.minusDays(1)) {
            int count = estimated(truth, esiid, day);
            if (count >= 0) {
                return count;
            }
        }
    }

    private static @Nullable State last(List<State> states) {
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    @ParameterizedTest(name = "{0} flow")
    @ValueSource(strings = { "portal", "official" })
    void showsTheEstimatedIntervalsOfTheLatestCompleteDay(String flow) throws Exception {
        try (BindingHarness harness = new BindingHarness(SmtTime.startOfDay(START))) {
            GroundTruth truth = harness.simulator.truth();
            List<String> esiids = harness.simulator.esiids();
            LocalDate until = null;
            for (LocalDate day = START; until == null
                    && day.isBefore(START.plusDays(SEARCH_DAYS)); day = day.plusDays(1)) {
                for (String esiid : esiids) {
                    if (estimated(truth, esiid, day) > 0) {
                        until = day.plusDays(1);
                    }
                }
            }
            assertNotNull(until, "the simulator has a day with estimates");

            harness.startAccount("portal".equals(flow) ? BindingHarness.portalAccount(harness.simulator)
                    : BindingHarness.officialAccount(harness.simulator));
            Map<String, MeterHandler> meters = new HashMap<>();
            for (String esiid : esiids) {
                meters.put(esiid, harness.startMeter(esiid, Map.of("readInterval", 0, "historyDays", 0)));
            }
            int withEstimates = 0;
            for (LocalDate today = START.plusDays(1); !today.isAfter(until); today = today.plusDays(1)) {
                harness.runUntil(today, LocalTime.of(23, 0));
                for (String esiid : esiids) {
                    int expected = expected(truth, esiid, today);
                    List<State> shown = harness.states(meters.get(esiid).getThing(), CHANNEL_DAILY_ESTIMATED_INTERVALS);
                    assertEquals(new DecimalType(expected), last(shown), esiid + " in the evening of " + today);
                    withEstimates += expected > 0 ? 1 : 0;
                }
            }
            assertTrue(withEstimates > 0, "some evenings show estimates");

            // History of older days arrives later: the channel keeps speaking of the latest day.
            Map<String, @Nullable State> before = new HashMap<>();
            for (String esiid : esiids) {
                MeterHandler meter = meters.get(esiid);
                before.put(esiid, last(harness.states(meter.getThing(), CHANNEL_DAILY_ESTIMATED_INTERVALS)));
                assertTrue(meter.backfill(START.minusDays(40).toString(), START.minusDays(1).toString())
                        .startsWith("REQUESTED: "));
            }
            harness.run(Duration.ofHours(1));
            assertTrue(harness.requests("intervalsynch").size() + harness.requests("15minintervalreads").size() > 0);
            for (String esiid : esiids) {
                assertEquals(before.get(esiid),
                        last(harness.states(meters.get(esiid).getThing(), CHANNEL_DAILY_ESTIMATED_INTERVALS)),
                        esiid + " after loading older history");
            }
        }
    }
}
