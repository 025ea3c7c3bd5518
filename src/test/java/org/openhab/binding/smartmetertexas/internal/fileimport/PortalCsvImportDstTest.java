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

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.testsupport.PortalExport;

/**
 * Proves the portal's CSV export of the four DST days imports to distinct, exact instants (doc/smt-protocol.md
 * §4a): a DST day's rows are mapped by their position within the day and kind, SMT's misleading fall-back labels
 * ({@code 2:00→1:15} for the repeated 01:00) or plainly repeated labels only confirm the shape, the spring-forward
 * day's four empty placeholders carry nothing; every end-of-day spelling (0:00, 00:00, 24:00) works, and the export's
 * quirks (apostrophe ESIIDs, unpadded dates and times, revision times without seconds, leading spaces) do not
 * matter. A DST day of any other shape is rejected alone, by name; the days around it are kept.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class PortalCsvImportDstTest {

    static Stream<Arguments> dstDaysAndEndsOfDay() {
        return Stream.of(FALL_2025, FALL_2026, SPRING_2025, SPRING_2026)
                .flatMap(day -> Stream.of("0:00", "00:00", "24:00").map(end -> Arguments.of(day, end)));
    }

    @ParameterizedTest
    @MethodSource("dstDaysAndEndsOfDay")
    void everyDstDayImportsGaplessWithEveryEndOfDaySpelling(LocalDate day, String endOfDay) throws Exception {
        ImportResult result = ImportReader
                .read(new StringReader(portalCsv(List.of(day), endOfDay, true, "Consumption")));

        assertEquals(ImportReader.PORTAL_CSV, result.format());
        assertEquals(List.of(), result.rejected());
        assertEquals(1, result.series().size());
        assertEquals(ESIID, Objects.requireNonNull(result.series().get(0).esiid()).value());
        List<IntervalReading> readings = result.series().get(0).readings();
        assertEquals(isFallBack(day) ? 100 : 92, readings.size());
        assertGapless(day, readings);
        String date = day.toString();
        if (isFallBack(day)) {
            assertEquals(z(date + "T06:00:00Z"), readings.get(4).start()); // first 01:00 (CDT)
            assertEquals(z(date + "T07:00:00Z"), readings.get(8).start()); // second 01:00 (CST)
            assertEquals(new BigDecimal("0.009"), readings.get(8).kwh()); // the 9th row of the day
        } else {
            assertEquals(z(date + "T08:00:00Z"), readings.get(8).start()); // 03:00 CDT
        }
    }

    @ParameterizedTest
    @MethodSource("dstDaysAndEndsOfDay")
    void surplusGenerationRowsOfDstDaysImportAsGeneration(LocalDate day, String endOfDay) throws Exception {
        ImportResult result = ImportReader
                .read(new StringReader(portalCsv(List.of(day), endOfDay, true, "Surplus Generation")));

        List<IntervalReading> readings = result.series().get(0).readings();
        assertEquals(List.of(), result.rejected());
        assertTrue(readings.stream().allMatch(r -> r.kind() == IntervalKind.GENERATION));
        assertGapless(day, readings);
    }

    @Test
    void blankSpringForwardRowsAreIgnoredNotRejected() throws Exception {
        ImportResult result = ImportReader
                .read(new StringReader(portalCsv(List.of(SPRING_2026), "24:00", true, "Consumption")));

        assertEquals(List.of(), result.rejected());
        assertEquals(92, result.series().get(0).readings().size());
    }

    static Stream<LocalDate> dstDays() {
        return Stream.of(FALL_2025, SPRING_2026, SPRING_2025, FALL_2026);
    }

    @ParameterizedTest
    @MethodSource("dstDays")
    void exportShapedAsSection4aMapsEveryRowByPosition(LocalDate day) throws Exception {
        PortalExport export = PortalExport.of(ESIID, day, 1);

        ImportResult result = ImportReader.read(new StringReader(export.csv()));

        assertEquals(List.of(), result.rejected());
        List<IntervalReading> readings = result.series().get(0).readings();
        for (IntervalKind kind : IntervalKind.values()) {
            PortalExport.Day expected = (kind == IntervalKind.CONSUMPTION ? export.consumption() : export.generation())
                    .get(day);
            List<IntervalReading> ofKind = readings.stream().filter(r -> r.kind() == kind).toList();
            assertEquals(isFallBack(day) ? 100 : 92, ofKind.size(), kind + " intervals");
            assertEquals(expected.starts(), ofKind.stream().map(IntervalReading::start).toList(), kind + " starts");
            assertEquals(0, expected.kwh().compareTo(sum(ofKind)), kind + " kWh");
            assertGapless(day, ofKind);
        }
        if (isFallBack(day)) {
            List<IntervalReading> consumption = readings.stream().filter(r -> r.kind() == IntervalKind.CONSUMPTION)
                    .toList();
            String date = day.toString();
            // row 9, labelled 2:00→1:15, is the repeated 01:00 (CST); row 13, labelled 2:00→2:15, is 02:00 CST
            assertEquals(z(date + "T07:00:00Z"), consumption.get(8).start());
            assertEquals(new BigDecimal(export.csv().lines().skip(9).findFirst().orElseThrow().split(",")[5]),
                    consumption.get(8).kwh());
            assertEquals(z(date + "T08:00:00Z"), consumption.get(12).start());
        }
    }

    @Test
    void theExportsQuirksDoNotMatterOnAFallBackDay() throws Exception {
        PortalExport export = PortalExport.of(ESIID, FALL_2025, 1);
        String quirky = export.csv()
                .replace(",11/2/2025,11/3/2025 10:15,0:15,0:30,", ", 2025-11-02, 11/03/2025 10:15:00, 00:15, 00:30,")
                .replace(",11/2/2025,11/3/2025 10:15,1:15,1:30,", ",11/02/2025,11/3/2025 10:15,01:15,01:30,")
                .replace(",23:45,0:00,", ",23:45,24:00,").replace(",0.", ",.");

        ImportResult result = ImportReader.read(new StringReader(quirky));

        assertEquals(List.of(), result.rejected());
        List<IntervalReading> consumption = result.series().get(0).readings().stream()
                .filter(r -> r.kind() == IntervalKind.CONSUMPTION).toList();
        assertEquals(export.consumption().get(FALL_2025).starts(),
                consumption.stream().map(IntervalReading::start).toList());
        assertEquals(0, export.consumption().get(FALL_2025).kwh().compareTo(sum(consumption)));
        // revision "11/3/2025 10:15" without seconds is 10:15 CST
        assertEquals(z("2025-11-03T16:15:00Z"), consumption.get(0).revised());
        assertEquals(Quality.ESTIMATED, consumption.get(0).quality()); // row 1 of day 0: (0 + 0) % 17 == 0
    }

    /**
     * DST days that do not have §4a's shape, each rejected alone: the change to the day's consumption rows, and what
     * the rejection names.
     */
    static Stream<Arguments> untrustworthyDstDays() {
        String fall = "'" + ESIID + ",11/2/2025,11/3/2025 10:15,";
        String spring = "'" + ESIID + ",3/8/2026,3/9/2026 10:15,";
        return Stream.of(
                Arguments.of(FALL_2025, "one row left out (99 rows)",
                        (UnaryOperator<String>) csv -> csv.replaceFirst(fall + "1:30,1:45,[^\\n]*Consumption\\n", ""),
                        "99 rows on the fall-back day, expected 100"),
                Arguments.of(FALL_2025, "one row too many (101 rows)",
                        (UnaryOperator<String>) csv -> csv.replaceFirst("(" + fall + "0:00,0:15,[^\\n]*Consumption\\n)",
                                "$1$1"),
                        "101 rows on the fall-back day, expected 100"),
                Arguments.of(FALL_2025, "the repeated 01:00 labelled 2:00→2:15",
                        (UnaryOperator<String>) csv -> csv.replaceFirst(fall + "2:00,1:15,", fall + "2:00,2:15,"),
                        "row 9 of the day is labelled '2:00'-'2:15', expected 1:00-1:15"),
                Arguments.of(FALL_2025, "01:00 listed twice in a row (the two hours' rows together)",
                        (UnaryOperator<String>) csv -> csv.replaceFirst(
                                fall + "1:15,1:30,([^\\n]*)Consumption\\n" + fall + "1:30,1:45,([^\\n]*)Consumption\\n",
                                fall + "1:00,1:15,$1Consumption\n" + fall + "1:15,1:30,$2Consumption\n"),
                        "row 6 of the day is labelled '1:00'-'1:15', expected 1:15-1:30"),
                Arguments.of(SPRING_2026, "no placeholders (92 rows)",
                        (UnaryOperator<String>) csv -> csv
                                .replaceAll(spring + "2:[0-5][05],[23]:[0-5][05],,,Consumption\\n", ""),
                        "92 rows on the spring-forward day, expected 96"),
                Arguments.of(SPRING_2026, "a value in a placeholder",
                        (UnaryOperator<String>) csv -> csv.replaceFirst(spring + "2:15,2:30,,,",
                                spring + "2:15,2:30,0.5,A,"),
                        "row 10 stands for the spring-forward hour that does not exist, but holds a value"),
                Arguments.of(SPRING_2026, "an unreadable value",
                        (UnaryOperator<String>) csv -> csv.replaceFirst("(" + spring + "5:00,5:15,)[^,]*,", "$1lots,"),
                        "Not a number"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("untrustworthyDstDays")
    void aDstDayOfAnotherShapeIsRejectedAloneByName(LocalDate day, String change, UnaryOperator<String> breakIt,
            String reason) throws Exception {
        PortalExport export = PortalExport.of(ESIID, day.minusDays(1), 3);
        String csv = breakIt.apply(export.csv());
        assertNotEquals(export.csv(), csv, "the change applies");

        ImportResult result = ImportReader.read(new StringReader(csv));

        assertEquals(1, result.rejected().size(), result.rejected().toString());
        RejectedPart rejected = result.rejected().get(0);
        assertEquals(day.toString(), rejected.where());
        assertTrue(rejected.reason().startsWith("consumption: "), rejected.reason());
        assertTrue(rejected.reason().toLowerCase(java.util.Locale.ROOT)
                .contains(reason.toLowerCase(java.util.Locale.ROOT)), rejected.reason());
        List<IntervalReading> readings = result.series().get(0).readings();
        for (LocalDate kept : List.of(day.minusDays(1), day, day.plusDays(1))) {
            List<IntervalReading> consumption = readings.stream()
                    .filter(r -> r.kind() == IntervalKind.CONSUMPTION && SmtTime.dayOf(r.start()).equals(kept))
                    .toList();
            List<IntervalReading> generation = readings.stream()
                    .filter(r -> r.kind() == IntervalKind.GENERATION && SmtTime.dayOf(r.start()).equals(kept)).toList();
            assertEquals(kept.equals(day) ? 0 : export.consumption().get(kept).intervals(), consumption.size(),
                    "consumption of " + kept);
            assertEquals(export.generation().get(kept).starts(),
                    generation.stream().map(IntervalReading::start).toList(), "generation of " + kept + " is kept");
        }
    }

    @Test
    void aPartOfAFallBackDayIsRejectedByName() throws Exception {
        ImportResult result = read("portal-export-fall-back-2025.csv");

        assertEquals(ImportReader.PORTAL_CSV, result.format());
        assertEquals(List.of(new RejectedPart("2025-11-02", "consumption: 11 rows on the fall-back day, expected 100"),
                new RejectedPart("2025-11-02", "surplus generation: 2 rows on the fall-back day, expected 100")),
                result.rejected());
        assertEquals(List.of(), result.series());
    }

    @Test
    void aPartOfASpringForwardDayIsRejectedByName() throws Exception {
        ImportResult result = read("portal-export-spring-forward-2025.csv");

        assertEquals(
                List.of(new RejectedPart("2025-03-09", "consumption: 7 rows on the spring-forward day, expected 96")),
                result.rejected());
    }

    private static BigDecimal sum(List<IntervalReading> readings) {
        return readings.stream().map(IntervalReading::kwh).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static ImportResult read(String resource) throws Exception {
        InputStream in = PortalCsvImportDstTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource);
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8)) {
            return ImportReader.read(reader);
        }
    }
}
