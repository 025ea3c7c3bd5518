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

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportReader;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportResult;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportedSeries;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.HistoryPacing;
import org.openhab.binding.smartmetertexas.internal.pricing.Bill;
import org.openhab.binding.smartmetertexas.internal.pricing.CostBook;
import org.openhab.binding.smartmetertexas.internal.pricing.Plan;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * {@code cost} and {@code compare}: a meter's 15-minute data (from SMT, or any file {@code convert} reads) priced
 * under plan files, cycle by cycle ({@link Plan#bill}). With an ESIID the cycles are SMT's billing periods; with a
 * file,
 * calendar months in Central time. Only full cycles count: wholly in the range, with data on every day.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class CostCommand implements Command {

    static final String COST_HEADER = "plan,cycle_start,cycle_end,kwh,surplus_kwh,energy,base,delivery,credits,buyback,"
            + "fees,total";
    static final String COMPARE_HEADER = "rank,plan,cycles,kwh,total,average_price";
    /** Without --from, an ESIID is priced over the last year. */
    static final int DEFAULT_DAYS = 365;

    private final boolean compare;

    CostCommand(boolean compare) {
        this.compare = compare;
    }

    /** The data to price: readings in time order, the full cycles, and what was left out. */
    record Usage(List<IntervalReading> readings, List<DateRange> cycles, List<String> notes, boolean rejected) {
    }

    @Override
    public String name() {
        return compare ? "compare" : "cost";
    }

    @Override
    public String summary() {
        return compare ? "ranks electricity plans by what the meter's own data would have cost under each"
                : "the bill of each billing cycle under an electricity plan, as CSV";
    }

    @Override
    public String synopsis() {
        return (compare ? "(ESIID | --usage FILE) --plans FILE... " : "(ESIID | --usage FILE) --plan FILE ")
                + "[--from DATE --to DATE] [--out FILE]";
    }

    @Override
    public String description() {
        String what = compare ? """
                Prices the meter's 15-minute data under each plan file and ranks the plans by their total over all
                full billing cycles in the range, cheapest first, as CSV:
                  %s
                average_price is $/kWh (total / kWh). stderr gets a summary: each cycle's bill under each plan,
                and the cycles where a plan's credit was missed or a fee was charged.""".formatted(COMPARE_HEADER)
                : """
                        Prices the meter's 15-minute data under a plan file, one CSV row per full billing cycle:
                          %s
                        Cycle dates are Central days, both included; amounts are US dollars, each line rounded
                        half-up to the cent; kwh is consumption from the grid, surplus_kwh what went to it."""
                        .formatted(COST_HEADER);
        return what + "\n" + """

                The data: ESIID fetches the meter's billing periods and 15-minute data from SMT (the cycles are
                SMT's billing periods); --usage FILE reads any file 'convert' reads (the cycles are calendar
                months in Central time). A cycle counts when it lies wholly in the range and every day has data.
                --from and --to (Central days, --to included) default to the file's first and last day, or for an
                ESIID to the %d days up to yesterday. The plan file format: doc/pricing.md (examples in
                doc/plans).""".formatted(DEFAULT_DAYS);
    }

    @Override
    public Set<String> options() {
        return ReadCommand.union(SmtConnection.OPTIONS,
                Set.of(compare ? "--plans" : "--plan", "--usage", "--from", "--to", "--out"));
    }

    @Override
    public int run(Arguments args, Environment env)
            throws UsageException, SmtException, IOException, InterruptedException {
        String usageFile = args.option("--usage");
        String firstPlan = args.option(compare ? "--plans" : "--plan");
        if (firstPlan == null) {
            throw new UsageException(
                    compare ? "'compare' needs --plans FILE... (one or more plan files)" : "'cost' needs --plan FILE");
        }
        List<String> planFiles = new ArrayList<>(List.of(firstPlan));
        String esiidText = null;
        for (String value : args.positional()) {
            if (usageFile == null && esiidText == null && value.matches("\\d+")) {
                esiidText = value;
            } else if (compare) {
                planFiles.add(value);
            } else {
                throw new UsageException("'cost' does not know what to do with '" + value + "'");
            }
        }
        if ((usageFile == null) == (esiidText == null)) {
            throw new UsageException("'" + name() + "' needs either an ESIID or --usage FILE");
        }
        List<Plan> plans = new ArrayList<>();
        for (String file : planFiles) {
            plans.add(plan(env.resolve(file)));
        }
        LocalDate from = args.date("--from", null);
        LocalDate to = args.date("--to", null);
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to (" + to + ") is before --from (" + from + ")");
        }
        Usage usage;
        if (usageFile != null) {
            usage = fromFile(env.resolve(usageFile), from, to, env);
        } else {
            Usage fetched = fromSmt(Arguments.esiid(esiidText == null ? "" : esiidText), from, to, args, env);
            if (fetched == null) {
                return ExitCode.SMT_UNAVAILABLE;
            }
            usage = fetched;
        }
        for (String note : usage.notes()) {
            env.err().println("smt: " + note);
        }
        if (usage.cycles().isEmpty()) {
            env.err().println("smt: not possible: no full billing cycle in the range to price");
            return usageFile == null ? ExitCode.SMT_UNAVAILABLE : ExitCode.USAGE;
        }
        List<List<IntervalReading>> slices = slices(usage);
        List<List<Bill>> bills = new ArrayList<>();
        for (Plan plan : plans) {
            bills.add(bills(plan, usage.cycles(), slices));
        }
        String outOption = args.option("--out");
        Path out = outOption == null ? null : env.resolve(outOption);
        if (compare) {
            List<Total> totals = new ArrayList<>();
            for (List<Bill> planBills : bills) {
                totals.add(Total.of(planBills));
            }
            totals.sort(Comparator.comparing(Total::total).thenComparing(Total::plan));
            CsvOutput.write(env, out, COMPARE_HEADER, w -> {
                for (int i = 0; i < totals.size(); i++) {
                    w.write(totals.get(i).csv(i + 1));
                    w.write('\n');
                }
            });
            env.err().print(summary(plans, bills));
        } else {
            CsvOutput.write(env, out, COST_HEADER, w -> writeBills(w, bills.get(0)));
        }
        return usage.rejected() ? ExitCode.INPUT_REJECTED : ExitCode.OK;
    }

    /** Reads a plan file; a bad plan is a configuration failure naming the file and the field. */
    static Plan plan(Path file) throws UsageException, SmtException {
        try {
            return Plan.read(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such plan file: " + file);
        } catch (IOException e) {
            throw new UsageException("cannot read the plan file " + file + ": " + e.getMessage());
        } catch (MalformedAnswerException e) {
            throw new SmtException(Failure.PLAN_ERROR, "plan file " + file.getFileName() + ": " + e.getMessage());
        }
    }

    /** Each cycle's readings: the usage's readings are in time order, so each cycle gets a slice. */
    static List<List<IntervalReading>> slices(Usage usage) {
        List<List<IntervalReading>> slices = new ArrayList<>();
        List<IntervalReading> readings = usage.readings();
        int from = 0;
        for (DateRange cycle : usage.cycles()) {
            Instant first = SmtTime.startOfDay(cycle.from());
            Instant end = SmtTime.startOfDay(cycle.to().plusDays(1));
            while (from < readings.size() && readings.get(from).start().isBefore(first)) {
                from++;
            }
            int to = from;
            while (to < readings.size() && readings.get(to).start().isBefore(end)) {
                to++;
            }
            slices.add(readings.subList(from, to));
            from = to;
        }
        return slices;
    }

    /** The bills of every cycle under one plan. */
    static List<Bill> bills(Plan plan, List<DateRange> cycles, List<List<IntervalReading>> slices) {
        List<Bill> bills = new ArrayList<>();
        for (int i = 0; i < cycles.size(); i++) {
            bills.add(plan.bill(cycles.get(i), slices.get(i)));
        }
        return bills;
    }

    private Usage fromFile(Path file, @Nullable LocalDate from, @Nullable LocalDate to, Environment env)
            throws UsageException, IOException {
        ImportResult result;
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            result = ImportReader.read(reader);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (MalformedAnswerException e) {
            throw new UsageException("--usage " + file.getFileName() + " cannot be read: " + e.getMessage());
        }
        Set<Esiid> meters = new HashSet<>();
        List<IntervalReading> readings = new ArrayList<>();
        for (ImportedSeries series : result.series()) {
            Esiid esiid = series.esiid();
            if (esiid != null) {
                meters.add(esiid);
            }
            readings.addAll(series.readings());
        }
        if (meters.size() > 1) {
            throw new UsageException(
                    "--usage " + file.getFileName() + " holds " + meters.size() + " meters; give a file of one meter");
        }
        List<String> notes = new ArrayList<>();
        for (RejectedPart part : result.rejected()) {
            notes.add("rejected " + part.where() + ": " + part.reason());
        }
        readings.sort(Comparator.comparing(IntervalReading::start).thenComparing(IntervalReading::kind));
        if (readings.isEmpty()) {
            throw new UsageException("--usage " + file.getFileName() + " holds no 15-minute data");
        }
        LocalDate first = from != null ? from : SmtTime.dayOf(readings.get(0).start());
        LocalDate last = to != null ? to : SmtTime.dayOf(readings.get(readings.size() - 1).start());
        if (last.isBefore(first)) {
            throw new UsageException("the range " + first + " to " + last + " is empty");
        }
        DateRange range = new DateRange(first, last);
        List<DateRange> cycles = full(range, CostBook.calendarMonths(range), readings, notes);
        notes.add(0, "cycles: calendar months in Central time, " + first + " to " + last);
        return new Usage(readings, cycles, notes, !result.rejected().isEmpty());
    }

    private @Nullable Usage fromSmt(Esiid esiid, @Nullable LocalDate from, @Nullable LocalDate to, Arguments args,
            Environment env) throws UsageException, SmtException, InterruptedException {
        LocalDate today = SmtTime.dayOf(env.clock().instant());
        LocalDate last = to != null ? to : today.minusDays(1);
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1L);
        if (!last.isBefore(today)) {
            throw new UsageException("--to (" + last + ") is not in the past; SMT has data up to yesterday");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > HistoryCommand.MAX_DAYS) {
            throw new UsageException("ask for at most " + HistoryCommand.MAX_DAYS + " days; SMT keeps about two years");
        }
        try (SmtConnection connection = SmtConnection.open(args, env)) {
            HistoryFetch fetch = new HistoryFetch(connection.client(), env.clock(),
                    new HistoryPacing(connection.policy(), env.sleeper()), new Progress(env.err(), env.terminal()));
            HistoryFetch.Result<MonthlyUsage> periods = fetch.monthly(esiid, first, last);
            if (failed(periods, env)) {
                return null;
            }
            List<String> notes = new ArrayList<>();
            notes.add("cycles: SMT's billing periods of " + esiid + ", " + first + " to " + last);
            DateRange range = new DateRange(first, last);
            List<DateRange> inRange = full(range, CostBook.cycles(periods.rows()), List.of(), notes);
            if (inRange.isEmpty()) {
                return new Usage(List.of(), List.of(), notes, false);
            }
            HistoryFetch.Result<IntervalReading> intervals = fetch.intervals(esiid, inRange.get(0).from(),
                    inRange.get(inRange.size() - 1).to());
            if (failed(intervals, env)) {
                return null;
            }
            for (RejectedPart part : intervals.rejected()) {
                notes.add("rejected " + part.where() + ": " + part.reason());
            }
            List<IntervalReading> readings = intervals.rows();
            return new Usage(readings, full(range, inRange, readings, notes), notes, !intervals.rejected().isEmpty());
        }
    }

    private static boolean failed(HistoryFetch.Result<?> result, Environment env) {
        SmtException failure = result.failure();
        if (failure != null) {
            Failures.report(failure, env.err());
            return true;
        }
        return false;
    }

    /**
     * The cycles wholly in the range with consumption data on every day (without readings: the data are not checked);
     * the others are noted.
     */
    private static List<DateRange> full(DateRange range, List<DateRange> cycles, List<IntervalReading> readings,
            List<String> notes) {
        Set<LocalDate> days = new HashSet<>();
        for (IntervalReading reading : readings) {
            if (reading.kind() == IntervalKind.CONSUMPTION) {
                days.add(SmtTime.dayOf(reading.start()));
            }
        }
        List<DateRange> full = new ArrayList<>();
        for (DateRange cycle : cycles) {
            if (!range.contains(cycle.from()) || !range.contains(cycle.to())) {
                if (range.contains(cycle.from()) || range.contains(cycle.to())) {
                    notes.add("left out " + cycle.from() + " to " + cycle.to() + ": only partly in the range");
                }
                continue;
            }
            if (readings.isEmpty()) {
                full.add(cycle);
                continue;
            }
            long missing = cycle.from().datesUntil(cycle.to().plusDays(1)).filter(d -> !days.contains(d)).count();
            if (missing == 0) {
                full.add(cycle);
            } else {
                notes.add("left out " + cycle.from() + " to " + cycle.to() + ": no 15-minute data for " + missing
                        + " of its " + cycle.days() + " days");
            }
        }
        return full;
    }

    private static void writeBills(Writer out, List<Bill> bills) throws IOException {
        for (Bill b : bills) {
            out.write(String.join(",", csvText(b.plan()), b.cycle().from().toString(), b.cycle().to().toString(),
                    kwh(b.kwh()), kwh(b.surplusKwh()), money(b.energy()), money(b.base()), money(b.delivery()),
                    money(b.credits()), money(b.buyback()), money(b.fees()), money(b.total())));
            out.write('\n');
        }
    }

    /** One plan's sum over the cycles. */
    record Total(String plan, int cycles, BigDecimal kwh, BigDecimal total) {

        static Total of(List<Bill> bills) {
            BigDecimal kwh = BigDecimal.ZERO;
            BigDecimal total = BigDecimal.ZERO;
            for (Bill bill : bills) {
                kwh = kwh.add(bill.kwh());
                total = total.add(bill.total());
            }
            return new Total(bills.isEmpty() ? "" : bills.get(0).plan(), bills.size(), kwh, total);
        }

        BigDecimal averagePrice() {
            return kwh.signum() == 0 ? BigDecimal.ZERO : total.divide(kwh, 4, RoundingMode.HALF_UP);
        }

        String csv(int rank) {
            return rank + "," + csvText(plan) + "," + cycles + "," + CostCommand.kwh(kwh) + "," + money(total) + ","
                    + averagePrice().toPlainString();
        }
    }

    /**
     * What a person reads on stderr: each cycle's bill under each plan, the totals, and the cycles where a plan's
     * credit was missed (none of its credits applied) or a fee was charged.
     */
    static String summary(List<Plan> plans, List<List<Bill>> bills) {
        StringBuilder out = new StringBuilder();
        List<Bill> first = bills.get(0);
        DateRange span = new DateRange(first.get(0).cycle().from(), first.get(first.size() - 1).cycle().to());
        out.append(String.format(Locale.ROOT, "%nPlans compared over %d billing cycles, %s to %s (US dollars):%n",
                first.size(), span.from(), span.to()));
        int width = 10;
        for (Plan plan : plans) {
            width = Math.max(width, plan.name().length());
        }
        String cell = "  %" + width + "s";
        out.append(String.format(Locale.ROOT, "%-23s %10s", "cycle", "kWh"));
        for (Plan plan : plans) {
            out.append(String.format(Locale.ROOT, cell, plan.name()));
        }
        out.append('\n');
        for (int c = 0; c < first.size(); c++) {
            Bill bill = first.get(c);
            out.append(
                    String.format(Locale.ROOT, "%s to %s %,10.1f", bill.cycle().from(), bill.cycle().to(), bill.kwh()));
            for (List<Bill> planBills : bills) {
                out.append(String.format(Locale.ROOT, cell,
                        String.format(Locale.ROOT, "%,.2f", planBills.get(c).total())));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%-23s %,10.1f", "total", Total.of(first).kwh()));
        for (List<Bill> planBills : bills) {
            out.append(
                    String.format(Locale.ROOT, cell, String.format(Locale.ROOT, "%,.2f", Total.of(planBills).total())));
        }
        out.append('\n');
        List<String> remarks = new ArrayList<>();
        for (int p = 0; p < plans.size(); p++) {
            Plan plan = plans.get(p);
            List<Plan.Band> credits = plan.credits().stream().filter(b -> b.value().signum() < 0).toList();
            for (Bill bill : bills.get(p)) {
                String cycle = bill.cycle().from() + " to " + bill.cycle().to();
                if (!credits.isEmpty() && credits.stream().noneMatch(b -> b.contains(bill.kwh()))) {
                    remarks.add(String.format(Locale.ROOT, "  %s: credit missed in %s: %,.1f kWh; it takes %s",
                            plan.name(), cycle, bill.kwh(), ranges(credits)));
                }
                BigDecimal fee = plan.credits().stream().filter(b -> b.value().signum() > 0 && b.contains(bill.kwh()))
                        .map(Plan.Band::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (fee.signum() > 0) {
                    remarks.add(String.format(Locale.ROOT, "  %s: fee of $%s charged in %s: %,.1f kWh", plan.name(),
                            money(fee), cycle, bill.kwh()));
                }
            }
        }
        out.append(remarks.isEmpty() ? "No credit was missed and no fee charged.\n"
                : "Credits missed and fees charged:\n" + String.join("\n", remarks) + "\n");
        return out.toString();
    }

    private static String ranges(List<Plan.Band> credits) {
        List<String> ranges = new ArrayList<>();
        for (Plan.Band credit : credits) {
            BigDecimal min = credit.min();
            BigDecimal max = credit.max();
            String range = min == null ? "at most " + plain(max) + " kWh"
                    : max == null ? "at least " + plain(min) + " kWh" : plain(min) + " to " + plain(max) + " kWh";
            ranges.add(range + " for its $" + money(credit.value().negate()));
        }
        return String.join(" or ", ranges);
    }

    private static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String kwh(BigDecimal kwh) {
        return kwh.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /** A CSV field: quoted when it holds a comma, quote or line break. */
    static String csvText(String text) {
        return text.matches("[^,\"\r\n]*") ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
