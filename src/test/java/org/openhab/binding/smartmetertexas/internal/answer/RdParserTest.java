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
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * Proves the RD string is read per doc/smt-protocol.md §4 on ordinary days: the position map, value-FLAG split on the
 * last '-', leading-dot decimals, missing values stay missing, and untrustworthy days are rejected naming their
 * date.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class RdParserTest {

    @Test
    void normalDayGivesNinetySixQuarterHoursFromCentralMidnight() throws Exception {
        List<IntervalReading> readings = EnergyDataReader.parseDay(SUMMER_DAY, fullRd(SUMMER_DAY),
                IntervalKind.CONSUMPTION, null);

        assertEquals(96, readings.size());
        // 2025-06-15 00:00 CDT is 05:00Z
        assertEquals(z("2025-06-15T05:00:00Z"), readings.get(0).start());
        assertEquals(z("2025-06-15T05:15:00Z"), readings.get(0).end());
        // position 13 is 02:00
        IntervalReading twoOClock = readings.get(8);
        assertEquals(new BigDecimal("0.013"), twoOClock.kwh());
        assertEquals(z("2025-06-15T07:00:00Z"), twoOClock.start());
        // position 100 is 23:45
        IntervalReading last = readings.get(95);
        assertEquals(new BigDecimal("0.100"), last.kwh());
        assertEquals(z("2025-06-16T04:45:00Z"), last.start());
        assertEquals(z("2025-06-16T05:00:00Z"), last.end());
    }

    @Test
    void winterDayUsesStandardTime() throws Exception {
        List<IntervalReading> readings = EnergyDataReader.parseDay(WINTER_DAY, fullRd(WINTER_DAY),
                IntervalKind.CONSUMPTION, null);

        assertEquals(z("2025-01-15T06:00:00Z"), readings.get(0).start());
        assertEquals(z("2025-01-16T05:45:00Z"), readings.get(95).start());
    }

    @Test
    void flagsGiveQualityAndSplitOnTheLastDash() throws Exception {
        String rd = rd(p -> switch (p) {
            case 1 -> ".198-A";
            case 2 -> "0.155-E";
            case 3 -> "-0.250-A"; // a negative value: only the last '-' separates the flag
            case 4 -> "1.5"; // no flag: not vouched for as actual
            case 5 -> "2.3459133E+1-A";
            default -> null;
        });

        List<IntervalReading> readings = EnergyDataReader.parseDay(SUMMER_DAY, rd, IntervalKind.CONSUMPTION, null);

        assertEquals(5, readings.size());
        assertEquals(new BigDecimal("0.198"), readings.get(0).kwh());
        assertEquals(Quality.ACTUAL, readings.get(0).quality());
        assertEquals(new BigDecimal("0.155"), readings.get(1).kwh());
        assertEquals(Quality.ESTIMATED, readings.get(1).quality());
        assertEquals(new BigDecimal("-0.250"), readings.get(2).kwh());
        assertEquals(Quality.ACTUAL, readings.get(2).quality());
        assertEquals(Quality.ESTIMATED, readings.get(3).quality());
        assertEquals(0, new BigDecimal("23.459133").compareTo(readings.get(4).kwh()));
    }

    @Test
    void emptyAndBareDashPositionsAreMissingNotZero() throws Exception {
        String rd = rd(p -> switch (p) {
            case 1 -> "";
            case 2 -> "-";
            case 3 -> " - ";
            case 4 -> "-A";
            case 5 -> "0-A";
            default -> p > 12 ? cell(p, "A") : null;
        });

        List<IntervalReading> readings = EnergyDataReader.parseDay(SUMMER_DAY, rd, IntervalKind.CONSUMPTION, null);

        // positions 1-4 have no value, 5 is a real zero, 6-8 empty, 13-100 filled
        assertEquals(1 + 88, readings.size());
        assertEquals(z("2025-06-15T06:00:00Z"), readings.get(0).start());
        assertEquals(0, BigDecimal.ZERO.compareTo(readings.get(0).kwh()));
        assertTrue(readings.stream().noneMatch(r -> r.start().equals(z("2025-06-15T05:00:00Z"))));
    }

    @Test
    void kindAndRevisionAreCarriedOnEveryReading() throws Exception {
        Instant revised = z("2025-06-16T15:30:00Z");

        List<IntervalReading> readings = EnergyDataReader.parseDay(SUMMER_DAY, fullRd(SUMMER_DAY),
                IntervalKind.GENERATION, revised);

        assertTrue(readings.stream().allMatch(r -> r.kind() == IntervalKind.GENERATION));
        assertTrue(readings.stream().allMatch(r -> revised.equals(r.revised())));
    }

    @Test
    void trailingEmptyPositionsCountTowardsTheHundred() throws Exception {
        String rd = rd(p -> p <= 20 && p != 9 && p != 10 && p != 11 && p != 12 ? cell(p, "A") : null);

        assertEquals(16, EnergyDataReader.parseDay(SUMMER_DAY, rd, IntervalKind.CONSUMPTION, null).size());
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 96, 99, 101, 200 })
    void dayWithoutExactlyHundredPositionsIsRejectedNamingTheDate(int positions) {
        StringBuilder rd = new StringBuilder();
        for (int p = 1; p <= positions; p++) {
            rd.append(p > 1 ? "," : "").append(p >= 9 && p <= 12 ? "" : ".1-A");
        }

        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> EnergyDataReader.parseDay(SUMMER_DAY, rd.toString(), IntervalKind.CONSUMPTION, null));

        assertEquals(Optional.of(SUMMER_DAY), e.day());
        assertTrue(e.getMessage().contains("2025-06-15"), e.getMessage());
        String counted = positions > 100 ? "more than 100" : String.valueOf(positions);
        assertTrue(e.getMessage().contains("has " + counted + " positions"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = { 9, 10, 11, 12 })
    void valueInRepeatedHourPositionsOnAnOrdinaryDayRejectsTheDay(int position) {
        String rd = rd(p -> p == position || p > 12 ? cell(p, "A") : null);

        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> EnergyDataReader.parseDay(SUMMER_DAY, rd, IntervalKind.CONSUMPTION, null));

        assertTrue(e.getMessage().startsWith("2025-06-15"), e.getMessage());
        assertTrue(e.getMessage().contains("position " + position), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "NaN-A", "Infinity-A", "1E+999999999-A", "2E+10-A", "abc-A", "1.2.3-A", "0x10-A" })
    void hostileOrGarbledValueRejectsTheDayWithoutHanging(String badCell) {
        String rd = rd(p -> p == 20 ? badCell : p > 12 ? cell(p, "A") : null);

        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> EnergyDataReader.parseDay(SUMMER_DAY, rd, IntervalKind.CONSUMPTION, null));

        assertTrue(e.getMessage().contains("2025-06-15"));
        assertTrue(e.getMessage().length() < 300);
    }

    @Test
    void hugeRdStringIsRejectedWithoutBeingSplitCompletely() {
        String rd = ",".repeat(5_000_000);

        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> EnergyDataReader.parseDay(SUMMER_DAY, rd, IntervalKind.CONSUMPTION, null));

        assertTrue(e.getMessage().length() < 200);
    }

    // ---- revisions, labels and order (issue 13, mutation testing)

    private static String onlyFirst(String value) {
        return rd(p -> p == 1 ? value : null);
    }

    private static IntervalData answer(String... entries) throws MalformedAnswerException {
        return EnergyDataReader.read(BoundedJson.parse("{\"energyData\":[" + String.join(",", entries) + "]}"),
                new HashMap<>());
    }

    @Test
    void revisedEntryWinsOverOneWithoutRevisionInEitherOrder() throws Exception {
        String plain = energyEntry(SUMMER_DAY, "C", onlyFirst("1.0-A"), null);
        String revised = energyEntry(SUMMER_DAY, "C", onlyFirst("2.0-A"), "06/16/2025 10:00:00");

        assertEquals(new BigDecimal("2.0"), answer(plain, revised).readings().get(0).kwh());
        assertEquals(new BigDecimal("2.0"), answer(revised, plain).readings().get(0).kwh());
    }

    @Test
    void newerRevisionListedLaterWinsOlderListedLaterDoesNot() throws Exception {
        String older = energyEntry(SUMMER_DAY, "C", onlyFirst("1.0-A"), "06/16/2025 10:00:00");
        String newer = energyEntry(SUMMER_DAY, "C", onlyFirst("2.0-A"), "06/17/2025 10:00:00");

        assertEquals(new BigDecimal("2.0"), answer(older, newer).readings().get(0).kwh());
        assertEquals(new BigDecimal("2.0"), answer(newer, older).readings().get(0).kwh());
    }

    @Test
    void rejectedGenerationDayIsNamedAsGeneration() throws Exception {
        IntervalData data = answer(energyEntry(SUMMER_DAY, "G", "1,2,3", null),
                energyEntry(SUMMER_DAY, "C", "1,2", null));

        assertEquals(
                List.of("generation RD has 3 positions, expected 100", "consumption RD has 2 positions, expected 100"),
                data.rejected().stream().map(RejectedPart::reason).toList());
    }

    @Test
    void readingsAreOrderedByKindThenStartWhateverTheEntryOrder() throws Exception {
        LocalDate nextDay = SUMMER_DAY.plusDays(1);
        IntervalData data = answer(energyEntry(nextDay, "G", onlyFirst("4"), null),
                energyEntry(nextDay, "C", onlyFirst("3"), null), energyEntry(SUMMER_DAY, "G", onlyFirst("2"), null),
                energyEntry(SUMMER_DAY, "C", onlyFirst("1"), null));

        assertEquals(List.of("1", "3", "2", "4"), data.readings().stream().map(r -> r.kwh().toPlainString()).toList());
    }

    @Test
    void valueAtPositionTwelveOnAnOrdinaryDayIsBlamedOnTheMissingFallBackHour() {
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> EnergyDataReader
                .parseDay(SUMMER_DAY, rd(p -> p == 12 ? "0.5" : null), IntervalKind.CONSUMPTION, null));

        assertTrue(e.getMessage().contains("position 12 (the repeated 01:00-02:00 hour)"), e.getMessage());
    }
}
