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
package org.openhab.binding.smartmetertexas.internal.answer;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.testsupport.Fixtures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;

/**
 * Proves RD strings of the four DST days of 2025/2026 map to distinct, gapless, exact instants: the fall-back
 * day's positions 9–12 are the second 01:00–01:45 (CST), the spring-forward day has no 02:00 hour and is rejected
 * when it claims one.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class RdParserDstTest {

    @Test
    void fallBack2025HasHundredDistinctInstantsWithTheRepeatedHourInStandardTime() throws Exception {
        List<IntervalReading> readings = EnergyDataReader.parseDay(FALL_2025, fullRd(FALL_2025),
                IntervalKind.CONSUMPTION, null);

        assertEquals(100, readings.size());
        assertEquals(z("2025-11-02T05:00:00Z"), readings.get(0).start()); // 00:00 CDT
        assertEquals(z("2025-11-02T06:00:00Z"), startOfPosition(readings, 5)); // first 01:00 (CDT)
        assertEquals(z("2025-11-02T06:45:00Z"), startOfPosition(readings, 8)); // first 01:45 (CDT)
        assertEquals(z("2025-11-02T07:00:00Z"), startOfPosition(readings, 9)); // second 01:00 (CST)
        assertEquals(z("2025-11-02T07:45:00Z"), startOfPosition(readings, 12)); // second 01:45 (CST)
        assertEquals(z("2025-11-02T08:00:00Z"), startOfPosition(readings, 13)); // 02:00 CST
        assertEquals(z("2025-11-03T05:45:00Z"), startOfPosition(readings, 100)); // 23:45 CST
        assertGapless(FALL_2025, readings);
    }

    @Test
    void fallBack2026HasHundredDistinctInstantsWithTheRepeatedHourInStandardTime() throws Exception {
        List<IntervalReading> readings = EnergyDataReader.parseDay(FALL_2026, fullRd(FALL_2026),
                IntervalKind.CONSUMPTION, null);

        assertEquals(100, readings.size());
        assertEquals(z("2026-11-01T05:00:00Z"), readings.get(0).start());
        assertEquals(z("2026-11-01T06:00:00Z"), startOfPosition(readings, 5));
        assertEquals(z("2026-11-01T07:00:00Z"), startOfPosition(readings, 9));
        assertEquals(z("2026-11-01T08:00:00Z"), startOfPosition(readings, 13));
        assertGapless(FALL_2026, readings);
    }

    @Test
    void springForward2025HasNinetyTwoIntervalsAndNoTwoOClockHour() throws Exception {
        List<IntervalReading> readings = EnergyDataReader.parseDay(SPRING_2025, fullRd(SPRING_2025),
                IntervalKind.CONSUMPTION, null);

        assertEquals(92, readings.size());
        assertEquals(z("2025-03-09T06:00:00Z"), readings.get(0).start()); // 00:00 CST
        assertEquals(z("2025-03-09T07:45:00Z"), startOfPosition(readings, 8)); // 01:45 CST
        assertEquals(z("2025-03-09T08:00:00Z"), startOfPosition(readings, 17)); // 03:00 CDT
        assertEquals(z("2025-03-10T04:45:00Z"), startOfPosition(readings, 100)); // 23:45 CDT
        assertGapless(SPRING_2025, readings);
    }

    @Test
    void springForward2026HasNinetyTwoIntervalsAndNoTwoOClockHour() throws Exception {
        List<IntervalReading> readings = EnergyDataReader.parseDay(SPRING_2026, fullRd(SPRING_2026),
                IntervalKind.CONSUMPTION, null);

        assertEquals(92, readings.size());
        assertEquals(z("2026-03-08T06:00:00Z"), readings.get(0).start());
        assertEquals(z("2026-03-08T08:00:00Z"), startOfPosition(readings, 17));
        assertGapless(SPRING_2026, readings);
    }

    @ParameterizedTest
    @ValueSource(ints = { 13, 14, 15, 16 })
    void springForwardDayWithValuesInTheMissingHourIsRejectedNamingTheDate(int position) {
        String rd = rd(p -> (p >= 13 && p <= 16 && p != position) || (p >= 9 && p <= 12) ? null : cell(p, "A"));

        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> EnergyDataReader.parseDay(SPRING_2026, rd, IntervalKind.CONSUMPTION, null));

        assertEquals(Optional.of(SPRING_2026), e.day());
        assertTrue(e.getMessage().startsWith("2026-03-08"), e.getMessage());
        assertTrue(e.getMessage().contains("spring-forward"), e.getMessage());
    }

    @Test
    void springForwardDayWithValuesInRepeatedHourPositionsIsRejected() {
        String rd = rd(p -> (p >= 13 && p <= 16) ? null : cell(p, "A"));

        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> EnergyDataReader.parseDay(SPRING_2025, rd, IntervalKind.CONSUMPTION, null));

        assertTrue(e.getMessage().startsWith("2025-03-09"));
    }

    @Test
    void fallBackDayWithoutTheRepeatedHourKeepsTheOtherNinetySixAtTheirInstants() throws Exception {
        String rd = rd(p -> p >= 9 && p <= 12 ? null : cell(p, "A"));

        List<IntervalReading> readings = EnergyDataReader.parseDay(FALL_2025, rd, IntervalKind.CONSUMPTION, null);

        assertEquals(96, readings.size());
        assertEquals(z("2025-11-02T06:45:00Z"), readings.get(7).start());
        // the second 01:00-01:45 stays a gap: nothing is invented for it
        assertEquals(z("2025-11-02T08:00:00Z"), readings.get(8).start());
    }

    @Test
    void everyDayOfBothYearsGetsDistinctGaplessInstants() throws Exception {
        Set<Instant> starts = new HashSet<>();
        int count = 0;
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            List<IntervalReading> readings = EnergyDataReader.parseDay(day, fullRd(day), IntervalKind.CONSUMPTION,
                    null);
            assertGapless(day, readings);
            readings.forEach(r -> starts.add(r.start()));
            count += readings.size();
        }
        assertEquals(730 * 96, count);
        assertEquals(count, starts.size());
    }

    /** The reading carrying position p's marker value (p/1000 kWh). */
    private static Instant startOfPosition(List<IntervalReading> readings, int position) {
        BigDecimal marker = BigDecimal.valueOf(position, 3);
        return readings.stream().filter(r -> r.kwh().compareTo(marker) == 0).findFirst().orElseThrow().start();
    }
}
