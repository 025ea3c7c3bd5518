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
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cost} and {@code compare} price the meter's own data, fetched from the simulator or read from a file, under
 * the example plans of doc/plans: one row per full billing cycle that a person can recompute by hand, the plans
 * ranked by their total, and mistakes in a plan named by their field.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliCostTest {

    private static final Path PLANS = Path.of("doc/plans").toAbsolutePath();
    private static final String FLAT = PLANS.resolve("flat.json").toString();
    private static final String FREE_NIGHTS = PLANS.resolve("free-nights.json").toString();
    private static final String BILL_CREDIT = PLANS.resolve("bill-credit.json").toString();
    private static final LocalDate FROM = SimulatedSmt.TODAY.minusDays(100);

    private static BigDecimal truthKwh(SimulatedSmt smt, String esiid, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            sum = sum.add(smt.sim.truth().consumptionKwh(esiid, day));
        }
        return sum;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void costGivesEachFullBillingPeriodWithLinesThatAddUpByHand(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("cost", smt.household(), "--plan", FLAT, "--from", FROM.toString()));

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertEquals("plan,cycle_start,cycle_end,kwh,surplus_kwh,energy,base,delivery,credits,buyback,fees,total",
                    lines.get(0));
            assertTrue(lines.size() >= 1 + 2, run.out());
            LocalDate previousEnd = null;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                assertEquals("Example Flat 14.9", f[0]);
                LocalDate start = LocalDate.parse(f[1]);
                LocalDate end = LocalDate.parse(f[2]);
                assertFalse(start.isBefore(FROM), line);
                assertTrue(end.isBefore(SimulatedSmt.TODAY), line);
                if (previousEnd != null) {
                    assertEquals(previousEnd.plusDays(1), start, "SMT's periods, one after the other: " + line);
                }
                previousEnd = end;
                BigDecimal kwh = new BigDecimal(f[3]);
                assertEquals(0, truthKwh(smt, smt.household(), start, end).compareTo(kwh), line);
                // by hand: 14.9¢/kWh, no base charge, CenterPoint delivery $4.39 + 5.3509¢/kWh
                assertEquals(cents(kwh.multiply(new BigDecimal("0.149"))), new BigDecimal(f[5]), line);
                assertEquals(new BigDecimal("0.00"), new BigDecimal(f[6]), line);
                assertEquals(cents(new BigDecimal("4.39").add(kwh.multiply(new BigDecimal("0.053509")))),
                        new BigDecimal(f[7]), line);
                assertEquals(new BigDecimal(f[5]).add(new BigDecimal(f[7])), new BigDecimal(f[11]), line);
            }
            assertTrue(run.err().contains("cycles: SMT's billing periods of " + smt.household()), run.err());
        }
    }

    @Test
    void compareRanksThePlansByTheirTotalAndSaysWhereACreditWasMissed(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("compare", smt.solar(), "--plans", FLAT, FREE_NIGHTS, BILL_CREDIT, "--from",
                    FROM.toString()));

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertEquals("rank,plan,cycles,kwh,total,average_price", lines.get(0));
            assertEquals(4, lines.size(), run.out());
            BigDecimal previous = null;
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",");
                assertEquals(String.valueOf(i), f[0]);
                BigDecimal total = new BigDecimal(f[4]);
                if (previous != null) {
                    assertTrue(total.compareTo(previous) >= 0, "cheapest first: " + run.out());
                }
                previous = total;
                assertEquals(total.divide(new BigDecimal(f[3]), 4, RoundingMode.HALF_UP), new BigDecimal(f[5]));
                assertEquals(4, f[5].length() - f[5].indexOf('.') - 1, "4 decimals: " + f[5]);
            }
            assertEquals(1, lines.stream().filter(l -> l.contains(",Example Flat 14.9,")).count());
            assertTrue(run.err().contains("Plans compared over "), run.err());
            assertTrue(run.err().contains("Example Free Nights"), run.err());
            assertTrue(run.err().contains("Example Bill Credit: credit missed in "), run.err());
        }
    }

    @Test
    void aUsageFileIsPricedByCalendarMonthIncludingTheSpringForwardDay(@TempDir Path dir) throws Exception {
        LocalDate march = LocalDate.of(2025, 3, 1);
        LocalDate may = LocalDate.of(2025, 5, 31);
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun fetched = smt.run(smt.portal("intervals", smt.solar(), "--from", march.minusDays(3).toString(),
                    "--to", may.plusDays(2).toString(), "--out", "usage.csv"));
            assertEquals(0, fetched.exitCode(), fetched.toString());

            CliRun run = CliRun.run(b -> b.currentDirectory(dir), "cost", "--usage", "usage.csv", "--plan",
                    FREE_NIGHTS);

            assertEquals(0, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            assertEquals(List.of("2025-03-01,2025-03-31", "2025-04-01,2025-04-30", "2025-05-01,2025-05-31"),
                    lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1] + "," + l.split(",")[2]).toList());
            String[] marchRow = lines.get(1).split(",");
            assertEquals(0,
                    truthKwh(smt, smt.solar(), march, march.plusDays(30)).compareTo(new BigDecimal(marchRow[3])));
            assertTrue(new BigDecimal(marchRow[4]).signum() > 0, "surplus: " + lines.get(1));
            assertTrue(new BigDecimal(marchRow[9]).signum() < 0, "buyback: " + lines.get(1));
            assertEquals(new BigDecimal("9.95"), new BigDecimal(marchRow[6]));
            assertTrue(run.err().contains("cycles: calendar months in Central time"), run.err());
            assertTrue(run.err().contains("left out 2025-06-01 to 2025-06-30"), "June is partial: " + run.err());
        }
    }

    @Test
    void aMistakeInAPlanIsNamedByFileAndFieldWithExitCode2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.json"),
                "{\"name\": \"Bad\", \"energy\": [{\"rate\": \"12 cents\"}], \"delivery\": {\"perCycle\": 0, "
                        + "\"perKwh\": 0}}",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("usage.csv"), "esiid,start,end,kwh,kind,quality\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.run(b -> b.currentDirectory(dir), "compare", "--usage", "usage.csv", "--plans", FLAT,
                "bad.json");

        assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("plan file bad.json: energy[0].rate: expected a number, got \"12 cents\""),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void theDataComesFromEitherAnEsiidOrAFile(@TempDir Path dir) {
        CliRun neither = CliRun.run(b -> b.currentDirectory(dir), "cost", "--plan", FLAT);
        CliRun noPlan = CliRun.run(b -> b.currentDirectory(dir), "compare", "--usage", "usage.csv");

        assertEquals(ExitCode.USAGE, neither.exitCode());
        assertTrue(neither.err().contains("needs either an ESIID or --usage FILE"), neither.err());
        assertEquals(ExitCode.USAGE, noPlan.exitCode());
        assertTrue(noPlan.err().contains("--plans FILE..."), noPlan.err());
    }
}
