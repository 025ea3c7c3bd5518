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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code daily} and {@code monthly} write the meter's daily reads and billing periods as their documented CSV, the
 * same through both flows.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliDailyMonthlyTest {

    private static final LocalDate FROM = SimulatedSmt.YESTERDAY.minusDays(44);

    @Test
    void dailyGivesOneRowPerDayWithTheMetersConsumptionAndRegisters(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("daily", smt.household(), "--from", FROM.toString()));

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertEquals("esiid,day,start_reading,end_reading,kwh", lines.get(0));
            assertEquals(1 + 45, lines.size());
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",", -1);
                LocalDate day = FROM.plusDays(i - 1L);
                assertEquals(smt.household(), f[0]);
                assertEquals(day.toString(), f[1]);
                assertEquals(0,
                        smt.sim.truth().dailyStartRegisterKwh(smt.household(), day).compareTo(new BigDecimal(f[2])),
                        lines.get(i));
                assertEquals(0, smt.sim.truth().consumptionKwh(smt.household(), day).compareTo(new BigDecimal(f[4])),
                        lines.get(i));
            }
            assertTrue(run.err().contains("] 2/2 done"), "45 days come in two chunks: " + run.err());
        }
    }

    @Test
    void dailyIsTheSameThroughTheOfficialApi(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun portal = smt.run(smt.portal("daily", smt.solar(), "--from", FROM.toString()));
            CliRun official = smt.run(smt.official("daily", smt.solar(), "--from", FROM.toString()));

            assertEquals(0, official.exitCode(), official.toString());
            assertEquals(portal.out(), official.out());
        }
    }

    @Test
    void monthlyGivesEachBillingPeriodOnceInOrder(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            LocalDate from = SimulatedSmt.TODAY.minusDays(200);
            CliRun run = smt.run(smt.portal("monthly", smt.household(), "--from", from.toString(), "--to",
                    SimulatedSmt.TODAY.toString()));

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertEquals("esiid,start,end,kwh", lines.get(0));
            assertTrue(lines.size() >= 1 + 6, run.out());
            LocalDate previousEnd = null;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                assertEquals(smt.household(), f[0]);
                LocalDate start = LocalDate.parse(f[1]);
                LocalDate end = LocalDate.parse(f[2]);
                assertTrue(end.isAfter(start), line);
                if (previousEnd != null) {
                    assertEquals(previousEnd.plusDays(1), start, "periods follow each other once: " + line);
                }
                previousEnd = end;
                assertTrue(new BigDecimal(f[3]).signum() > 0, line);
            }

            CliRun official = smt.run(smt.official("monthly", smt.household(), "--from", from.toString(), "--to",
                    SimulatedSmt.TODAY.toString()));
            assertEquals(run.out(), official.out());
        }
    }
}
