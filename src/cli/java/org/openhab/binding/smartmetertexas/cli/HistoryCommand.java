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
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.fileimport.IntervalCsv;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.AskedDays;
import org.openhab.binding.smartmetertexas.internal.planning.HistoryPacing;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * {@code intervals}, {@code daily} and {@code monthly}: one meter's data for a range of Central days as CSV.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class HistoryCommand implements Command {

    /** SMT keeps about two years; a longer range is almost certainly a typing mistake, and costs many requests. */
    static final int MAX_DAYS = 3 * 366;

    private static final Set<String> OPTIONS = ReadCommand.union(SmtConnection.OPTIONS,
            Set.of("--from", "--to", "--out"));

    private final HistoryFetch.Kind kind;

    HistoryCommand(HistoryFetch.Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.command;
    }

    @Override
    public String summary() {
        return switch (kind) {
            case INTERVALS -> "15-minute consumption and solar surplus as CSV";
            case DAILY -> "daily register reads and consumption as CSV";
            case MONTHLY -> "billing periods and their consumption as CSV";
        };
    }

    @Override
    public String synopsis() {
        return "ESIID --from DATE [--to DATE] [--out FILE]";
    }

    @Override
    public String description() {
        String what = switch (kind) {
            case INTERVALS -> """
                    15-minute consumption, and surplus generation for meters that report it, as CSV:
                      %s
                    start/end are ISO times with the Central offset (the two 01:00 hours of the fall-back day stay
                    apart); kind is consumption or generation, quality actual or estimated."""
                    .formatted(CsvRows.INTERVALS_HEADER);
            case DAILY -> """
                    Daily register reads and consumption as CSV:
                      %s
                    day is the Central calendar day; start/end_reading the meter register (kWh, empty when SMT
                    sends none); kwh the day's consumption as SMT reports it.""".formatted(CsvRows.DAILY_HEADER);
            case MONTHLY -> """
                    Billing periods overlapping the range, with their actual consumption, as CSV:
                      %s""".formatted(CsvRows.MONTHLY_HEADER);
        };
        String kept = kind == HistoryFetch.Kind.MONTHLY ? "" : """
                SMT keeps about 24 months back from yesterday: older days are not asked, and a range entirely
                older than that is refused (exit code 2).
                """;
        return what + """

                --from and --to are Central calendar days (ISO, e.g. 2026-03-08); --to is included and defaults
                to yesterday (SMT publishes a day's data the next day, from about 09:00 Central).
                %sLonger ranges go in chunks (%s), at least 5 seconds apart, with a progress bar. Days SMT
                sends that were not asked for are left out and named, with exit code 6. A range without rows
                still writes the header.
                %s""".formatted(kept, kind == HistoryFetch.Kind.MONTHLY ? "a year per request" : "31 days per request",
                CsvOutput.OUT_FILE_RULES);
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public int run(Arguments args, Environment env)
            throws UsageException, SmtException, IOException, InterruptedException {
        Esiid esiid = Arguments.esiid(args.positional(1, "the ESIID of the meter").get(0));
        LocalDate today = SmtTime.dayOf(env.clock().instant());
        LocalDate from = args.date("--from", null);
        if (from == null) {
            throw new UsageException("'" + name() + "' needs --from DATE (ISO, e.g. 2026-03-08)");
        }
        LocalDate to = args.date("--to", today.minusDays(1));
        if (to == null || to.isBefore(from)) {
            throw new UsageException("--to (" + to + ") is before --from (" + from + ")");
        }
        if (to.isAfter(today)) {
            throw new UsageException("--to (" + to + ") is in the future; SMT has data up to yesterday");
        }
        if (kind != HistoryFetch.Kind.MONTHLY) {
            // doc/smt-protocol.md §7: days older than SMT keeps are never asked
            LocalDate oldest = AskedDays.oldestKept(today);
            if (to.isBefore(oldest)) {
                throw new UsageException("the range " + from + " to " + to + " is older than SMT keeps: SMT keeps "
                        + kind.description + " from " + oldest + " (about 24 months back from yesterday)");
            }
            if (from.isBefore(oldest)) {
                env.err().println("smt: the days before " + oldest + " are older than SMT keeps; they are not asked");
                from = oldest;
            }
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new UsageException("the range holds " + days + " days; SMT keeps about two years: ask for at most "
                    + MAX_DAYS + " days");
        }
        String outOption = args.option("--out");
        Path file = outOption == null ? null : env.resolve(outOption);
        if (file != null) {
            // named before anything is asked of SMT
            CsvOutput.checkFile(file, "--out");
        }

        Output output = new Output(file, args.option("--cacert") != null);
        try (SmtConnection connection = SmtConnection.open(args, env)) {
            Progress progress = new Progress(env.err(), env.terminal());
            HistoryFetch fetch = new HistoryFetch(connection.client(), env.clock(),
                    new HistoryPacing(connection.policy(), env.sleeper()), progress);
            return switch (kind) {
                case INTERVALS -> finish(env, output, esiid, fetch.intervals(esiid, from, to), IntervalCsv.HEADER,
                        (out, row) -> out.append(IntervalCsv.row(esiid, row)));
                case DAILY -> finish(env, output, esiid, fetch.daily(esiid, from, to), CsvRows.DAILY_HEADER,
                        (out, row) -> out.append(CsvRows.daily(esiid, row)));
                case MONTHLY -> finish(env, output, esiid, fetch.monthly(esiid, from, to), CsvRows.MONTHLY_HEADER,
                        (out, row) -> out.append(CsvRows.monthly(esiid, row)));
            };
        }
    }

    @FunctionalInterface
    private interface RowFormat<T> {
        void append(Appendable out, T row) throws IOException;
    }

    /** Where the rows go, and whether --cacert was given (for the TLS hint). */
    private record Output(@Nullable Path file, boolean cacertGiven) {
    }

    private <T> int finish(Environment env, Output output, Esiid esiid, HistoryFetch.Result<T> result, String header,
            RowFormat<T> format) throws IOException {
        Path file = output.file();
        List<T> rows = result.rows();
        SmtException failure = result.failure();
        // A result without rows still writes the header; a run that failed before any row leaves FILE as it was.
        boolean write = !rows.isEmpty() || failure == null;
        CsvOutput.Rows body = out -> {
            for (T row : rows) {
                format.append(out, row);
                out.write('\n');
            }
        };
        boolean replaced = false;
        if (write && file != null) {
            replaced = CsvOutput.toFile(file, header, body);
        } else if (write) {
            CsvOutput.toStream(env.out(), header, body);
        }
        for (RejectedPart part : result.rejected()) {
            env.err().println("smt: rejected " + part.where() + ": " + part.reason());
        }
        for (DateRange range : result.missing()) {
            env.err().println("smt: SMT has no " + kind.description + " of " + esiid + " for " + range.from() + " to "
                    + range.to() + " (yet)");
        }
        String where = file == null ? "" : " written to " + file + (replaced ? " (its old content replaced)" : "");
        if (!write && file != null) {
            where = "; nothing written to " + file;
        }
        env.err().println(rows.size() + " rows of " + kind.description + " of " + esiid + where
                + (write && rows.isEmpty() ? " (only the header)" : ""));
        if (failure != null) {
            int code = Failures.report(failure, env.err(), output.cacertGiven());
            DateRange failedAt = result.failedAt();
            if (failedAt != null) {
                env.err().println("smt: stopped at " + failedAt.from() + " to " + failedAt.to()
                        + (rows.isEmpty() ? "" : "; the rows before it were written"));
            }
            return code;
        }
        // Parts SMT sent that cannot be trusted, or days nobody asked for, are SMT's mistake, even when nothing else
        // came: asking again tomorrow would not help.
        if (!result.rejected().isEmpty()) {
            env.err().println("smt: input rejected: SMT sent parts that cannot be trusted or were not asked for (named "
                    + "above); " + (rows.isEmpty() ? "no readable row came" : "the readable rows were written"));
            return ExitCode.INPUT_REJECTED;
        }
        if (rows.isEmpty()) {
            env.err().println("smt: SMT unavailable: no " + kind.description
                    + " for the range; SMT publishes a day's data the next day, from about 09:00 Central");
            return ExitCode.SMT_UNAVAILABLE;
        }
        return ExitCode.OK;
    }
}
