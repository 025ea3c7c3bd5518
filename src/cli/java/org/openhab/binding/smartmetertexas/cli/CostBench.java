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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerParser;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.pricing.Bill;
import org.openhab.binding.smartmetertexas.internal.pricing.CostBook;
import org.openhab.binding.smartmetertexas.internal.pricing.Plan;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;

/**
 * Measures pricing: {@link ParseBench}'s 730 days (70,080 intervals, two of each DST change, 24 calendar months)
 * priced under ten plans of every shape the plan file allows, the way {@code compare} prices them.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class CostBench {

    private static final String DELIVERY = "\"delivery\": {\"perCycle\": 4.39, \"perKwh\": 0.053509}";
    private static final List<String> PLANS = List.of( //
            "{\"name\": \"flat\", \"energy\": [{\"rate\": 0.149}], " + DELIVERY + "}",
            "{\"name\": \"free nights\", \"baseCharge\": 9.95, \"energy\": [{\"rate\": 0, \"from\": \"21:00\", "
                    + "\"to\": \"06:00\"}, {\"rate\": 0.219}], " + DELIVERY + "}",
            "{\"name\": \"free weekends\", \"energy\": [{\"rate\": 0, \"days\": [\"SAT\", \"SUN\"]}, "
                    + "{\"rate\": 0.199}], " + DELIVERY + "}",
            "{\"name\": \"summer peak\", \"energy\": [{\"rate\": 0.35, \"months\": [6, 7, 8, 9], \"days\": [\"MON\", "
                    + "\"TUE\", \"WED\", \"THU\", \"FRI\"], \"from\": \"14:00\", \"to\": \"19:00\"}, "
                    + "{\"rate\": 0.12}], " + DELIVERY + "}",
            "{\"name\": \"tiered\", \"energy\": [{\"blocks\": [{\"uptoKwh\": 500, \"rate\": 0.10}, {\"uptoKwh\": 1000, "
                    + "\"rate\": 0.13}, {\"rate\": 0.16}]}], " + DELIVERY + "}",
            "{\"name\": \"bill credit\", \"energy\": [{\"rate\": 0.165}], " + DELIVERY
                    + ", \"credits\": [{\"minKwh\": 1000, \"maxKwh\": 2000, \"amount\": -100}]}",
            "{\"name\": \"minimum usage\", \"energy\": [{\"rate\": 0.139}], " + DELIVERY
                    + ", \"credits\": [{\"maxKwh\": 999.999, \"amount\": 9.95}]}",
            "{\"name\": \"dated delivery\", \"energy\": [{\"rate\": 0.149}], \"delivery\": ["
                    + "{\"from\": \"2024-09-01\", \"perCycle\": 4.20, \"perKwh\": 0.0510},"
                    + "{\"from\": \"2025-03-01\", \"perCycle\": 4.30, \"perKwh\": 0.0520},"
                    + "{\"from\": \"2025-09-01\", \"perCycle\": 4.39, \"perKwh\": 0.053509},"
                    + "{\"from\": \"2026-03-01\", \"perCycle\": 4.45, \"perKwh\": 0.0545}]}",
            "{\"name\": \"solar\", \"energy\": [{\"rate\": 0.149}], " + DELIVERY
                    + ", \"buyback\": {\"perKwh\": 0.05, \"capAtEnergyCharges\": true}, \"percentFees\": 0.1667}",
            "{\"name\": \"everything\", \"baseCharge\": 4.95, \"energy\": [{\"rate\": 0, \"from\": \"22:00\", "
                    + "\"to\": \"05:00\"}, {\"blocks\": [{\"uptoKwh\": 1000, \"rate\": 0.14}, {\"rate\": 0.17}], "
                    + "\"days\": [\"SAT\", \"SUN\"]}, {\"rate\": 0.155}], " + DELIVERY
                    + ", \"credits\": [{\"minKwh\": 1200, \"amount\": -50}], \"percentFees\": 1.997}");

    private CostBench() {
    }

    static List<Plan> plans() throws Exception {
        List<Plan> plans = new ArrayList<>();
        for (String json : PLANS) {
            plans.add(Plan.parse(json));
        }
        return plans;
    }

    /** The median time of pricing the 730 days under the ten plans, after {@code warmups} unmeasured runs. */
    static double medianMillis(int warmups, int runs) throws Exception {
        List<IntervalReading> readings = AnswerParser.energyData(BoundedJson.parse(ParseBench.energyDataJson()))
                .readings();
        LocalDate first = SmtTime.dayOf(readings.get(0).start());
        List<DateRange> cycles = CostBook.calendarMonths(new DateRange(first, first.plusDays(729)));
        CostCommand.Usage usage = new CostCommand.Usage(readings, cycles, List.of(), false);
        List<Plan> plans = plans();
        long[] nanos = new long[runs];
        for (int i = -warmups; i < runs; i++) {
            long start = System.nanoTime();
            int bills = 0;
            List<List<IntervalReading>> slices = CostCommand.slices(usage);
            for (Plan plan : plans) {
                List<Bill> priced = CostCommand.bills(plan, cycles, slices);
                bills += priced.size();
            }
            if (bills != 10 * 24) {
                throw new IllegalStateException("expected 240 bills, got " + bills);
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos[runs / 2] / 1e6;
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(java.util.Locale.ROOT, "{\"cost730Days10PlansMillis\":%.1f}%n", medianMillis(3, 7));
    }
}
