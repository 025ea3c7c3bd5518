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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;

/**
 * When SMT's bot protection answers 403 with its HTML "Access Denied" page, the command stops at once with exit
 * code 4, sends nothing more, and tells the user to wait at least an hour.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliBlockedTest {

    @Test
    void aBlockedLoginExits4WithoutAnotherRequest(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().fault(Endpoint.PORTAL_LOGIN, Fault.FORBIDDEN_HTML);

            CliRun run = smt.run(smt.portal("meters"));

            assertEquals(4, run.exitCode(), run.toString());
            assertTrue(run.err().contains("smt: blocked: SMT blocked the request"), run.err());
            assertTrue(run.err().contains("wait at least an hour"), run.err());
            assertEquals(1, smt.requests().size());
            assertEquals("", run.out());
        }
    }

    @Test
    void aBlockedDataRequestExits4AndStopsTheRange(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().fault(Endpoint.PORTAL_INTERVALSYNCH, Fault.FORBIDDEN_HTML);

            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", "2025-04-01"));

            assertEquals(4, run.exitCode(), run.toString());
            assertEquals(1, smt.count("/api/adhoc/intervalsynch"), "no second chunk, no fallback after a block");
            assertEquals(0, smt.count("/api/usage/interval"));
        }
    }
}
