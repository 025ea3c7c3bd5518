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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
        // a spreadsheet-safe ESIID cell ("'..." quoted, as SafeText.csvCell writes text) and negative kWh
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
