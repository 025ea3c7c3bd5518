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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;

/**
 * The one test on the system clock and the real sleeper (the deliberate exception to virtual time): what a user
 * gets from the built command-line jar's {@code read}, without a terminal. A wait of the real sleeper once ended a
 * fraction of a millisecond
 * before the status poll was due, and the read failed with "blocked" while spending one of SMT's two reads an
 * hour. The simulator completes reads after 1 s; the first status poll still waits the 30 s of
 * doc/smt-protocol.md §7.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliReadRealTimeIT {

    @Test
    @Timeout(180)
    void readsBothMetersOnTheSystemClock(@TempDir Path dir) throws Exception {
        try (SmtSimulator sim = SmtSimulator
                .start(SimulatorConfig.builder().port(0).odrDelay(Duration.ofSeconds(1)).build())) {
            Path ca = sim.writeCaCertificate(dir.resolve("simulator-ca.pem"));
            Instant start = Instant.now();
            for (String esiid : sim.esiids()) {
                // the built command-line jar in its own process, as a user starts it: no terminal, password from
                // the environment
                ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        System.getProperty("cli.jar"), "read", esiid, "--url", sim.portalUrl().toString(), "--username",
                        sim.username(), "--cacert", ca.toString())
                                .redirectError(dir.resolve("stderr-" + esiid + ".txt").toFile());
                builder.environment().put(SmtConnection.PASSWORD_VARIABLE, sim.password());
                Process process = builder.start();
                process.getOutputStream().close();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(90, TimeUnit.SECONDS), "read of " + esiid + " ended");
                String err = Files.readString(dir.resolve("stderr-" + esiid + ".txt"));
                assertEquals(0, process.exitValue(), out + err);
                List<String> lines = out.lines().toList();
                assertTrue(lines.get(1).startsWith(esiid + ","), out);
                assertTrue(lines.get(1).endsWith(",COMPLETED"), out);
                List<RecordedRequest> reads = sim.requests().stream()
                        .filter(r -> r.path().equals("/api/ondemandread") && r.body().contains(esiid)).toList();
                assertEquals(1, reads.size(), "one read request per meter, none wasted");
                RecordedRequest poll = sim
                        .requests().stream().filter(r -> r.path().equals("/api/usage/latestodrread")
                                && r.body().contains(esiid) && r.time().isAfter(reads.get(0).time()))
                        .findFirst().orElseThrow();
                Duration wait = Duration.between(reads.get(0).time(), poll.time());
                assertFalse(wait.compareTo(Duration.ofSeconds(30)) < 0, "first status poll after 30 s, not " + wait);
            }
            Duration took = Duration.between(start, Instant.now());
            assertTrue(took.compareTo(Duration.ofSeconds(90)) < 0, "both reads took " + took);
        }
    }
}
