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
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.Quality;

/**
 * Proves the portal's CSV export of the four DST days imports to distinct, exact instants: repeated fall-back
 * labels are told apart by their order within the day, blank rows for the missing spring hour are ignored, every
 * end-of-day spelling (0:00, 00:00, 24:00) works, and the export's quirks (apostrophe ESIIDs, unpadded dates and
 * times, revision times without seconds, leading spaces) do not matter.
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
                .read(new StringReader(portalCsv(List.of(day), endOfDay, false, "Consumption")));

        assertEquals(ImportFormat.PORTAL_CSV, result.format());
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

    @Test
    void handWrittenFallBackExportMapsRepeatedLabelsByOrder() throws Exception {
        ImportResult result = read("portal-export-fall-back-2025.csv");

        assertEquals(ImportFormat.PORTAL_CSV, result.format());
        assertEquals(List.of(), result.rejected());
        List<IntervalReading> readings = result.series().get(0).readings();
        List<IntervalReading> consumption = readings.stream().filter(r -> r.kind() == IntervalKind.CONSUMPTION)
                .toList();
        assertEquals(
                List.of(z("2025-11-02T05:45:00Z"), z("2025-11-02T06:00:00Z"), z("2025-11-02T06:15:00Z"),
                        z("2025-11-02T06:30:00Z"), z("2025-11-02T06:45:00Z"), z("2025-11-02T07:00:00Z"),
                        z("2025-11-02T07:15:00Z"), z("2025-11-02T07:30:00Z"), z("2025-11-02T07:45:00Z"),
                        z("2025-11-02T08:00:00Z"), z("2025-11-03T05:45:00Z")),
                consumption.stream().map(IntervalReading::start).toList());
        assertEquals(new BigDecimal("0.106"), consumption.get(5).kwh());
        assertEquals(new BigDecimal(".103"), consumption.get(2).kwh());
        assertEquals(Quality.ESTIMATED, consumption.get(3).quality());
        // revision "11/03/2025 10:15" without seconds is 10:15 CST
        assertEquals(z("2025-11-03T16:15:00Z"), consumption.get(0).revised());
        List<IntervalReading> generation = readings.stream().filter(r -> r.kind() == IntervalKind.GENERATION).toList();
        assertEquals(List.of(z("2025-11-02T06:00:00Z"), z("2025-11-02T07:00:00Z")),
                generation.stream().map(IntervalReading::start).toList());
    }

    @Test
    void handWrittenSpringForwardExportSkipsTheMissingHour() throws Exception {
        ImportResult result = read("portal-export-spring-forward-2025.csv");

        assertEquals(List.of(), result.rejected());
        List<IntervalReading> readings = result.series().get(0).readings();
        assertEquals(List.of(z("2025-03-09T07:45:00Z"), z("2025-03-09T08:00:00Z"), z("2025-03-10T04:45:00Z")),
                readings.stream().map(IntervalReading::start).toList());
        assertEquals(z("2025-03-10T05:00:00Z"), readings.get(2).end());
        assertEquals(z("2025-03-10T14:00:00Z"), readings.get(0).revised()); // 09:00 CDT
    }

    @Test
    void valuedRowsInTheMissingSpringHourAreRejectedByLine() throws Exception {
        String csv = PORTAL_CSV_HEADER + "\n" + ESIID + ",03/08/2026,,01:45,02:00,0.1,A,Consumption\n" + ESIID
                + ",03/08/2026,,02:00,02:15,0.2,A,Consumption\n" + ESIID
                + ",03/08/2026,,03:00,03:15,0.3,A,Consumption\n";

        ImportResult result = ImportReader.read(new StringReader(csv));

        assertEquals(2, result.series().get(0).readings().size());
        assertEquals("line 3", result.rejected().get(0).where());
        assertTrue(result.rejected().get(0).reason().contains("2026-03-08 02:00"));
    }

    private static ImportResult read(String resource) throws Exception {
        InputStream in = PortalCsvImportDstTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource);
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8)) {
            return ImportReader.read(reader);
        }
    }
}
