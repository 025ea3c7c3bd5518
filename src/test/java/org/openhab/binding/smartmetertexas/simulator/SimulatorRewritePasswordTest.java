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

import java.net.http.HttpResponse;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The two test knobs for odd answers and account changes: a rewriter changes an endpoint's normal JSON answers (and
 * only those), and a changed password refuses the old one while the new one logs in.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorRewritePasswordTest {

    private static final String METERS = "{\"esiid\":\"*\"}";

    @Test
    void rewriterChangesNormalAnswersOfItsEndpointOnly() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2025-06-16T17:00:00Z"));
        try (SmtSimulator sim = SmtSimulator.start(SimulatorConfig.builder().clock(clock).build())) {
            TestClient client = new TestClient(sim);
            sim.control().rewrite(Endpoint.PORTAL_METERS, body -> body.replace("\"RESIDENTIAL", "\"ODD"));

            HttpResponse<String> meters = client.portal("/api/meter", METERS);
            assertEquals(200, meters.statusCode());
            assertTrue(meters.body().contains("\"ODD"), meters.body());
            assertFalse(meters.body().contains("\"RESIDENTIAL"));

            sim.control().fault(Endpoint.PORTAL_METERS, Fault.HTTP_500);
            assertFalse(client.portal("/api/meter", METERS).body().contains("ODD"), "faulted answers stay as they are");

            sim.control().clearFaults();
            sim.control().rewrite(Endpoint.PORTAL_METERS, null);
            assertTrue(client.portal("/api/meter", METERS).body().contains("\"RESIDENTIAL"));
        }
    }

    @Test
    void changedPasswordRefusesTheOldOne() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2025-06-16T17:00:00Z"));
        try (SmtSimulator sim = SmtSimulator.start(SimulatorConfig.builder().clock(clock).build())) {
            TestClient client = new TestClient(sim);
            String old = sim.password();
            sim.control().password("changed-on-the-web-site");

            assertEquals(400, client.portalLogin(sim.username(), old).statusCode());
            assertEquals(200, client.portalLogin(sim.username(), "changed-on-the-web-site").statusCode());
            assertEquals("changed-on-the-web-site", sim.password());
        }
    }
}
