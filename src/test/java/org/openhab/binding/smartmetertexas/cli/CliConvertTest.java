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
package org.openhab.binding.smartmetertexas.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.testsupport.PortalExport;
import org.slf4j.LoggerFactory;

/**
 * {@code convert} turns every import format into the project's CSV on stdout: the portal's CSV export, official and
 * portal 15-minute JSON, the portal's interval rows, and the project's own CSV (unchanged on a round trip). Surplus
 * generation appears only for meters that report it; a file without ESIID gets an empty column or --esiid. Broken
 * parts are named on stderr with exit code 6 while the readable rows are still written.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliConvertTest {

    private static CliRun convert(Path dir, String name, String content, String... more) throws Exception {
        Files.writeString(dir.resolve(name), content);
        String[] args = new String[2 + more.length];
        args[0] = "convert";
        args[1] = name;
        System.arraycopy(more, 0, args, 2, more.length);
        return CliRun.run(b -> b.currentDirectory(dir), args);
    }

    private static List<String> rows(CliRun run) {
        List<String> lines = run.outLines();
        assertEquals("esiid,start,end,kwh,kind,quality", lines.get(0));
        return lines.subList(1, lines.size());
    }

    @Test
    void twoYearsOfThePortalsCsvExportBecome70080Rows(@TempDir Path dir) throws Exception {
        CliRun run = convert(dir, "IntervalData.csv", ParseBench.portalCsv());

        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = rows(run);
        assertEquals(70_080, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.startsWith("10443720000000001,2")));
        assertTrue(run.err().contains("IntervalData.csv (SMT CSV export): 70080 rows of 1 meter"), run.err());
    }

    /**
     * A year of the portal's export shaped exactly as doc/smt-protocol.md §4a, both DST changes in it: every interval
     * arrives at its exact instant, and each day's count and sum per kind equal what the generator wrote.
     */
    @Test
    void aYearOfTheExportShapedAsSection4aConvertsEveryIntervalExactly(@TempDir Path dir) throws Exception {
        PortalExport export = PortalExport.of(ImportFiles.ESIID, LocalDate.of(2025, 4, 1), 365);

        CliRun run = convert(dir, "IntervalData.csv", export.csv());

        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = rows(run);
        assertEquals(export.intervals(), rows.size());
        Map<String, Map<LocalDate, List<Instant>>> starts = new TreeMap<>();
        Map<String, Map<LocalDate, BigDecimal>> sums = new TreeMap<>();
        for (String row : rows) {
            String[] fields = row.split(",");
            // the start carries the Central offset: its date is the Central day
            LocalDate day = LocalDate.parse(fields[1].substring(0, 10));
            starts.computeIfAbsent(fields[4], k -> new TreeMap<>()).computeIfAbsent(day, d -> new ArrayList<>())
                    .add(OffsetDateTime.parse(fields[1]).toInstant());
            sums.computeIfAbsent(fields[4], k -> new TreeMap<>()).merge(day, new BigDecimal(fields[3]),
                    BigDecimal::add);
        }
        for (String kind : List.of("consumption", "generation")) {
            Map<LocalDate, PortalExport.Day> written = kind.equals("consumption") ? export.consumption()
                    : export.generation();
            assertEquals(written.keySet(), starts.get(kind).keySet(), kind + " days");
            written.forEach((day, expected) -> {
                assertEquals(expected.starts(), starts.get(kind).get(day), kind + " of " + day);
                assertEquals(0, expected.kwh().compareTo(sums.get(kind).get(day)), kind + " kWh of " + day);
            });
        }
        assertEquals(100, starts.get("consumption").get(LocalDate.of(2025, 11, 2)).size());
        assertEquals(92, starts.get("consumption").get(LocalDate.of(2026, 3, 8)).size());

        StringBuilder measured = new StringBuilder("convert of a §4a-shaped 365-day export: ").append(rows.size())
                .append(" rows");
        for (String kind : List.of("consumption", "generation")) {
            measured.append("; ").append(kind).append(' ')
                    .append(starts.get(kind).values().stream().mapToInt(List::size).sum()).append(" rows, ")
                    .append(sums.get(kind).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).append(" kWh");
            for (LocalDate day : List.of(LocalDate.of(2025, 11, 2), LocalDate.of(2026, 3, 8))) {
                measured.append(", ").append(day).append(": ").append(starts.get(kind).get(day).size()).append(" rows ")
                        .append(sums.get(kind).get(day)).append(" kWh");
            }
        }
        LoggerFactory.getLogger(CliConvertTest.class).info("{}", measured);
    }

    @Test
    void anExportOlderThanSmtKeepsConvertsWhole(@TempDir Path dir) throws Exception {
        // a file is the user's: unlike SMT's answers to our questions, it keeps every day, whatever its age
        PortalExport export = PortalExport.of(ImportFiles.ESIID, LocalDate.of(2019, 11, 2), 3);

        CliRun run = convert(dir, "IntervalData.csv", export.csv());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(export.intervals(), rows(run).size());
        assertEquals(2 * 100, rows(run).stream().filter(r -> r.split(",")[1].startsWith("2019-11-03T")).count());
    }

    @Test
    void officialJsonKeepsConsumptionAndGenerationOfAGeneratingMeter(@TempDir Path dir) throws Exception {
        CliRun run = convert(dir, "15min.json", ImportFiles.officialJson(ImportFiles.DAY_1, ImportFiles.DAY_2));

        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = rows(run);
        assertEquals(2 * 96 * 2, rows.size());
        assertEquals(2 * 96, rows.stream().filter(r -> r.contains(",generation,")).count());
        assertEquals("10443720000000001,2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,0.0010,consumption,actual",
                rows.get(0));
        assertEquals("10443720000000001,2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,0.0005,generation,actual",
                rows.get(1));
        assertTrue(run.err().contains("192 of them surplus generation"), run.err());
    }

    @Test
    void portalJsonWithoutEsiidGetsAnEmptyColumnOrTheGivenOne(@TempDir Path dir) throws Exception {
        String json = ImportFiles.portalSynchJson(ImportFiles.entry(ImportFiles.DAY_1, "C", ImportFiles.rd(1000)));

        CliRun bare = convert(dir, "synch.json", json);
        CliRun named = convert(dir, "synch.json", json, "--esiid", "1008901023801234567100");

        assertEquals(0, bare.exitCode(), bare.err());
        assertEquals(96, rows(bare).size());
        assertTrue(rows(bare).stream().allMatch(r -> r.startsWith(",2025-06-15T")));
        assertEquals(0, named.exitCode(), named.err());
        assertTrue(rows(named).stream().allMatch(r -> r.startsWith("1008901023801234567100,2025-06-15T")));
    }

    @Test
    void usageIntervalRowsOfAMeterWithoutGenerationHaveNoGenerationRows(@TempDir Path dir) throws Exception {
        CliRun run = convert(dir, "interval.json",
                ImportFiles.usageIntervalJson(ImportFiles.ESIID, false, ImportFiles.DAY_1));

        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = rows(run);
        assertEquals(96, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.contains(",consumption,")), "generation 0 is no data here");
        assertTrue(run.err().contains("portal /api/usage/interval JSON"), run.err());
    }

    @Test
    void usageIntervalRowsOfAGeneratingMeterKeepGeneration(@TempDir Path dir) throws Exception {
        CliRun run = convert(dir, "interval.json", ImportFiles.usageIntervalJson(null, true, ImportFiles.DAY_1));

        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = rows(run);
        assertEquals(2 * 96, rows.size());
        // a real 0 of a generating meter stays
        assertTrue(rows.contains(",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,0.000,generation,actual"),
                rows.get(1));
    }

    @Test
    void theProjectsOwnCsvRoundTripsUnchanged(@TempDir Path dir) throws Exception {
        CliRun first = convert(dir, "15min.json", ImportFiles.officialJson(ImportFiles.DAY_1));
        CliRun second = convert(dir, "own.csv", first.out());

        assertEquals(0, second.exitCode(), second.err());
        assertEquals(first.out(), second.out());
        assertTrue(second.err().contains("this project's CSV"), second.err());
    }

    @Test
    void negativeNumbersStayNumbersAndNeutralisedCellsReadBack(@TempDir Path dir) throws Exception {
        // a spreadsheet-safe ESIID cell ("'..." quoted, as CsvRows.csvCell writes text) and negative kWh
        String csv = "esiid,start,end,kwh,kind,quality\n"
                + "\"'10443720000000001\",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,-0.125,consumption,actual\n"
                + "10443720000000001,2025-06-15T00:15-05:00,2025-06-15T00:30-05:00,-2,generation,estimated\n";

        CliRun first = convert(dir, "own.csv", csv);
        CliRun second = convert(dir, "again.csv", first.out());

        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(
                List.of("10443720000000001,2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,-0.125,consumption,actual",
                        "10443720000000001,2025-06-15T00:15-05:00,2025-06-15T00:30-05:00,-2,generation,estimated"),
                rows(first), "negative numbers are written as numbers, not as neutralised text");
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(first.out(), second.out(), "convert reads back what it writes");
    }

    @Test
    void aDirectoryIsNamedAsOne(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("exports"));

        CliRun run = CliRun.run(b -> b.currentDirectory(dir), "convert", "exports");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("smt: " + dir.resolve("exports") + " is a directory"), run.err());
    }

    @Test
    void aMalformedDayIsNamedWithExit6AndTheOtherDayIsStillWritten(@TempDir Path dir) throws Exception {
        String json = ImportFiles.portalSynchJson(ImportFiles.entry(ImportFiles.DAY_1, "C", ImportFiles.rd(1000, 99)),
                ImportFiles.entry(ImportFiles.DAY_2, "C", ImportFiles.rd(1000)));

        CliRun run = convert(dir, "synch.json", json);

        assertEquals(6, run.exitCode(), run.toString());
        List<String> rows = rows(run);
        assertEquals(96, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.contains(",2025-06-16T")), "only the good day");
        assertTrue(run.err().contains("smt: rejected 2025-06-15: "), run.err());
        assertTrue(run.err().contains("smt: input rejected: 1 part of synch.json cannot be trusted"), run.err());
    }

    @Test
    void aBrokenLineOfTheOwnCsvIsNamedWithExit6AndTheOthersWritten(@TempDir Path dir) throws Exception {
        String csv = "esiid,start,end,kwh,kind,quality\n"
                + "10443720000000001,2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,0.1,consumption,actual\n"
                + "10443720000000001,2025-06-15T00:15-05:00,yesterday,0.1,consumption,actual\n"
                + "10443720000000001,2025-06-15T00:30-05:00,2025-06-15T00:45-05:00,0.1,consumption,estimated\n";

        CliRun run = convert(dir, "own.csv", csv);

        assertEquals(6, run.exitCode(), run.toString());
        assertEquals(2, rows(run).size());
        assertTrue(run.err().contains("smt: rejected line 3: "), run.err());
    }

    @Test
    void aBrokenRowOfThePortalExportIsNamedWithExit6(@TempDir Path dir) throws Exception {
        String csv = ParseBench.portalCsv().lines().limit(97).reduce("", (a, b) -> a + b + "\n").replaceFirst(
                ",0\\.1(\\d\\d),A,Consumption\n'10443720000000001,11/01/2024",
                ",lots,A,Consumption\n" + "'10443720000000001,11/01/2024");

        CliRun run = convert(dir, "IntervalData.csv", csv);

        assertEquals(6, run.exitCode(), run.toString());
        assertFalse(rows(run).isEmpty(), "the readable rows are written");
        assertTrue(run.err().contains("smt: rejected "), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "<!DOCTYPE html><html><title>Access Denied</title></html>", "hello,world\n1,2\n",
            "{\"data\":{\"dailyData\":[]}}" })
    void filesThatAreNoIntervalDataExit6WithNothingWritten(String content, @TempDir Path dir) throws Exception {
        CliRun run = convert(dir, "file.txt", content);

        assertEquals(6, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("smt: input rejected: file.txt: "), run.err());
    }
}
