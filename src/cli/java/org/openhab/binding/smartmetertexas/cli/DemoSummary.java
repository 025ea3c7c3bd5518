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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.cli.DemoCommand.FlowResult;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.pricing.Bill;
import org.openhab.binding.smartmetertexas.internal.pricing.Plan;

/**
 * The demo's findings: the readable summary it prints and the data of its chart. The household meter is the first
 * meter without surplus generation, the solar meter the first with it (as the data show, not as configured).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class DemoSummary {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);
    private static final int TABLE_DAYS = 7;

    private final FlowResult portal;
    private final FlowResult official;
    private final LocalDate first;
    private final LocalDate last;
    private final Esiid household;
    private final @Nullable Esiid solar;
    private final List<Plan> plans;

    DemoSummary(FlowResult portal, FlowResult official, LocalDate first, LocalDate last, List<Plan> plans) {
        this.plans = plans;
        this.portal = portal;
        this.official = official;
        this.first = first;
        this.last = last;
        Esiid householdMeter = null;
        Esiid solarMeter = null;
        for (MeterInfo meter : portal.meters()) {
            boolean generates = readings(portal, meter.esiid()).stream()
                    .anyMatch(r -> r.kind() == IntervalKind.GENERATION);
            if (generates && solarMeter == null) {
                solarMeter = meter.esiid();
            } else if (!generates && householdMeter == null) {
                householdMeter = meter.esiid();
            }
        }
        this.household = householdMeter != null ? householdMeter : portal.meters().get(0).esiid();
        this.solar = solarMeter;
    }

    static String time(@Nullable Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(SmtTime.CENTRAL));
    }

    private static List<IntervalReading> readings(FlowResult flow, Esiid esiid) {
        List<IntervalReading> list = flow.intervals().get(esiid);
        return list == null ? List.of() : list;
    }

    private static List<DailyRead> dailyReads(FlowResult flow, Esiid esiid) {
        List<DailyRead> list = flow.daily().get(esiid);
        return list == null ? List.of() : list;
    }

    private static List<MonthlyUsage> periods(FlowResult flow, Esiid esiid) {
        List<MonthlyUsage> list = flow.monthly().get(esiid);
        return list == null ? List.of() : list;
    }

    /** kWh per Central day of one kind of 15-minute reading. */
    private static Map<LocalDate, BigDecimal> byDay(List<IntervalReading> readings, IntervalKind kind) {
        Map<LocalDate, BigDecimal> days = new HashMap<>();
        for (IntervalReading r : readings) {
            if (r.kind() == kind) {
                days.merge(SmtTime.dayOf(r.start()), r.kwh(), BigDecimal::add);
            }
        }
        return days;
    }

    private static Map<LocalDate, BigDecimal> dailyKwh(List<DailyRead> reads) {
        Map<LocalDate, BigDecimal> days = new HashMap<>();
        reads.forEach(read -> days.put(read.day(), read.kwh()));
        return days;
    }

    private static BigDecimal sum(Map<LocalDate, BigDecimal> days) {
        return days.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String kwh(@Nullable BigDecimal value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%,.1f", value);
    }

    private String role(Esiid esiid) {
        if (esiid.equals(solar)) {
            return "solar";
        }
        return esiid.equals(household) ? "household" : "";
    }

    /** The summary printed at the end of the demo. */
    String text(PolicyAudit portalAudit, PolicyAudit officialAudit, Path dir, Duration simulated, Duration real) {
        StringBuilder out = new StringBuilder(4096);
        out.append("Smart Meter Texas demo: the command line against the built-in SMT simulator\n\n");

        out.append("Meters (portal meter list):\n");
        int width = portal.meters().stream().mapToInt(m -> m.esiid().value().length()).max().orElse(17);
        for (MeterInfo meter : portal.meters()) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s  meter %-12s %-10s %s%n", meter.esiid(),
                    meter.meterNumber(), role(meter.esiid()), meter.address()));
        }

        out.append("\nLatest on-demand reads (fresh results only):\n");
        for (FlowResult flow : List.of(portal, official)) {
            MeterRead read = flow.read();
            out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s kWh  read %s  %s (%s)%n", flow.readMeter(),
                    read.registerKwh() == null ? "-" : String.format(Locale.ROOT, "%,.3f", read.registerKwh()),
                    time(read.readTime()), read.status().label(), name(flow)));
        }

        out.append("\nLast ").append(DemoCommand.HISTORY_DAYS).append(" days, ").append(first).append(" to ")
                .append(last).append(" (Central days):\n");
        for (MeterInfo meter : portal.meters()) {
            Esiid esiid = meter.esiid();
            Map<LocalDate, BigDecimal> consumption = dailyKwh(dailyReads(portal, esiid));
            BigDecimal total = sum(consumption);
            Map<LocalDate, BigDecimal> surplus = byDay(readings(portal, esiid), IntervalKind.GENERATION);
            out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s kWh from the grid", esiid, kwh(total)));
            if (!consumption.isEmpty()) {
                Map.Entry<LocalDate, BigDecimal> peak = consumption.entrySet().stream()
                        .max(Map.Entry.comparingByValue()).orElseThrow();
                out.append(String.format(Locale.ROOT, " (%s kWh a day, highest %s kWh on %s)",
                        kwh(total.divide(BigDecimal.valueOf(consumption.size()), java.math.MathContext.DECIMAL64)),
                        kwh(peak.getValue()), peak.getKey()));
            }
            if (!surplus.isEmpty()) {
                BigDecimal sent = sum(surplus);
                out.append(String.format(Locale.ROOT,
                        "%n  %-" + width + "s  %s kWh solar surplus sent to the grid " + "(net from the grid: %s kWh)",
                        "", kwh(sent), kwh(total.subtract(sent))));
            }
            out.append('\n');
        }

        out.append("\nDaily totals, last ").append(TABLE_DAYS).append(" days (kWh):\n");
        Esiid solarMeter = solar;
        out.append(String.format(Locale.ROOT, "  %-10s  %10s", "day", "household"));
        if (solarMeter != null) {
            out.append(String.format(Locale.ROOT, "  %11s  %13s", "solar: grid", "solar: surplus"));
        }
        out.append('\n');
        Map<LocalDate, BigDecimal> householdDays = dailyKwh(dailyReads(portal, household));
        Map<LocalDate, BigDecimal> solarDays = solarMeter == null ? Map.of() : dailyKwh(dailyReads(portal, solarMeter));
        Map<LocalDate, BigDecimal> surplusDays = solarMeter == null ? Map.of()
                : byDay(readings(portal, solarMeter), IntervalKind.GENERATION);
        for (LocalDate day = last.minusDays(TABLE_DAYS - 1L); !day.isAfter(last); day = day.plusDays(1)) {
            out.append(String.format(Locale.ROOT, "  %-10s  %10s", day, kwh(householdDays.get(day))));
            if (solarMeter != null) {
                out.append(
                        String.format(Locale.ROOT, "  %11s  %14s", kwh(solarDays.get(day)), kwh(surplusDays.get(day))));
            }
            out.append('\n');
        }

        out.append("\nBilling periods (monthly):\n");
        for (MeterInfo meter : portal.meters()) {
            for (MonthlyUsage usage : periods(portal, meter.esiid())) {
                out.append(String.format(Locale.ROOT, "  %-" + width + "s  %s to %s  %8s kWh%n", meter.esiid(),
                        usage.start(), usage.end(), kwh(usage.actualKwh())));
            }
        }

        out.append(plans());

        out.append('\n').append(agreement()).append('\n');

        out.append("\nRequest policy (as the binding keeps it), checked on what the simulator received, in simulated "
                + "time:\n");
        out.append(audit("portal", portalAudit)).append(audit("official API", officialAudit));

        int intervalRows = portal.intervals().values().stream().mapToInt(List::size).sum();
        int dailyRows = portal.daily().values().stream().mapToInt(List::size).sum();
        int monthlyRows = portal.monthly().values().stream().mapToInt(List::size).sum();
        out.append("\nFiles in ").append(dir).append(":\n");
        out.append(String.format(Locale.ROOT, "  %-14s %,d rows (%s)%n", DemoCommand.INTERVALS_FILE, intervalRows,
                CsvRows.INTERVALS_HEADER));
        out.append(String.format(Locale.ROOT, "  %-14s %,d rows (%s)%n", DemoCommand.DAILY_FILE, dailyRows,
                CsvRows.DAILY_HEADER));
        out.append(String.format(Locale.ROOT, "  %-14s %,d rows (%s)%n", DemoCommand.MONTHLY_FILE, monthlyRows,
                CsvRows.MONTHLY_HEADER));
        out.append(String.format(Locale.ROOT,
                "  %-14s heat map of the household meter by day and time of day; daily totals with the solar "
                        + "surplus%n",
                DemoCommand.CHART_FILE));

        out.append(String.format(Locale.ROOT, "%nDone in %.1f s of real time for %s of simulated time.%n",
                real.toMillis() / 1000.0, minutes(simulated)));
        return out.toString();
    }

    /** The example plans priced on each meter's days, as if they were one billing cycle. */
    private String plans() {
        if (plans.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int width = portal.meters().stream().mapToInt(m -> m.esiid().value().length()).max().orElse(17) + 10;
        out.append(String.format(Locale.ROOT, "%nThe example plans of doc/plans on these %d days, priced as one "
                + "billing cycle (US dollars):%n  %-" + width + "s", DemoCommand.HISTORY_DAYS, ""));
        for (Plan plan : plans) {
            out.append(String.format(Locale.ROOT, "  %20s", plan.name()));
        }
        out.append(String.format(Locale.ROOT, "  cheapest%n"));
        DateRange days = new DateRange(first, last);
        for (MeterInfo meter : portal.meters()) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s", meter.esiid() + " " + role(meter.esiid())));
            Bill cheapest = null;
            for (Plan plan : plans) {
                Bill bill = plan.bill(days, readings(portal, meter.esiid()));
                out.append(String.format(Locale.ROOT, "  %20s", String.format(Locale.ROOT, "%,.2f", bill.total())));
                if (cheapest == null || bill.total().compareTo(cheapest.total()) < 0) {
                    cheapest = bill;
                }
            }
            out.append("  ").append(cheapest == null ? "" : cheapest.plan()).append('\n');
        }
        out.append("  Your own plans over whole billing cycles: compare ESIID --plans FILE... (doc/pricing.md)\n");
        return out.toString();
    }

    private static String name(FlowResult flow) {
        return flow.flow() == org.openhab.binding.smartmetertexas.internal.api.Flow.PORTAL ? "portal" : "official API";
    }

    private static String minutes(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 60 ? String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }

    private static String seconds(@Nullable Duration duration) {
        return duration == null ? "-" : String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String audit(String flow, PolicyAudit audit) {
        return String.format(Locale.ROOT,
                "  %-12s  %d requests, at least %s apart, at most %d in any 10 s; history requests at least %s "
                        + "apart; first status check %s after the read request%n",
                flow, audit.requests(), seconds(audit.smallestGap()), audit.mostInTenSeconds(),
                seconds(audit.smallestHistoryGap()), seconds(audit.firstStatusCheck()));
    }

    /** Whether both flows brought the same data, in one sentence. */
    String agreement() {
        int values = 0;
        int days = 0;
        int bills = 0;
        List<String> differences = new ArrayList<>();
        for (MeterInfo meter : portal.meters()) {
            Esiid esiid = meter.esiid();
            List<IntervalReading> a = readings(portal, esiid);
            List<IntervalReading> b = readings(official, esiid);
            values += a.size();
            if (!sameIntervals(a, b)) {
                differences.add("15-minute data of " + esiid);
            }
            List<DailyRead> da = dailyReads(portal, esiid);
            List<DailyRead> db = dailyReads(official, esiid);
            days += da.size();
            if (!sameDaily(da, db)) {
                differences.add("daily reads of " + esiid);
            }
            List<MonthlyUsage> ma = periods(portal, esiid);
            List<MonthlyUsage> mb = periods(official, esiid);
            bills += ma.size();
            if (!sameMonthly(ma, mb)) {
                differences.add("monthly usage of " + esiid);
            }
        }
        if (differences.isEmpty()) {
            return String.format(Locale.ROOT, "Both flows agree: the portal and the official API returned the same "
                    + "%,d 15-minute values, %d daily reads and %d billing periods.", values, days, bills);
        }
        return "The flows differ in: " + String.join(", ", differences) + ".";
    }

    private static boolean sameIntervals(List<IntervalReading> a, List<IntervalReading> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            IntervalReading x = a.get(i);
            IntervalReading y = b.get(i);
            if (!x.start().equals(y.start()) || !x.end().equals(y.end()) || x.kind() != y.kind()
                    || x.quality() != y.quality() || x.kwh().compareTo(y.kwh()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameDaily(List<DailyRead> a, List<DailyRead> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).day().equals(b.get(i).day()) || a.get(i).kwh().compareTo(b.get(i).kwh()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameMonthly(List<MonthlyUsage> a, List<MonthlyUsage> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            MonthlyUsage x = a.get(i);
            MonthlyUsage y = b.get(i);
            if (!x.start().equals(y.start()) || !x.end().equals(y.end())
                    || x.actualKwh().compareTo(y.actualKwh()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The chart: the household's 15-minute heat map and every day's totals. */
    DemoChart.Data chartData() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        Map<LocalDate, double[]> sums = new HashMap<>();
        Map<LocalDate, int[]> counts = new HashMap<>();
        for (IntervalReading r : readings(portal, household)) {
            if (r.kind() != IntervalKind.CONSUMPTION) {
                continue;
            }
            ZonedDateTime start = r.start().atZone(SmtTime.CENTRAL);
            LocalTime wall = start.toLocalTime();
            int slot = wall.getHour() * 4 + wall.getMinute() / 15;
            // the fall-back day's repeated hour shares its wall-clock slots: show their average
            sums.computeIfAbsent(start.toLocalDate(), d -> new double[DemoChart.SLOTS])[slot] += r.kwh().doubleValue();
            counts.computeIfAbsent(start.toLocalDate(), d -> new int[DemoChart.SLOTS])[slot]++;
        }
        List<double[]> heat = new ArrayList<>();
        for (LocalDate day : days) {
            double[] values = new double[DemoChart.SLOTS];
            Arrays.fill(values, Double.NaN);
            double[] s = sums.get(day);
            int[] c = counts.get(day);
            if (s != null && c != null) {
                for (int i = 0; i < values.length; i++) {
                    if (c[i] > 0) {
                        values[i] = s[i] / c[i];
                    }
                }
            }
            heat.add(values);
        }

        Map<LocalDate, BigDecimal> householdDays = dailyKwh(dailyReads(portal, household));
        Esiid solarMeter = solar;
        Map<LocalDate, BigDecimal> solarDays = solarMeter == null ? Map.of() : dailyKwh(dailyReads(portal, solarMeter));
        Map<LocalDate, BigDecimal> surplusDays = solarMeter == null ? Map.of()
                : byDay(readings(portal, solarMeter), IntervalKind.GENERATION);
        List<DemoChart.DayTotals> totals = new ArrayList<>();
        for (LocalDate day : days) {
            totals.add(new DemoChart.DayTotals(day, value(householdDays.get(day)), value(solarDays.get(day)),
                    value(surplusDays.get(day))));
        }
        String title = "Smart Meter Texas demo (built-in simulator), " + first + " to " + last;
        String heatTitle = "Household meter " + household + ": consumption per 15 minutes by day and time of day";
        return new DemoChart.Data(title, heatTitle, days, heat, totals);
    }

    private static double value(@Nullable BigDecimal kwh) {
        return kwh == null ? 0 : kwh.doubleValue();
    }
}
