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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;

/**
 * Which day the estimated-intervals channel speaks of, and what it counts: the newest day with all its intervals,
 * each 15-minute interval once however many of its values are estimates, the 100 intervals of a fall-back day.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class DayEstimatesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final Duration QUARTER = Duration.ofMinutes(15);

    /**
     * A day's consumption (and, with solar, generation) intervals; the listed ones estimated, the missing ones left
     * out.
     */
    private static List<IntervalReading> day(LocalDate day, boolean solar, Set<Integer> estimated,
            Set<Integer> missing) {
        List<IntervalReading> readings = new ArrayList<>();
        Instant start = SmtTime.startOfDay(day);
        int index = 0;
        for (Instant t = start; t.isBefore(SmtTime.startOfDay(day.plusDays(1))); t = t.plus(QUARTER), index++) {
            if (missing.contains(index)) {
                continue;
            }
            Quality quality = estimated.contains(index) ? Quality.ESTIMATED : Quality.ACTUAL;
            readings.add(
                    new IntervalReading(t, t.plus(QUARTER), BigDecimal.ONE, IntervalKind.CONSUMPTION, quality, null));
            if (solar) {
                readings.add(new IntervalReading(t, t.plus(QUARTER), BigDecimal.ZERO, IntervalKind.GENERATION, quality,
                        null));
            }
        }
        return readings;
    }

    @Test
    void countsTheNewestCompleteDayOnce() {
        List<IntervalReading> readings = new ArrayList<>(day(MONDAY, true, Set.of(1, 2, 3), Set.of()));
        readings.addAll(day(TUESDAY, true, Set.of(40, 41), Set.of()));
        assertEquals(Map.entry(TUESDAY, 2), SeriesFactory.latestDayEstimates(readings),
                "an interval with an estimated consumption and generation counts once");
    }

    @Test
    void aDayWithGapsIsNotTheLatestCompleteDay() {
        List<IntervalReading> readings = new ArrayList<>(day(MONDAY, false, Set.of(1, 2, 3), Set.of()));
        readings.addAll(day(TUESDAY, false, Set.of(), Set.of(50, 51)));
        assertEquals(Map.entry(MONDAY, 3), SeriesFactory.latestDayEstimates(readings));
        assertNull(SeriesFactory.latestDayEstimates(day(TUESDAY, false, Set.of(), Set.of(50))));
    }

    @Test
    void aDayWithoutEstimatesCountsNone() {
        assertEquals(Map.entry(MONDAY, 0), SeriesFactory.latestDayEstimates(day(MONDAY, false, Set.of(), Set.of())));
    }

    @Test
    void theFallBackDayHasOneHundredIntervals() {
        LocalDate fallBack = LocalDate.of(2026, 11, 1);
        List<IntervalReading> readings = day(fallBack, false, Set.of(4, 5, 6, 7, 8, 9, 10, 11, 99), Set.of());
        assertEquals(100, readings.size());
        assertEquals(Map.entry(fallBack, 9), SeriesFactory.latestDayEstimates(readings));
    }
}
