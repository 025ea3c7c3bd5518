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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

/**
 * {@code read} requests one on-demand read, checks its status on the policy's schedule (30 s, 1, 2 minutes ...) in
 * virtual time, shows progress while it waits, and prints only a fresh result: the simulator's register at the time
 * the read completed.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliReadTest {

    @Test
    void portalReadWaitsForTheFreshResultAndIgnoresYesterdaysRead(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir,
                c -> c.odrDelay(Duration.ofSeconds(100)).odrPreviousReadFirst(true))) {
            CliRun run = smt.run(smt.portal("read", smt.household()));

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertEquals("esiid,register_kwh,read_time,status", lines.get(0));
            String[] row = lines.get(1).split(",");
            assertEquals(smt.household(), row[0]);
            assertEquals("COMPLETED", row[3]);
            Instant readTime = OffsetDateTime.parse(row[2]).toInstant();
            assertFalse(readTime.isBefore(SimulatedSmt.START), "not yesterday's read: " + readTime);
            assertEquals(0, smt.sim.truth().registerKwh(smt.household(), readTime).compareTo(new BigDecimal(row[1])));

            // the policy's schedule: checks at 30 s, 60 s and 120 s after the request, all in virtual time
            Instant requested = only(smt, "/api/ondemandread").get(0).time();
            List<Duration> checks = only(smt, "/api/usage/latestodrread").stream()
                    .map(r -> Duration.between(requested, r.time())).toList();
            assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120)), checks);
            assertTrue(run.err().contains("waiting for the result, check 1 at +0:30"), run.err());
            assertTrue(run.err().contains("still pending"), run.err());
            assertTrue(run.err().contains("COMPLETED after 2:00"), run.err());
        }
    }

    @Test
    void portalLooksUpTheMeterNumberWhenNotGiven(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("read", smt.solar()));

            assertEquals(0, run.exitCode(), run.toString());
            RecordedRequest odr = only(smt, "/api/ondemandread").get(0);
            assertTrue(odr.body().contains(smt.sim.truth().meterNumber(smt.solar())), odr.body());
        }
    }

    @Test
    void givenMeterNumberSavesTheMeterListRequest(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("read", smt.solar(), "--meter", smt.sim.truth().meterNumber(smt.solar())));

            assertEquals(0, run.exitCode(), run.toString());
            assertEquals(0, smt.count("/api/meter"));
        }
    }

    @Test
    void officialApiReadsWithoutAMeterNumber(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.official("read", smt.solar()));

            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.outLines().get(1).startsWith(smt.solar() + ","));
            assertTrue(run.outLines().get(1).endsWith(",COMPLETED"));
            assertEquals(1, smt.count("/v2/odr/"));
        }
    }

    @Test
    void aMeterNotOnTheAccountIsAUsageErrorAndNotRead(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("read", "10443720009999999"));

            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("the account has no meter 10443720009999999"), run.err());
            assertEquals(0, smt.count("/api/ondemandread"));
        }
    }

    @Test
    void aFailedReadExitsWith5(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().fault(Endpoint.PORTAL_ODR, Fault.ODR_FAILED);

            CliRun run = smt.run(smt.portal("read", smt.household()));

            assertEquals(5, run.exitCode(), run.toString());
            assertTrue(run.err().contains("could not read the meter (FAILED)"), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void aReadStillPendingAfter15MinutesIsGivenUpAfterSixChecks(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().fault(Endpoint.PORTAL_ODR, Fault.ODR_STUCK_PENDING);

            CliRun run = smt.run(smt.portal("read", smt.household()));

            assertEquals(5, run.exitCode(), run.toString());
            assertEquals(6, smt.count("/api/usage/latestodrread"));
            Instant requested = only(smt, "/api/ondemandread").get(0).time();
            List<RecordedRequest> checks = only(smt, "/api/usage/latestodrread");
            assertEquals(Duration.ofMinutes(15), Duration.between(requested, checks.get(checks.size() - 1).time()));
        }
    }

    private static List<RecordedRequest> only(SimulatedSmt smt, String path) {
        return smt.requests().stream().filter(r -> r.path().equals(path)).toList();
    }
}
