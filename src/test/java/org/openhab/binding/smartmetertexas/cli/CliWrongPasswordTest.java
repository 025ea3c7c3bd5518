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

/**
 * A wrong password ends with exit code 3 after one login request (never a retry), and neither the wrong nor the
 * right password appears in anything the command prints.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliWrongPasswordTest {

    private static final String WRONG = "not-the-password-4711";

    @Test
    void portalRefusesTheLoginWithExit3AndOneAttempt(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.variables.put("SMT_PASSWORD", WRONG);

            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", "2025-05-01"));

            assertEquals(3, run.exitCode(), run.toString());
            assertTrue(run.err().contains("login refused: SMT rejected the user name or password"), run.err());
            assertEquals("", run.out());
            assertEquals(1, smt.requests().size(), "one login, no retry, no data request");
            assertFalse(run.all().contains(WRONG));
            assertFalse(run.all().contains(smt.sim.password()));
        }
    }

    @Test
    void officialApiRefusesTheLoginWithExit3AndNamesTheAllowList(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.variables.put("SMT_PASSWORD", WRONG);

            CliRun run = smt.run(smt.official("read", smt.solar()));

            assertEquals(3, run.exitCode(), run.toString());
            assertTrue(run.err().contains("allow-listed"), run.err());
            assertEquals(1, smt.count("/v2/token/"));
            assertEquals(0, smt.count("/v2/odr/"));
            assertFalse(run.all().contains(WRONG));
        }
    }

    @Test
    void aWrongPasswordTypedAtThePromptIsNotEchoed(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.variables.clear();

            CliRun run = CliRun.run(b -> {
                smt.environment(b);
                b.prompt(prompt -> WRONG.toCharArray());
            }, smt.portal("meters"));

            assertEquals(3, run.exitCode(), run.toString());
            assertFalse(run.all().contains(WRONG));
        }
    }
}
