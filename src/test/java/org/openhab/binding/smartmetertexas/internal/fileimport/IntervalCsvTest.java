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
package org.openhab.binding.smartmetertexas.internal.fileimport;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.testsupport.Fixtures.*;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.answer.EnergyDataReader;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.internal.text.SmtValues;

/**
 * Proves the project's own CSV writes each instant with its Central offset (so the two 01:00 rows of the fall-back
 * day differ) and reads back exactly what it wrote, on all four DST days.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class IntervalCsvTest {

    @Test
    void rowsCarryTheCentralOffsetOfTheirInstant() {
        IntervalReading firstOne = new IntervalReading(z("2025-11-02T06:00:00Z"), z("2025-11-02T06:15:00Z"),
                new BigDecimal("0.102"), IntervalKind.CONSUMPTION, Quality.ACTUAL, null);
        IntervalReading secondOne = new IntervalReading(z("2025-11-02T07:00:00Z"), z("2025-11-02T07:15:00Z"),
                new BigDecimal("0.25"), IntervalKind.GENERATION, Quality.ESTIMATED, z("2025-11-03T16:00:00Z"));

        assertEquals("10443720000000001,2025-11-02T01:00-05:00,2025-11-02T01:15-05:00,0.102,consumption,actual",
                IntervalCsv.row(new Esiid(ESIID), firstOne));
        assertEquals(",2025-11-02T01:00-06:00,2025-11-02T01:15-06:00,0.25,generation,estimated",
                IntervalCsv.row(null, secondOne));
    }

    @Test
    void kwhIsWrittenAsPlainDecimal() {
        IntervalReading reading = new IntervalReading(z("2025-06-15T05:00:00Z"), z("2025-06-15T05:15:00Z"),
                new BigDecimal("2.3459133E+4"), IntervalKind.CONSUMPTION, Quality.ACTUAL, null);

        assertTrue(IntervalCsv.row(null, reading).contains(",23459.133,"));
    }

    @Test
    void writeGivesOneLinePerReadingAndNoHeader() throws Exception {
        List<IntervalReading> readings = EnergyDataReader.parseDay(SUMMER_DAY, fullRd(SUMMER_DAY),
                IntervalKind.CONSUMPTION, null);
        StringBuilder out = new StringBuilder();

        readings.forEach(reading -> out.append(IntervalCsv.row(new Esiid(ESIID), reading)).append('\n'));

        String[] lines = out.toString().split("\n");
        assertEquals(96, lines.length);
        assertFalse(out.toString().contains("esiid"));
        assertEquals(IntervalCsv.row(new Esiid(ESIID), readings.get(0)), lines[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-03-09", "2025-11-02", "2026-03-08", "2026-11-01" })
    void dstDayRoundTripsExactly(String date) throws Exception {
        LocalDate day = LocalDate.parse(date);
        List<IntervalReading> readings = new ArrayList<>(
                EnergyDataReader.parseDay(day, fullRd(day), IntervalKind.CONSUMPTION, null));
        readings.addAll(EnergyDataReader.parseDay(day, fullRd(day), IntervalKind.GENERATION, null));
        StringBuilder out = new StringBuilder(IntervalCsv.HEADER).append('\n');
        readings.forEach(reading -> out.append(IntervalCsv.row(new Esiid(ESIID), reading)).append('\n'));

        ImportResult back = ImportReader.read(new StringReader(out.toString()));

        assertEquals(ImportReader.OWN_CSV, back.format());
        assertEquals(List.of(), back.rejected());
        assertEquals(new Esiid(ESIID), back.series().get(0).esiid());
        assertEquals(readings, back.series().get(0).readings());
        assertEquals(readings.size() / 2,
                out.toString().lines().filter(l -> l.contains("consumption")).distinct().count());
    }

    @Test
    void fallBackRowsShowBothOffsets() throws Exception {
        StringBuilder out = new StringBuilder();
        EnergyDataReader.parseDay(FALL_2025, fullRd(FALL_2025), IntervalKind.CONSUMPTION, null)
                .forEach(reading -> out.append(IntervalCsv.row(null, reading)).append('\n'));

        assertTrue(out.toString().contains(",2025-11-02T01:00-05:00,2025-11-02T01:15-05:00,0.005,"));
        assertTrue(out.toString().contains(",2025-11-02T01:00-06:00,2025-11-02T01:15-06:00,0.009,"));
        assertTrue(out.toString().contains(",2025-11-02T01:45-05:00,2025-11-02T01:00-06:00,0.008,"));
    }

    @Test
    void badOwnRowsAreRejectedByLine() throws Exception {
        String csv = IntervalCsv.HEADER + "\n" //
                + ",2025-06-15T00:15-05:00,2025-06-15T00:00-05:00,0.1,consumption,actual\n" // end before start
                + ",2025-06-15T00:00,2025-06-15T00:15,0.1,consumption,actual\n" // no offset
                + ",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,0.1,net,actual\n" // unknown kind
                + ",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,0.1,consumption\n" // missing field
                + "123,2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,0.1,consumption,actual\n" // bad ESIID
                + ",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,0.1,consumption,actual\n";

        ImportResult result = ImportReader.read(new StringReader(csv));

        assertEquals(List.of("line 2", "line 3", "line 4", "line 5", "line 6"),
                result.rejected().stream().map(RejectedPart::where).toList());
        assertEquals(1, result.series().get(0).readings().size());
    }

    // ---- limits pinned (issue 13, mutation testing)

    private static IntervalReading reading(BigDecimal kwh) {
        return new IntervalReading(z("2025-06-15T05:00:00Z"), z("2025-06-15T05:15:00Z"), kwh, IntervalKind.CONSUMPTION,
                Quality.ACTUAL, null);
    }

    @Test
    void smallValuesAreWrittenPlainUpToFiftyDecimals() {
        assertTrue(IntervalCsv.row(null, reading(new BigDecimal("1E-7"))).contains(",0.0000001,"));
        BigDecimal fiftyDecimals = BigDecimal.ONE.movePointLeft(SmtValues.MAX_EXPONENT + 20);
        assertTrue(IntervalCsv.row(null, reading(fiftyDecimals)).contains(",0." + "0".repeat(49) + "1,"));
    }

    @Test
    void rowSpanningExactlyOneDayIsKept() throws Exception {
        String csv = IntervalCsv.HEADER + "\n"
                + ",2025-06-15T00:00-05:00,2025-06-16T00:00-05:00,24,consumption,actual\n"
                + ",2025-06-15T00:00-05:00,2025-06-16T00:01-05:00,24,consumption,actual\n";

        ImportResult result = ImportReader.read(new StringReader(csv));

        assertEquals(1, result.series().get(0).readings().size());
        assertEquals(List.of("line 3"), result.rejected().stream().map(RejectedPart::where).toList());
    }

    @Test
    void timeOfFortyCharsIsTheLongestRead() throws Exception {
        // a five-digit year, nanoseconds and an offset with seconds: 40 chars
        String start = "+10000-06-15T00:00:00.000000000-05:00:00";
        String end = "+10000-06-15T00:15:00.000000000-05:00:00";
        assertEquals(40, start.length());
        String csv = IntervalCsv.HEADER + "\n" + "," + start + "," + end + ",1,consumption,actual\n";

        ImportResult result = ImportReader.read(new StringReader(csv));

        assertEquals(List.of(), result.rejected());
        assertEquals(1, result.series().get(0).readings().size());
    }
}
