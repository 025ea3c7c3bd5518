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
package org.openhab.binding.smartmetertexas.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Start and close: defaults, the virtual clock, and that close() leaves no simulator thread or port behind.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorLifecycleTest {

    private static List<String> simulatorThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("smt-simulator")).toList();
    }

    @Test
    void defaultsAreTwoMetersAndTheDemoAccount() throws Exception {
        try (SmtSimulator sim = SmtSimulator.start(SimulatorConfig.defaults())) {
            assertEquals("demo", sim.username());
            assertEquals("demo-password", sim.password());
            assertEquals(2, sim.esiids().size());
            assertFalse(sim.truth().hasGeneration(sim.esiids().get(0)));
            assertTrue(sim.truth().hasGeneration(sim.esiids().get(1)));
            assertEquals("https", sim.portalUrl().getScheme());
            assertEquals("127.0.0.1", sim.portalUrl().getHost());
            assertTrue(sim.port() > 0);
        }
    }

    @Test
    void closeStopsEveryThreadAndThePort() throws Exception {
        SmtSimulator sim = SmtSimulator.start(SimulatorConfig.defaults());
        TestClient client = new TestClient(sim);
        assertEquals(200, client.portalLogin("demo", "demo-password").statusCode());
        assertFalse(simulatorThreads().isEmpty());

        sim.close();
        sim.close(); // idempotent

        assertEquals(List.of(), simulatorThreads());
        HttpClient fresh = HttpClient.newBuilder().sslContext(TestClient.sslContext(sim)).build();
        assertThrows(ConnectException.class,
                () -> fresh.send(
                        HttpRequest.newBuilder(sim.portalUrl().resolve("/v2/token/"))
                                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                        HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void sameEsiidSameData() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2025-06-16T17:00:00Z"));
        try (SmtSimulator first = SmtSimulator.start(SimulatorConfig.builder().clock(clock).build());
                SmtSimulator second = SmtSimulator.start(SimulatorConfig.builder().clock(clock).build())) {
            String esiid = first.esiids().get(1);
            java.time.LocalDate day = java.time.LocalDate.of(2025, 6, 1);
            assertEquals(first.truth().intervals(esiid, day), second.truth().intervals(esiid, day));
            assertEquals(first.truth().registerKwh(esiid, clock.instant()),
                    second.truth().registerKwh(esiid, clock.instant()));
        }
    }

    @Test
    void configuredMetersAndCredentialsAreServed() throws Exception {
        List<MeterSpec> meters = List.of(new MeterSpec("10443720009876543", MeterSpec.Kind.SOLAR));
        try (SmtSimulator sim = SmtSimulator
                .start(SimulatorConfig.builder().username("alice").password("s3cret").meters(meters).build())) {
            TestClient client = new TestClient(sim);
            assertEquals(List.of("10443720009876543"), sim.esiids());
            assertEquals(200, client.portalLogin("alice", "s3cret").statusCode());
            assertEquals(400, client.portalLogin("demo", "demo-password").statusCode());
        }
    }

    @Test
    void theManualClockMovesOnlyWhenTold() {
        ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));
        Clock central = clock.withZone(ZoneId.of("America/Chicago"));

        clock.advance(Duration.ofMinutes(90));
        assertEquals(Instant.parse("2025-01-01T01:30:00Z"), clock.instant());
        assertEquals(clock.instant(), central.instant(), "zone views share the time");
        clock.set(Instant.parse("2030-05-05T05:05:05Z"));
        assertEquals(Instant.parse("2030-05-05T05:05:05Z"), central.instant());
    }
}
