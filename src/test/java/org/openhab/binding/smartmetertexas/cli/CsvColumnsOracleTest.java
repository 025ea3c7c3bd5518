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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.simulator.GroundTruth;

/**
 * Every column of the {@code intervals}, {@code daily} and {@code monthly} CSV against the simulator's ground truth,
 * row by row, through both flows: the expected rows come from the simulator's meters, never from the command line's
 * own classes, and the output must hold exactly them, in time order.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CsvColumnsOracleTest {

    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
    /** Three weeks around the spring-forward day (a 92-interval day). */
    private static final LocalDate FROM = LocalDate.of(2025, 3, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 21);

    @ParameterizedTest(name = "{0} flow")
    @ValueSource(strings = { "portal", "official" })
    void intervalsHaveEveryColumnOfEveryInterval(String flow, @TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            GroundTruth truth = smt.sim.truth();
            for (String esiid : List.of(smt.household(), smt.solar())) {
                CliRun run = smt
                        .run(smt.args(flow, "intervals", esiid, "--from", FROM.toString(), "--to", TO.toString()));

                assertEquals(0, run.exitCode(), run.toString());
                List<String> expected = new ArrayList<>();
                expected.add("esiid,start,end,kwh,kind,quality");
                int estimated = 0;
                for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
                    for (GroundTruth.Interval i : truth.intervals(esiid, day)) {
                        String times = esiid + ',' + central(i.start()) + ',' + central(i.end()) + ',';
                        expected.add(times + i.consumptionKwh().toPlainString() + ",consumption,"
                                + quality(i.consumptionEstimated()));
                        if (truth.hasGeneration(esiid)) {
                            expected.add(times + i.generationKwh().toPlainString() + ",generation,"
                                    + quality(i.generationEstimated()));
                        }
                        estimated += i.consumptionEstimated() ? 1 : 0;
                    }
                }
                assertTrue(estimated > 0, "the range has estimated intervals for " + esiid);
                // in time order, consumption before generation
                assertEquals(expected, run.outLines(), esiid);
            }
        }
    }

    @ParameterizedTest(name = "{0} flow")
    @ValueSource(strings = { "portal", "official" })
    void dailyHasEveryColumnOfEveryDay(String flow, @TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            GroundTruth truth = smt.sim.truth();
            for (String esiid : List.of(smt.household(), smt.solar())) {
                CliRun run = smt.run(smt.args(flow, "daily", esiid, "--from", FROM.toString(), "--to", TO.toString()));

                assertEquals(0, run.exitCode(), run.toString());
                List<String> expected = new ArrayList<>();
                expected.add("esiid,day,start_reading,end_reading,kwh");
                for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
                    expected.add(esiid + ',' + day + ',' + truth.dailyStartRegisterKwh(esiid, day).toPlainString() + ','
                            + truth.dailyEndRegisterKwh(esiid, day).toPlainString() + ','
                            + truth.consumptionKwh(esiid, day).toPlainString());
                }
                assertEquals(expected, run.outLines(), esiid);
            }
        }
    }

    @ParameterizedTest(name = "{0} flow")
    @ValueSource(strings = { "portal", "official" })
    void monthlyHasEveryColumnOfEveryPublishedBillingPeriod(String flow, @TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            GroundTruth truth = smt.sim.truth();
            LocalDate from = SimulatedSmt.TODAY.minusDays(400);
            for (String esiid : List.of(smt.household(), smt.solar())) {
                CliRun run = smt.run(smt.args(flow, "monthly", esiid, "--from", from.toString(), "--to",
                        SimulatedSmt.TODAY.toString()));

                assertEquals(0, run.exitCode(), run.toString());
                List<String> expected = new ArrayList<>();
                expected.add("esiid,start,end,kwh");
                for (GroundTruth.BillingPeriod period : truth.billingPeriods(esiid, from, SimulatedSmt.TODAY)) {
                    if (truth.published(period.end(), smt.clock.instant())) {
                        expected.add(esiid + ',' + period.start() + ',' + period.end() + ','
                                + period.actualKwh().toPlainString());
                    }
                }
                assertTrue(expected.size() >= 1 + 12, "a year of billing periods: " + expected);
                assertEquals(expected, run.outLines(), esiid);
            }
        }
    }

    /** An instant as the documented ISO time with the Central offset of that instant. */
    private static String central(Instant instant) {
        return instant.atZone(CENTRAL).toOffsetDateTime().toString();
    }

    private static String quality(boolean estimated) {
        return estimated ? "estimated" : "actual";
    }
}
