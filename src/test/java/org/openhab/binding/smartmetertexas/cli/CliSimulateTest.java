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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * {@code simulate} prints portal-url, official-url, username, password and ca-cert, in that order, once the
 * simulator accepts connections; with those five values the command line itself reaches both flows; the simulator
 * runs until stopped and then releases its port.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliSimulateTest {

    @Test
    void theFiveLinesComeInOrderAndTheCommandLineReachesBothFlowsWithThem(@TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(SimulatedSmt.START);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<CliRun> clientRuns = new ArrayList<>();
        List<Integer> port = new ArrayList<>();

        Environment env = Environment
                .builder(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .clock(clock).currentDirectory(dir).stopSignal(sim -> {
                    // the simulator runs: use what it printed, as a user would
                    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
                    assertEquals(List.of("portal-url", "official-url", "username", "password", "ca-cert"),
                            lines.stream().map(l -> l.substring(0, l.indexOf('='))).toList());
                    String portalUrl = value(lines, 0);
                    String officialUrl = value(lines, 1);
                    Map<String, String> password = Map.of("SMT_PASSWORD", value(lines, 3));
                    port.add(sim.port());
                    clientRuns.add(CliRun.run(b -> b.variables(password).clock(clock).sleeper(clock::advance), "meters",
                            "--url", portalUrl, "--username", value(lines, 2), "--cacert", value(lines, 4)));
                    clientRuns.add(CliRun.run(b -> b.variables(password).clock(clock).sleeper(clock::advance), "read",
                            sim.esiids().get(1), "--flow", "official", "--url", officialUrl, "--username",
                            value(lines, 2), "--cacert", value(lines, 4)));
                }).build();

        int code = Main.run(new String[] { "simulate", "--port", "0" }, env);

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(2, clientRuns.size());
        assertEquals(0, clientRuns.get(0).exitCode(), clientRuns.get(0).toString());
        assertEquals(3, clientRuns.get(0).outLines().size(), "two meters");
        assertEquals(0, clientRuns.get(1).exitCode(), clientRuns.get(1).toString());
        String ca = Files.readString(dir.resolve(SimulateCommand.DEFAULT_CA_FILE));
        assertTrue(ca.startsWith("-----BEGIN CERTIFICATE-----"), ca);
        assertTrue(out.toString(StandardCharsets.UTF_8)
                .contains("ca-cert=" + dir.resolve(SimulateCommand.DEFAULT_CA_FILE) + "\n"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("curl --cacert "));
        assertFalse(accepts(port.get(0)), "stopped: the port is free again");
    }

    @Test
    void aGivenPortIsUsedAndTheCaFileGoesWhereAsked(@TempDir Path dir) throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        List<String> printed = new ArrayList<>();
        CliRun run = CliRun.run(b -> b.currentDirectory(dir).stopSignal(sim -> printed.add(sim.portalUrl().toString())),
                "simulate", "--port", String.valueOf(free), "--ca-file", "certs/ca.pem");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("https://127.0.0.1:" + free), printed);
        assertTrue(run.out().startsWith("portal-url=https://127.0.0.1:" + free + "\n"), run.out());
        assertTrue(Files.isRegularFile(dir.resolve("certs/ca.pem")));
    }

    @Test
    void aTakenPortExits1(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.run(b -> b.currentDirectory(dir).stopSignal(sim -> fail("started")), "simulate",
                    "--port", String.valueOf(taken.getLocalPort()));

            assertEquals(1, run.exitCode(), run.toString());
            assertTrue(run.err().contains("cannot start the simulator on port " + taken.getLocalPort()), run.err());
            assertEquals("", run.out());
        }
    }

    private static String value(List<String> lines, int index) {
        String line = lines.get(index);
        return line.substring(line.indexOf('=') + 1);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
