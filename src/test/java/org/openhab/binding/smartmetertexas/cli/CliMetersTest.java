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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code meters} lists the account's meters from the simulator's portal as CSV, takes the password from
 * SMT_PASSWORD or the prompt, and says why the official API cannot list meters.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliMetersTest {

    @Test
    void portalListsEveryMeterWithItsNumberAndAddress(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("meters"));

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertEquals("esiid,meter_number,address", lines.get(0));
            assertEquals(3, lines.size(), run.out());
            for (int i = 0; i < 2; i++) {
                String esiid = smt.sim.esiids().get(i);
                String[] fields = lines.get(i + 1).split(",", 3);
                assertEquals(esiid, fields[0]);
                assertEquals(smt.sim.truth().meterNumber(esiid), fields[1]);
                assertTrue(fields[2].matches(".*\\d{5}\"?"), "address with a ZIP code: " + fields[2]);
            }
            assertTrue(run.err().contains("2 meters"));
        }
    }

    @Test
    void thePromptIsUsedWhenSmtPasswordIsNotSet(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.variables.clear();
            List<String> prompts = new ArrayList<>();
            CliRun run = CliRun.run(b -> {
                smt.environment(b);
                b.prompt(prompt -> {
                    prompts.add(prompt);
                    return smt.sim.password().toCharArray();
                });
            }, smt.portal("meters"));

            assertEquals(0, run.exitCode(), run.toString());
            assertEquals(List.of("SMT password for " + smt.sim.username() + ": "), prompts);
            assertFalse(run.all().contains(smt.sim.password()));
        }
    }

    @Test
    void smtPasswordIsUsedWithoutPrompting(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = CliRun.run(b -> {
                smt.environment(b);
                b.prompt(prompt -> fail("prompted although SMT_PASSWORD is set"));
            }, smt.portal("meters"));

            assertEquals(0, run.exitCode(), run.toString());
        }
    }

    @Test
    void theUserNameMayComeFromSmtUsername(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.variables.put("SMT_USERNAME", smt.sim.username());
            CliRun run = smt.run("meters", "--url", smt.sim.portalUrl().toString(), "--cacert", smt.caFile.toString());

            assertEquals(0, run.exitCode(), run.toString());
        }
    }

    @Test
    void theOfficialApiHasNoMeterListAndSaysSo(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.official("meters"));

            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("no meter list"), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void noRequestGoesOutWithoutAPassword(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.variables.clear();
            CliRun run = smt.run(smt.portal("meters"));

            assertEquals(2, run.exitCode());
            assertTrue(smt.requests().isEmpty());
        }
    }
}
