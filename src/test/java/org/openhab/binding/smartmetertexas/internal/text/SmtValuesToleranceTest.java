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
package org.openhab.binding.smartmetertexas.internal.text;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the one tolerant reader of SMT's numbers, dates and clock labels accepts each documented spelling and
 * refuses the rest, so every parser reads them alike.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SmtValuesToleranceTest {

    @ParameterizedTest
    @CsvSource({ "'.198', 0.198", "'0.198', 0.198", "'2.3459133E+4', 23459.133", "'2.3459133e4', 23459.133",
            "'0E+0', 0", "' 12 ', 12", "'-0.5', -0.5", "'+7', 7", "'1E+9', 1000000000", "'5.', 5" })
    void kwhInEverySpelling(String text, String expected) throws Exception {
        assertEquals(0, new BigDecimal(expected).compareTo(SmtValues.kwh(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", ".", "-", "e5", "1e", "1E+31", "1E-31", "1.5E+9", "NaN", "Infinity", "0x1A",
            "1,5", "1 5", "١٢" })
    void kwhRefusesGarbageAndAbsurdValues(String text) {
        assertThrows(MalformedAnswerException.class, () -> SmtValues.kwh(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "03/09/2025", "3/9/2025", "2025-03-09", "2025-3-9", " 03/09/2025 ", "03/09/2025 00:00:00",
            "2025-03-09T00:00:00" })
    void datesInEverySpelling(String text) throws Exception {
        assertEquals(LocalDate.of(2025, 3, 9), SmtValues.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025/03/09", "09-03-2025", "03/09/25", "02/29/2025", "2025-13-01", "03-09-2025",
            "03/09/2025x", "20250309" })
    void impossibleOrAmbiguousDatesAreRefused(String text) {
        assertThrows(MalformedAnswerException.class, () -> SmtValues.date(text));
    }

    @ParameterizedTest
    @CsvSource({ "' 12:15 am', 15", "'12:15am', 15", "'00:15', 15", "'0:15', 15", "'00:15:00', 15", "'12:15:00 AM', 15",
            "' 12:00 am', 0", "'12:00 pm', 720", "' 1:45 pm', 825", "'23:45', 1425", "'24:00', 1440",
            "'24:00:00', 1440", "'11:45 PM', 1425" })
    void clockLabelsInEveryStyle(String text, int minute) throws Exception {
        assertEquals(minute, SmtValues.minuteOfDay(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "25:00", "24:15", "13:00 pm", "0:00 am", "12:60", "1:5", "12:15:30", "noon",
            "12:15 xm" })
    void impossibleClockLabelsAreRefused(String text) {
        assertThrows(MalformedAnswerException.class, () -> SmtValues.minuteOfDay(text));
    }

    @Test
    void centralWallTimesAreExactInstants() throws Exception {
        assertEquals(Instant.parse("2025-06-15T15:00:00Z"), SmtValues.centralInstant("06/15/2025 10:00:00", null));
        assertEquals(Instant.parse("2025-01-15T16:00:00Z"), SmtValues.centralInstant("1/15/2025 10:00", null));
        assertEquals(Instant.parse("2025-01-15T16:00:00Z"), SmtValues.centralInstant("2025-01-15T16:00:00Z", null));
        assertEquals(Instant.parse("2025-01-15T16:00:00Z"),
                SmtValues.centralInstant("2025-01-15T10:00:00-06:00", null));
    }

    @Test
    void repeatedFallBackTimeTakesTheNearestOrTheEarlierOffset() throws Exception {
        assertEquals(Instant.parse("2026-11-01T06:15:00Z"), SmtValues.centralInstant("11/01/2026 01:15:00", null));
        assertEquals(Instant.parse("2026-11-01T07:15:00Z"),
                SmtValues.centralInstant("11/01/2026 01:15:00", Instant.parse("2026-11-01T07:14:00Z")));
    }

    @Test
    void nonExistentSpringForwardTimeIsRefused() {
        assertThrows(MalformedAnswerException.class, () -> SmtValues.centralInstant("03/08/2026 02:30:00", null));
    }

    @Test
    void numbersAreReadUpToTheirLimitsExactly() throws Exception {
        String longest = "0." + "0".repeat(45) + "1";
        assertEquals(0, new BigDecimal("1E-46").compareTo(SmtValues.boundedDecimal(longest)));
        assertThrows(MalformedAnswerException.class, () -> SmtValues.boundedDecimal(longest + "0"));
        assertEquals(0, new BigDecimal("1E+30").compareTo(SmtValues.boundedDecimal("1E+30")));
        assertEquals(0, new BigDecimal("1E-30").compareTo(SmtValues.boundedDecimal("1e-30")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1\u0661", "1e\u0661", "1.5\u0661" })
    void digitsOfOtherScriptsAreRefusedAlsoAfterAsciiDigits(String text) {
        assertThrows(MalformedAnswerException.class, () -> SmtValues.boundedDecimal(text));
    }

    @Test
    void yearsFrom1970To2199AreDates() throws Exception {
        assertEquals(LocalDate.of(1970, 1, 1), SmtValues.date("1970-01-01"));
        assertEquals(LocalDate.of(2199, 12, 31), SmtValues.date("12/31/2199"));
        assertThrows(MalformedAnswerException.class, () -> SmtValues.date("1969-12-31"));
        assertThrows(MalformedAnswerException.class, () -> SmtValues.date("01/01/2200"));
        assertThrows(MalformedAnswerException.class, () -> SmtValues.date("2025-03-09-1"));
    }

    @ParameterizedTest
    @CsvSource({ "'00:59', 59", "'00:15:00.000', 15", "'12:15:00.250 am', 15", "'1:45:00.5 PM', 825" })
    void clockLabelsWithTheLastMinuteOrFractionalSeconds(String text, int minute) throws Exception {
        assertEquals(minute, SmtValues.minuteOfDay(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "12:15:00:00", ":15", "123:00", "12:15.5" })
    void malformedClockLabelsAreRefusedNotCrashed(String text) {
        assertThrows(MalformedAnswerException.class, () -> SmtValues.minuteOfDay(text));
    }

    @Test
    void centralTimesAtMidnightWithoutClockOrWithOddSecondsAreRead() throws Exception {
        assertEquals(Instant.parse("2025-01-15T06:00:00Z"), SmtValues.centralInstant("01/15/2025", null));
        assertEquals(Instant.parse("2025-01-15T06:00:00Z"), SmtValues.centralInstant("2025-01-15 00:00", null));
        assertEquals(Instant.parse("2025-01-15T16:15:59Z"), SmtValues.centralInstant("01/15/2025 10:15:59", null));
    }

    @Test
    void centralTimesOfSixtyFourCharactersAreReadAndLongerOnesRefused() throws Exception {
        String padded = "2025-03-09" + " ".repeat(49) + "10:15";
        assertEquals(64, padded.length());
        assertEquals(Instant.parse("2025-03-09T15:15:00Z"), SmtValues.centralInstant(padded, null));
        assertThrows(MalformedAnswerException.class,
                () -> SmtValues.centralInstant(padded.replace("10:15", " 10:15"), null));
    }

    @Test
    void aRepeatedTimeExactlyBetweenItsTwoInstantsTakesTheEarlier() throws Exception {
        assertEquals(Instant.parse("2025-11-02T06:30:00Z"),
                SmtValues.centralInstant("11/02/2025 01:30:00", Instant.parse("2025-11-02T07:00:00Z")));
    }

    @Test
    void excerptsCutOnlyTextLongerThanTheirLimit() {
        String eighty = "a".repeat(80);
        assertEquals(eighty, SmtValues.excerpt(eighty));
        assertEquals("a".repeat(79) + "\u2026", SmtValues.excerpt(eighty + "b"));
    }
}
