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
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are written safely: through a temporary file and an atomic rename in the target's folder, never through a
 * symbolic link, never outside the chosen folder; problems with {@code --out} are named before any request; a result
 * without rows still writes the header; the help states the rules.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliOutFileTest {

    private static final String OLD = "old content\n";

    private static String[] intervals(SimulatedSmt smt, String out) {
        return smt.portal("intervals", smt.household(), "--from", SimulatedSmt.YESTERDAY.toString(), "--to",
                SimulatedSmt.YESTERDAY.toString(), "--out", out);
    }

    private static void assertRefusedBeforeAnyRequest(SimulatedSmt smt, CliRun run, String why) {
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(why), run.err());
        assertEquals(List.of(), smt.requests(), "nothing was asked of SMT");
    }

    @Test
    void aDirectoryAMissingFolderOrALinkIsNamedBeforeAnyRequest(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            Files.createDirectories(dir.resolve("exports"));
            assertRefusedBeforeAnyRequest(smt, smt.run(intervals(smt, "exports")), "is a directory");
            assertRefusedBeforeAnyRequest(smt, smt.run(intervals(smt, "missing/yesterday.csv")),
                    "the folder " + dir.resolve("missing") + " does not exist");

            Path outside = Files.writeString(dir.resolve("outside.txt"), OLD);
            Files.createSymbolicLink(dir.resolve("exports/link.csv"), outside);
            assertRefusedBeforeAnyRequest(smt, smt.run(intervals(smt, "exports/link.csv")), "is a symbolic link");
            assertEquals(OLD, Files.readString(outside), "the link's target is untouched");

            Files.createSymbolicLink(dir.resolve("exports/dangling.csv"), dir.resolve("nowhere.csv"));
            assertRefusedBeforeAnyRequest(smt, smt.run(intervals(smt, "exports/dangling.csv")), "is a symbolic link");
            assertFalse(Files.exists(dir.resolve("nowhere.csv")), "nothing created through a dangling link");
        }
    }

    @Test
    void aReadOnlyFolderIsNamedBeforeAnyRequest(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            assumeFalse(Files.isWritable(locked), "running as root: every folder is writable");
            assertRefusedBeforeAnyRequest(smt, smt.run(intervals(smt, "locked/yesterday.csv")),
                    "cannot write into the folder");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anExistingFileIsReplacedAsAWholeAndSaysSo(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            Path file = Files.writeString(dir.resolve("yesterday.csv"), OLD);

            CliRun run = smt.run(intervals(smt, "yesterday.csv"));

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals("esiid,start,end,kwh,kind,quality", lines.get(0));
            assertEquals(1 + smt.sim.truth().intervals(smt.household(), SimulatedSmt.YESTERDAY).size(), lines.size());
            assertTrue(run.err().contains("written to " + file + " (its old content replaced)"), run.err());
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                        "no temporary file left");
            }
        }
    }

    @Test
    void aResultWithoutRowsStillWritesTheHeaderAndSaysSo(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            Path file = Files.writeString(dir.resolve("today.csv"), OLD);

            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", SimulatedSmt.TODAY.toString(),
                    "--to", SimulatedSmt.TODAY.toString(), "--out", "today.csv"));

            assertEquals(List.of("esiid,start,end,kwh,kind,quality"), Files.readAllLines(file, StandardCharsets.UTF_8),
                    "the old content is gone: only the header");
            assertTrue(run.err().contains("0 rows of 15-minute data of " + smt.household() + " written to " + file
                    + " (its old content replaced) (only the header)"), run.err());
        }
    }

    @Test
    void theHelpStatesTheOverwriteRules() {
        CliRun intervals = CliRun.run("intervals", "--help");
        CliRun demo = CliRun.run("demo", "--help");

        assertTrue(intervals.out().contains("An existing FILE is\nreplaced as a whole"), intervals.out());
        assertTrue(intervals.out().contains("a directory or a symbolic link is refused"), intervals.out());
        assertTrue(demo.out().contains("These four files in it are replaced when they exist"), demo.out());
        assertTrue(demo.out().contains("nothing is written outside DIR"), demo.out());
    }

    private static CliRun demo(Path dir, String... more) {
        String[] args = new String[1 + more.length];
        args[0] = "demo";
        System.arraycopy(more, 0, args, 1, more.length);
        Clock now = Clock.fixed(Instant.parse("2025-11-10T03:00:00Z"), ZoneOffset.UTC);
        return CliRun.run(b -> b.clock(now).currentDirectory(dir), args);
    }

    @Test
    void demoOutIsAFolderAndLinksInItAreRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-file"), OLD);
        CliRun notAFolder = demo(dir, "--out", "a-file");
        assertEquals(2, notAFolder.exitCode(), notAFolder.toString());
        assertTrue(notAFolder.err().contains("is a file, not a folder"), notAFolder.err());

        Path demoDir = Files.createDirectories(dir.resolve("demo"));
        Path outside = Files.writeString(dir.resolve("outside.png"), OLD);
        Files.createSymbolicLink(demoDir.resolve(DemoCommand.CHART_FILE), outside);
        CliRun link = demo(dir, "--out", "demo");
        assertEquals(2, link.exitCode(), link.toString());
        assertTrue(link.err().contains("chart.png is a symbolic link or a directory"), link.err());
        assertEquals(OLD, Files.readString(outside), "nothing written through the link");
    }

    @Test
    void demoReplacesItsOwnFilesOnlyAndSaysSo(@TempDir Path dir) throws Exception {
        Path demoDir = Files.createDirectories(dir.resolve("demo"));
        Files.writeString(demoDir.resolve(DemoCommand.DAILY_FILE), OLD);
        Path mine = Files.writeString(demoDir.resolve("notes.txt"), OLD);

        CliRun run = demo(dir, "--out", "demo");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Replaced the earlier daily.csv in " + demoDir + "."), run.out());
        assertEquals("esiid,day,start_reading,end_reading,kwh",
                Files.readAllLines(demoDir.resolve(DemoCommand.DAILY_FILE), StandardCharsets.UTF_8).get(0));
        assertEquals(OLD, Files.readString(mine), "other files stay untouched");
        try (Stream<Path> files = Files.list(demoDir)) {
            assertEquals(5, files.count(), "the four files and the user's own: no temporary file left");
        }
    }
}
