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
package org.openhab.binding.smartmetertexas.internal.planning;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * The one check of SMT's answers against the question (doc/smt-protocol.md §7), for the binding ({@link MeterWorker})
 * and the command line alike: of what SMT sends for one request, only the days asked are kept. Days nobody asked for
 * (outside the range asked, in the future, older than SMT keeps) are left out and reported; they must neither reach
 * persistence nor move the meter's progress, or the routine fetches would stop. The client applies the check as it
 * reads the answer, row by row, so that thousands of such days cost no memory. A day with more rows than any day
 * has cannot be trusted and is left out as a whole.
 * <p>
 * Only SMT's answers to our own questions are checked: files a user converts or imports keep every day, whatever its
 * age. One instance per request.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AskedDays implements Predicate<DateRange> {

    /**
     * How far back SMT keeps 15-minute and daily data, counted from yesterday (doc/smt-protocol.md §7). Older days
     * are never asked: not by the binding's planner, not by the command line.
     */
    public static final Period SMT_KEEPS = Period.ofMonths(24);

    /** More rows than this for one day (or billing period) make no SMT answer: 100 quarter-hours of two kinds. */
    static final int MAX_ROWS_PER_DAY = 400;

    /** Days noted in {@link #unasked} are days since 1970-01-01, SMT's earliest date; later ones are capped here. */
    private static final int LAST_INDEX = 1 << 18;

    private final DataKind kind;
    private final DateRange range;
    private final LocalDate today;
    private final BitSet unasked = new BitSet();
    private final Map<LocalDate, Integer> rows = new HashMap<>();
    private final Set<LocalDate> overfull = new TreeSet<>();

    /**
     * @param kind the data asked for; billing periods are asked when they overlap the range
     * @param range the days of the request
     * @param today the Central day now: later days are in the future
     */
    public AskedDays(DataKind kind, DateRange range, LocalDate today) {
        this.kind = kind;
        this.range = range;
        this.today = today;
    }

    /** The oldest day whose 15-minute and daily data SMT still keeps. */
    public static LocalDate oldestKept(LocalDate today) {
        return today.minusDays(1).minus(SMT_KEEPS);
    }

    /**
     * Whether a row SMT sent, dated by a day or a billing period, belongs to the question; the client asks this for
     * each row as it reads an answer. What is refused is remembered for {@link #leftOut()}.
     */
    @Override
    public boolean test(DateRange span) {
        if (!keeps(span.from(), span.to())) {
            return false;
        }
        int count = rows.getOrDefault(span.from(), 0) + 1;
        rows.put(span.from(), count);
        if (count > MAX_ROWS_PER_DAY) {
            overfull.add(span.from());
            return false;
        }
        return true;
    }

    /** SMT's 15-minute data of the days asked; the other days are left out. */
    public IntervalData intervals(SmtClient client, Esiid esiid) throws SmtException {
        IntervalData data;
        try {
            data = client.intervals(esiid, range, this);
        } catch (SmtException e) {
            if (!answeredOtherDays(e)) {
                throw e;
            }
            data = new IntervalData(List.of(), List.of(), false);
        }
        List<IntervalReading> kept = new ArrayList<>(data.readings().size());
        for (IntervalReading reading : data.readings()) {
            LocalDate day = SmtTime.dayOf(reading.start());
            if (keeps(day, day)) {
                kept.add(reading);
            }
        }
        return new IntervalData(kept, data.rejected(), data.reportsGeneration());
    }

    /** SMT's daily reads of the days asked; the other days are left out. */
    public List<DailyRead> daily(SmtClient client, Esiid esiid) throws SmtException {
        List<DailyRead> kept = new ArrayList<>();
        try {
            for (DailyRead read : client.daily(esiid, range, this)) {
                if (keeps(read.day(), read.day())) {
                    kept.add(read);
                }
            }
        } catch (SmtException e) {
            if (!answeredOtherDays(e)) {
                throw e;
            }
        }
        return kept;
    }

    /** SMT's billing periods overlapping the days asked; the other periods are left out. */
    public List<MonthlyUsage> monthly(SmtClient client, Esiid esiid) throws SmtException {
        List<MonthlyUsage> kept = new ArrayList<>();
        try {
            for (MonthlyUsage period : client.monthly(esiid, range, this)) {
                if (keeps(period.start(), period.end())) {
                    kept.add(period);
                }
            }
        } catch (SmtException e) {
            if (!answeredOtherDays(e)) {
                throw e;
            }
        }
        return kept;
    }

    /**
     * What SMT sent that was left out, in time order: days with more rows than a day has, then the days not asked,
     * one part for each reason (older than SMT keeps, outside the range asked, in the future). Empty when SMT sent
     * only what was asked.
     */
    public List<RejectedPart> leftOut() {
        List<RejectedPart> parts = new ArrayList<>();
        for (LocalDate day : overfull) {
            parts.add(new RejectedPart(day.toString(),
                    "more than " + MAX_ROWS_PER_DAY + " rows for one day: it cannot be trusted"));
        }
        int from = index(range.from());
        int to = index(range.to());
        int now = index(today);
        int oldest = kind == DataKind.MONTHLY ? 0 : Math.min(index(oldestKept(today)), from);
        addUnasked(parts, 0, oldest - 1, "older than SMT keeps");
        addUnasked(parts, oldest, from - 1, "outside the days asked, " + range);
        addUnasked(parts, to + 1, now, "outside the days asked, " + range);
        addUnasked(parts, now + 1, LAST_INDEX, "in the future");
        return parts;
    }

    /**
     * For the binding: when no day asked came although SMT sent something (only days nobody asked for, or only days
     * that cannot be trusted), SMT's answer is a protocol problem the meter shows.
     *
     * @param kept whether anything of the days asked is kept
     * @param rejected the parts the parser rejected
     * @param what the data in words, e.g. "15-minute data"
     */
    public void requireUsable(boolean kept, List<RejectedPart> rejected, String what) throws SmtException {
        List<RejectedPart> parts = new ArrayList<>(rejected);
        parts.addAll(leftOut());
        if (kept || parts.isEmpty()) {
            return;
        }
        StringBuilder named = new StringBuilder();
        for (RejectedPart part : parts.subList(0, Math.min(3, parts.size()))) {
            String text = part.where() + ": " + part.reason();
            named.append(named.length() == 0 ? "" : "; ")
                    .append(text.length() > 90 ? text.substring(0, 90) + "…" : text);
        }
        throw new SmtException(Failure.PROTOCOL_ERROR, "no usable day in SMT's " + what + " for " + range + ": " + named
                + (parts.size() > 3 ? " (and " + (parts.size() - 3) + " more)" : ""));
    }

    /**
     * Whether a span of days belongs to the question: for 15-minute and daily data a day asked, for billing periods
     * one overlapping the days asked; never a day after today. Remembers the days that do not.
     */
    private boolean keeps(LocalDate first, LocalDate last) {
        LocalDate newest = range.to().isAfter(today) ? today : range.to();
        if (last.isBefore(range.from())) {
            unasked.set(index(last));
            return false;
        }
        if (first.isAfter(newest)) {
            unasked.set(index(first));
            return false;
        }
        return !overfull.contains(first);
    }

    /** The client found nothing but rows of other days, and took the answer for an empty one. */
    private boolean answeredOtherDays(SmtException e) {
        return e.kind() == Failure.NOT_YET_AVAILABLE && (!unasked.isEmpty() || !overfull.isEmpty());
    }

    private void addUnasked(List<RejectedPart> parts, int from, int to, String reason) {
        int first = from > to ? -1 : unasked.nextSetBit(Math.max(0, from));
        if (first < 0 || first > to) {
            return;
        }
        int last = unasked.previousSetBit(to);
        int count = unasked.get(first, last + 1).cardinality();
        LocalDate firstDay = LocalDate.ofEpochDay(first);
        String where = count == 1 ? firstDay.toString()
                : firstDay + " to " + LocalDate.ofEpochDay(last) + " (" + count + " days)";
        parts.add(new RejectedPart(where, "not asked: " + reason));
    }

    private static int index(LocalDate day) {
        return (int) Math.max(0, Math.min(LAST_INDEX, day.toEpochDay()));
    }
}
