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

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;

/**
 * {@code demo} runs both flows end to end against the simulator on a compressed clock, exits 0, prints a readable
 * summary, writes the CSV files and a PNG chart, and every rule of the request policy held in simulated time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliDemoTest {

    /** The real "today" of the test run does not matter: the demo starts the simulated day at 11:00 Central. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-11-10T03:00:00Z"), ZoneOffset.UTC);

    private static CliRun demo(Path dir, AtomicReference<@Nullable SmtSimulator> simulator, String... more) {
        String[] args = new String[1 + more.length];
        args[0] = "demo";
        System.arraycopy(more, 0, args, 1, more.length);
        return CliRun.run(b -> b.clock(NOW).currentDirectory(dir).simulatorStarted(simulator::set), args);
    }

    @Test
    void demoRunsBothFlowsAndWritesTheCsvFilesAndTheChart(@TempDir Path dir) throws Exception {
        AtomicReference<@Nullable SmtSimulator> simulator = new AtomicReference<>();
        CliRun run = demo(dir, simulator);

        assertEquals(0, run.exitCode(), run.toString());
        String summary = run.out();
        assertTrue(summary.contains("Meters (portal meter list):"), summary);
        assertTrue(summary.contains("COMPLETED (portal)"), summary);
        assertTrue(summary.contains("COMPLETED (official API)"), summary);
        assertTrue(summary.contains("Last 30 days, 2025-10-10 to 2025-11-08 (Central days):"), summary);
        assertTrue(summary.contains("kWh solar surplus sent to the grid"), summary);
        assertTrue(summary.contains("Daily totals, last 7 days (kWh):"), summary);
        assertTrue(summary.contains("Both flows agree: the portal and the official API returned the same"), summary);
        assertTrue(summary.contains("The example plans of doc/plans on these 30 days") && summary.contains("cheapest")
                && summary.contains("Example Free Nights"), summary);

        Path out = dir.resolve("smt-demo");
        List<String> intervals = Files.readAllLines(out.resolve("intervals.csv"), StandardCharsets.UTF_8);
        assertEquals("esiid,start,end,kwh,kind,quality", intervals.get(0));
        assertTrue(
                summary.contains(String.format(java.util.Locale.ROOT, "intervals.csv  %,d rows", intervals.size() - 1)),
                summary);
        // 30 days of two meters, one with generation, including the 25-hour fall-back day 2025-11-02
        assertTrue(intervals.size() - 1 > 3 * 30 * 96, "rows: " + intervals.size());
        assertTrue(intervals.stream().anyMatch(l -> l.contains("2025-11-02T01:00-06:00")), "second 01:00 hour");
        assertEquals("esiid,day,start_reading,end_reading,kwh",
                Files.readAllLines(out.resolve("daily.csv"), StandardCharsets.UTF_8).get(0));
        assertEquals(1 + 2 * 30, Files.readAllLines(out.resolve("daily.csv"), StandardCharsets.UTF_8).size());
        assertEquals("esiid,start,end,kwh",
                Files.readAllLines(out.resolve("monthly.csv"), StandardCharsets.UTF_8).get(0));

        BufferedImage chart = ImageIO.read(out.resolve("chart.png").toFile());
        assertNotNull(chart);
        assertEquals(DemoChart.WIDTH, chart.getWidth());
        assertEquals(DemoChart.HEIGHT, chart.getHeight());
        assertTrue(distinctColours(chart, 110, 100, 1030, 460) > 50, "the heat map shows a profile");
        assertTrue(hasColour(chart, 0x3ca052, 100, 580, 1040, 830), "surplus bars");
        assertTrue(hasColour(chart, 0x3b6eb4, 100, 580, 1040, 830), "household bars");

        assertTrue(run.err().contains("demo [########################] 19/19 done"), run.err());
        assertTrue(run.err().contains("still pending"), "the read's progress: " + run.err());
    }

    @Test
    void theRequestPolicyHeldInSimulatedTime(@TempDir Path dir) throws Exception {
        AtomicReference<@Nullable SmtSimulator> simulator = new AtomicReference<>();
        CliRun run = demo(dir, simulator, "--out", "elsewhere");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(Files.isRegularFile(dir.resolve("elsewhere/chart.png")));
        SmtSimulator sim = simulator.get();
        assertNotNull(sim);
        List<RecordedRequest> all = sim.requests();
        for (boolean official : new boolean[] { false, true }) {
            List<Instant> times = new ArrayList<>();
            List<Instant> history = new ArrayList<>();
            Instant readRequest = null;
            Instant firstCheck = null;
            for (RecordedRequest r : all) {
                if (PolicyAudit.isOfficial(r.path()) != official) {
                    continue;
                }
                times.add(r.time());
                if (PolicyAudit.PORTAL_HISTORY.contains(r.path()) || PolicyAudit.OFFICIAL_HISTORY.contains(r.path())) {
                    history.add(r.time());
                }
                if (PolicyAudit.READ_REQUESTS.contains(r.path())) {
                    assertNull(readRequest, "one read per flow");
                    readRequest = r.time();
                }
                if (PolicyAudit.STATUS_CHECKS.contains(r.path()) && firstCheck == null) {
                    firstCheck = r.time();
                }
            }
            assertTrue(times.size() > 10);
            for (int i = 1; i < times.size(); i++) {
                assertTrue(Duration.between(times.get(i - 1), times.get(i)).toMillis() >= 2000,
                        "2 s apart: " + times.get(i - 1) + " " + times.get(i));
                int inTenSeconds = 0;
                for (Instant t : times) {
                    if (!t.isAfter(times.get(i)) && t.isAfter(times.get(i).minusSeconds(10))) {
                        inTenSeconds++;
                    }
                }
                assertTrue(inTenSeconds <= 5);
            }
            for (int i = 1; i < history.size(); i++) {
                assertTrue(Duration.between(history.get(i - 1), history.get(i)).toMillis() >= 5000,
                        "history 5 s apart");
            }
            assertNotNull(readRequest);
            assertNotNull(firstCheck);
            assertEquals(Duration.ofSeconds(30), Duration.between(readRequest, firstCheck));
        }
        assertTrue(run.out().contains("at least 2.0 s apart"), run.out());
        assertTrue(run.out().contains("history requests at least 5.0 s apart"), run.out());
    }

    private static int distinctColours(BufferedImage image, int x0, int y0, int x1, int y1) {
        Set<Integer> colours = new HashSet<>();
        for (int x = x0; x < x1; x += 3) {
            for (int y = y0; y < y1; y += 3) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    private static boolean hasColour(BufferedImage image, int rgb, int x0, int y0, int x1, int y1) {
        for (int x = x0; x < x1; x++) {
            for (int y = y0; y < y1; y++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
