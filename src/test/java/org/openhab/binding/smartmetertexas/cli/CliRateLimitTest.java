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
 * When SMT answers a read request with its hourly (5031) or daily (5032) limit, {@code read} ends with exit code 4
 * and asks for no status.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliRateLimitTest {

    @Test
    void smtsHourlyLimitExits4(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir, c -> c.odrHourlyLimit(0))) {
            CliRun run = smt.run(smt.portal("read", smt.household()));

            assertEquals(4, run.exitCode(), run.toString());
            assertTrue(run.err().contains("smt: read limit reached: SMT reports the hourly read limit"), run.err());
            assertEquals(1, smt.count("/api/ondemandread"));
            assertEquals(0, smt.count("/api/usage/latestodrread"));
            assertEquals("", run.out());
        }
    }

    @Test
    void smtsDailyLimitExits4OnTheOfficialApi(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir, c -> c.odrDailyLimit(0))) {
            CliRun run = smt.run(smt.official("read", smt.solar()));

            assertEquals(4, run.exitCode(), run.toString());
            assertTrue(run.err().contains("daily read limit"), run.err());
            assertEquals(0, smt.count("/v2/odrstatus/"));
        }
    }
}
