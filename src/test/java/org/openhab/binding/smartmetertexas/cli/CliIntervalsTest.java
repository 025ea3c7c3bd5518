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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.GroundTruth;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

/**
 * {@code intervals} writes exactly what the simulator's meters measured as the project's CSV, fetches long ranges in
 * 31-day chunks at least 5 s apart (virtual time) with a progress bar, keeps surplus generation to meters that
 * report it, and keeps the rows it has when SMT fails part-way.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliIntervalsTest {

    private static final LocalDate FROM = SimulatedSmt.YESTERDAY.minusDays(39);

    @Test
    void fortyDaysComeInTwoChunksFiveSecondsApartWithProgressAndMatchTheMeter(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("intervals", smt.solar(), "--from", FROM.toString()));

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertEquals("esiid,start,end,kwh,kind,quality", lines.get(0));
            assertMatchesTruth(smt, smt.solar(), lines.subList(1, lines.size()), FROM, SimulatedSmt.YESTERDAY);

            List<RecordedRequest> chunks = smt.requests().stream()
                    .filter(r -> r.path().equals("/api/adhoc/intervalsynch")).toList();
            assertEquals(2, chunks.size());
            assertTrue(Duration.between(chunks.get(0).time(), chunks.get(1).time()).getSeconds() >= 5);
            assertTrue(run.err().contains("intervals " + smt.solar() + " [............"), run.err());
            assertTrue(run.err().contains("] 2/2 done"), run.err());
        }
    }

    @Test
    void theHouseholdMeterHasNoGenerationRows(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", SimulatedSmt.YESTERDAY.toString()));

            assertEquals(0, run.exitCode(), run.toString());
            List<String> rows = run.outLines().subList(1, run.outLines().size());
            assertFalse(rows.isEmpty());
            assertTrue(rows.stream().allMatch(r -> r.contains(",consumption,")), "no generation rows");
            assertMatchesTruth(smt, smt.household(), rows, SimulatedSmt.YESTERDAY, SimulatedSmt.YESTERDAY);
            assertFalse(run.err().contains("["), "one chunk, no progress bar: " + run.err());
        }
    }

    @Test
    void officialApiGivesTheSameRowsAsThePortal(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun portal = smt.run(smt.portal("intervals", smt.solar(), "--from", FROM.toString()));
            CliRun official = smt.run(smt.official("intervals", smt.solar(), "--from", FROM.toString()));

            assertEquals(0, official.exitCode(), official.toString());
            assertEquals(portal.out(), official.out());
        }
    }

    @Test
    void outWritesTheFileRelativeToTheCurrentDirectory(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            // the folder must exist (CliOutFileTest)
            Files.createDirectories(dir.resolve("export"));
            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", SimulatedSmt.YESTERDAY.toString(),
                    "--to", SimulatedSmt.YESTERDAY.toString(), "--out", "export/yesterday.csv"));

            assertEquals(0, run.exitCode(), run.toString());
            assertEquals("", run.out());
            List<String> file = Files.readAllLines(dir.resolve("export/yesterday.csv"), StandardCharsets.UTF_8);
            assertEquals("esiid,start,end,kwh,kind,quality", file.get(0));
            assertEquals(1 + smt.sim.truth().intervals(smt.household(), SimulatedSmt.YESTERDAY).size(), file.size());
            assertTrue(run.err().contains("written to " + dir.resolve("export/yesterday.csv")), run.err());
        }
    }

    @Test
    void todayIsNotPublishedYetExit5(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", SimulatedSmt.TODAY.toString(),
                    "--to", SimulatedSmt.TODAY.toString()));

            assertEquals(5, run.exitCode(), run.toString());
            assertEquals("esiid,start,end,kwh,kind,quality\n", run.out(), "no rows: the header only");
            assertTrue(run.err().contains("SMT has no 15-minute data of " + smt.household() + " for "
                    + SimulatedSmt.TODAY + " to " + SimulatedSmt.TODAY + " (yet)"), run.err());
        }
    }

    @Test
    void aChunkBeyondTheHistoryIsNamedAndTheRestWritten(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir, c -> c.historyDays(8))) {
            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", FROM.toString()));

            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.err().contains("SMT has no 15-minute data of " + smt.household() + " for " + FROM + " to "
                    + FROM.plusDays(30) + " (yet)"), run.err());
            assertTrue(run.outLines().size() > 1);
        }
    }

    @Test
    void aFailureInTheSecondChunkKeepsTheFirstChunksRowsAndExits5(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = CliRun.run(b -> {
                smt.environment(b);
                b.sleeper(d -> {
                    // the 5 s history spacing comes only before the second chunk: SMT breaks down then
                    if (d.getSeconds() >= 3) {
                        smt.sim.control().fault(Endpoint.OFFICIAL_INTERVALS, Fault.HTTP_500);
                    }
                    smt.clock.advance(d);
                });
            }, smt.official("intervals", smt.household(), "--from", FROM.toString()));

            assertEquals(5, run.exitCode(), run.toString());
            int firstChunk = 0;
            for (LocalDate day = FROM; day.isBefore(FROM.plusDays(31)); day = day.plusDays(1)) {
                firstChunk += smt.sim.truth().intervals(smt.household(), day).size();
            }
            assertEquals(1 + firstChunk, run.outLines().size(), "the first chunk's 31 days");
            assertTrue(run.err().contains("stopped at " + FROM.plusDays(31) + " to " + SimulatedSmt.YESTERDAY
                    + "; the rows before it were written"), run.err());
        }
    }

    /** Every row is one of the meter's real intervals, and every real interval of the days is there. */
    static void assertMatchesTruth(SimulatedSmt smt, String esiid, List<String> rows, LocalDate first, LocalDate last) {
        Map<String, BigDecimal> expected = new HashMap<>();
        boolean generation = smt.sim.truth().hasGeneration(esiid);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (GroundTruth.Interval i : smt.sim.truth().intervals(esiid, day)) {
                expected.put(i.start() + "/consumption", i.consumptionKwh());
                if (generation) {
                    expected.put(i.start() + "/generation", i.generationKwh());
                }
            }
        }
        assertEquals(expected.size(), rows.size());
        for (String row : rows) {
            String[] f = row.split(",");
            assertEquals(esiid, f[0]);
            OffsetDateTime start = OffsetDateTime.parse(f[1]);
            assertEquals(start.getOffset(), SmtTime.CENTRAL.getRules().getOffset(start.toInstant()), row);
            BigDecimal truth = expected.get(start.toInstant() + "/" + f[4]);
            assertNotNull(truth, row);
            assertEquals(0, truth.compareTo(new BigDecimal(f[3])), row);
        }
    }
}
