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

import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;

/**
 * When SMT is down (5xx, a text/plain 503, its maintenance page, an unreadable answer, a reset connection) or
 * unreachable, commands end with exit code 5 and one clear line, no stack trace.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliUnavailableTest {

    static Stream<Arguments> faults() {
        return Stream.of(Arguments.of(Endpoint.PORTAL_LOGIN, Fault.UNAVAILABLE_TEXT),
                Arguments.of(Endpoint.PORTAL_LOGIN, Fault.MAINTENANCE_HTML),
                Arguments.of(Endpoint.PORTAL_METERS, Fault.HTTP_500),
                Arguments.of(Endpoint.PORTAL_METERS, Fault.MALFORMED_JSON),
                Arguments.of(Endpoint.PORTAL_METERS, Fault.CONNECTION_RESET));
    }

    @ParameterizedTest
    @MethodSource("faults")
    void smtDownExits5(Endpoint endpoint, Fault fault, @TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().fault(endpoint, fault);

            CliRun run = smt.run(smt.portal("meters"));

            assertEquals(5, run.exitCode(), run.toString());
            assertTrue(run.err().startsWith("smt: SMT unavailable: "), run.err());
            assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void officialApiDownExits5(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().fault(Endpoint.OFFICIAL_DAILY, Fault.HTTP_500);

            CliRun run = smt.run(smt.official("daily", smt.solar(), "--from", "2025-06-01"));

            assertEquals(5, run.exitCode(), run.toString());
        }
    }

    @Test
    void nobodyListeningExits5(@TempDir Path dir) throws Exception {
        String url;
        String[] args;
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            url = smt.sim.portalUrl().toString();
            args = smt.portal("meters");
        }
        CliRun run = CliRun.run(b -> b.variables(java.util.Map.of("SMT_PASSWORD", "x")), args);

        assertEquals(5, run.exitCode(), run.toString());
        assertTrue(run.err().contains("127.0.0.1"), run.err() + " for " + url);
    }
}
