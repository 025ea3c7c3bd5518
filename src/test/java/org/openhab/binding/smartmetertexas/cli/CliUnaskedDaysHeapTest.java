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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.api.SmtTransport;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;
import org.openhab.binding.smartmetertexas.testsupport.OtherDays;

/**
 * A 16 MB answer (just under the client's bound) holding tens of thousands of days nobody asked for, next to the two
 * days asked, costs no more than about 100 MB of heap: the command line runs it in a JVM limited to 100 MB (the HTTP
 * client, the 16 MB body, the parse and the output together) and keeps the two days. Each row of another day is
 * left out as the answer is read (doc/smt-protocol.md §7); before, the same answer needed between 256 and 512 MB and
 * wrote over two million rows nobody asked for.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliUnaskedDaysHeapTest {

    private static final String HEAP = "-Xmx100m";

    @ParameterizedTest
    @ValueSource(strings = { "intervals", "daily", "monthly" })
    void sixteenMegabytesOfDaysNotAskedRunIn100MegabytesOfHeap(String command, @TempDir Path dir) throws Exception {
        try (SmtSimulator sim = SmtSimulator.start(SimulatorConfig.builder().port(0).build())) {
            Path ca = sim.writeCaCertificate(dir.resolve("simulator-ca.pem"));
            int year = SmtTime.dayOf(Instant.now()).getYear();
            switch (command) {
                case "intervals" -> sim.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH,
                        OtherDays.filled("energyData", "DT", false, year, SmtTransport.MAX_BODY_BYTES));
                case "daily" -> sim.control().rewrite(Endpoint.PORTAL_DAILY,
                        OtherDays.filled("dailyData", "date", false, year, SmtTransport.MAX_BODY_BYTES));
                default -> sim.control().rewrite(Endpoint.PORTAL_MONTHLY,
                        OtherDays.filled("monthlyData", "startdate", true, year, SmtTransport.MAX_BODY_BYTES));
            }
            // the day before yesterday is published at any time of day
            LocalDate to = SmtTime.dayOf(Instant.now()).minusDays(2);
            LocalDate from = to.minusDays(command.equals("monthly") ? 60 : 1);
            List<String> java = new ArrayList<>(
                    List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-cp",
                            System.getProperty("java.class.path"), Main.class.getName(), command, sim.esiids().get(0),
                            "--from", from.toString(), "--to", to.toString(), "--url", sim.portalUrl().toString(),
                            "--username", sim.username(), "--cacert", ca.toString()));
            ProcessBuilder builder = new ProcessBuilder(java).redirectOutput(dir.resolve("out.csv").toFile())
                    .redirectError(dir.resolve("err.txt").toFile());
            builder.environment().put(SmtConnection.PASSWORD_VARIABLE, sim.password());
            Process process = builder.start();
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the command line ends");

            String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
            List<String> rows = Files.readAllLines(dir.resolve("out.csv"), StandardCharsets.UTF_8);
            assertFalse(err.contains("OutOfMemoryError"), err);
            assertEquals(ExitCode.INPUT_REJECTED, process.exitValue(), err);
            assertTrue(err.contains("): not asked: older than SMT keeps") || err.contains("): not asked: outside"),
                    err);
            assertTrue(err.contains("): not asked: in the future"), err);
            assertTrue(rows.size() > 1 && rows.size() < 400, rows.size() + " lines: the days asked only");
        }
    }
}
