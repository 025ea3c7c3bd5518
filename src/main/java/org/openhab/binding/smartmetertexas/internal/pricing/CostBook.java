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
package org.openhab.binding.smartmetertexas.internal.pricing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the binding keeps to price a meter: its billing cycles (from SMT's periods) and the 15-minute data of the
 * recent days, from the start of the previous cycle on (a revision of those days re-prices its whole cycle, blocks
 * included), stored between restarts as JSON. Days arrive whole and replace what was held for them.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CostBook {

    /** The forecast repeats the last complete week, weekday for weekday. */
    static final int FORECAST_DAYS = 7;
    private static final Duration QUARTER = Duration.ofMinutes(15);

    private final NavigableMap<LocalDate, List<IntervalReading>> days = new TreeMap<>();
    /** Known cycles, oldest first, without overlap. */
    private List<DateRange> cycles = List.of();

    /** Keeps the readings, each day they cover replacing what was held for it; returns the cycles they touch. */
    public synchronized List<DateRange> put(Collection<IntervalReading> readings) {
        Map<LocalDate, List<IntervalReading>> byDay = new TreeMap<>();
        for (IntervalReading reading : readings) {
            LocalDate day = SmtTime.dayOf(reading.start());
            List<IntervalReading> held = byDay.get(day);
            if (held == null) {
                held = new ArrayList<>();
                byDay.put(day, held);
            }
            held.add(reading);
        }
        days.putAll(byDay);
        return cyclesOf(byDay.keySet());
    }

    /**
     * Takes SMT's billing periods: they replace the cycles they overlap. Returns whether the cycles changed, so the
     * days held are priced again.
     */
    public synchronized boolean periods(Collection<MonthlyUsage> periods) {
        List<DateRange> known = cycles(periods);
        // by first day: cycles never overlap
        Map<LocalDate, DateRange> merged = new TreeMap<>();
        for (DateRange cycle : cycles) {
            boolean overlapped = false;
            for (DateRange k : known) {
                overlapped |= !k.from().isAfter(cycle.to()) && !cycle.from().isAfter(k.to());
            }
            if (!overlapped) {
                merged.put(cycle.from(), cycle);
            }
        }
        for (DateRange cycle : known) {
            merged.put(cycle.from(), cycle);
        }
        List<DateRange> old = cycles;
        cycles = List.copyOf(merged.values());
        return !cycles.equals(old);
    }

    /** Whether SMT's billing periods are known (until then cycles are calendar months). */
    public synchronized boolean periodsKnown() {
        return !cycles.isEmpty();
    }

    /** The billing cycle holding the day ({@link #cycleOf(LocalDate, List)}). */
    public synchronized DateRange cycleOf(LocalDate day) {
        return cycleOf(day, cycles);
    }

    /** Every cycle that holds a day held, oldest first. */
    public synchronized List<DateRange> heldCycles() {
        return cyclesOf(days.keySet());
    }

    /** The cycles of the days (in order), oldest first. */
    private List<DateRange> cyclesOf(Collection<LocalDate> days) {
        List<DateRange> held = new ArrayList<>();
        for (LocalDate day : days) {
            if (held.isEmpty() || held.get(held.size() - 1).to().isBefore(day)) {
                held.add(cycleOf(day));
            }
        }
        return held;
    }

    /** The readings held for the days of the range. */
    public synchronized List<IntervalReading> readings(DateRange range) {
        List<IntervalReading> readings = new ArrayList<>();
        for (List<IntervalReading> day : days.subMap(range.from(), true, range.to(), true).values()) {
            readings.addAll(day);
        }
        return readings;
    }

    /** The consumption held for the days of the range. */
    public synchronized BigDecimal consumption(DateRange range) {
        BigDecimal sum = BigDecimal.ZERO;
        for (IntervalReading reading : readings(range)) {
            if (reading.kind() == IntervalKind.CONSUMPTION) {
                sum = sum.add(reading.kwh());
            }
        }
        return sum;
    }

    /** The newest day held with every quarter-hour of its consumption (92, 96 or 100). */
    public synchronized @Nullable LocalDate latestCompleteDay() {
        for (LocalDate day : days.descendingKeySet()) {
            long quarters = Duration.between(SmtTime.startOfDay(day), SmtTime.startOfDay(day.plusDays(1)))
                    .dividedBy(QUARTER);
            Set<Instant> starts = new HashSet<>();
            for (IntervalReading reading : readings(new DateRange(day, day))) {
                if (reading.kind() == IntervalKind.CONSUMPTION) {
                    starts.add(reading.start());
                }
            }
            if (starts.size() == quarters) {
                return day;
            }
        }
        return null;
    }

    /**
     * Forgets the days before the previous cycle and the last week, except those of {@code keep}: a cycle whose
     * earlier days may still come (history arrives newest first).
     */
    public synchronized void forgetBefore(LocalDate today, DateRange keep) {
        LocalDate previous = cycleOf(cycleOf(today).from().minusDays(1)).from();
        LocalDate week = today.minusDays(FORECAST_DAYS + 1L);
        for (LocalDate day : new ArrayList<>(days.headMap(week.isBefore(previous) ? week : previous).keySet())) {
            if (!keep.contains(day)) {
                days.remove(day);
            }
        }
    }

    /** The cycle's bill so far: the days up to the latest complete day, their share of fixed charges, no credits. */
    public synchronized @Nullable Bill toDate(Plan plan, DateRange cycle) {
        LocalDate latest = latestCompleteDay();
        if (latest == null) {
            return null;
        }
        long elapsed = Math.max(0, Math.min(cycle.days(), ChronoUnit.DAYS.between(cycle.from(), latest) + 1));
        return plan.bill(cycle, readings(cycle), elapsed, false, null, null);
    }

    /**
     * The cycle's bill as it will likely be, credits applied: the days so far, then the last complete week repeated
     * weekday for weekday up to the cycle's end (its average, with time-of-use rules still right). Null without a
     * complete day.
     */
    public synchronized @Nullable Bill forecast(Plan plan, DateRange cycle) {
        LocalDate latest = latestCompleteDay();
        if (latest == null) {
            return null;
        }
        List<IntervalReading> readings = new ArrayList<>();
        for (IntervalReading reading : readings(cycle)) {
            if (!SmtTime.dayOf(reading.start()).isAfter(latest)) {
                readings.add(reading);
            }
        }
        List<LocalDate> week = new ArrayList<>(
                days.subMap(latest.minusDays(FORECAST_DAYS - 1L), true, latest, true).keySet());
        LocalDate day = latest.plusDays(1);
        for (int i = 0; !day.isAfter(cycle.to()); i++, day = day.plusDays(1)) {
            if (day.isBefore(cycle.from())) {
                continue;
            }
            LocalDate model = week.get(i % week.size());
            long shift = ChronoUnit.DAYS.between(model, day);
            for (IntervalReading reading : readings(new DateRange(model, model))) {
                Instant start = LocalDateTime.ofInstant(reading.start(), SmtTime.CENTRAL).plusDays(shift)
                        .atZone(SmtTime.CENTRAL).toInstant();
                readings.add(new IntervalReading(start, start.plus(QUARTER), reading.kwh(), reading.kind(),
                        reading.quality(), null));
            }
        }
        return plan.bill(cycle, readings);
    }

    /** The book as JSON: cycles as [from, to], days as RD-like strings of kWh by quarter-hour from midnight. */
    public synchronized String toJson() {
        JsonObject json = new JsonObject();
        JsonArray cycleList = new JsonArray();
        for (DateRange cycle : cycles) {
            JsonArray pair = new JsonArray();
            pair.add(cycle.from().toString());
            pair.add(cycle.to().toString());
            cycleList.add(pair);
        }
        json.add("cycles", cycleList);
        JsonObject dayMap = new JsonObject();
        for (Map.Entry<LocalDate, List<IntervalReading>> entry : days.entrySet()) {
            LocalDate day = entry.getKey();
            JsonArray kinds = new JsonArray();
            for (IntervalKind kind : IntervalKind.values()) {
                String[] values = new String[100];
                Instant midnight = SmtTime.startOfDay(day);
                boolean any = false;
                for (IntervalReading reading : entry.getValue()) {
                    long quarter = Duration.between(midnight, reading.start()).dividedBy(QUARTER);
                    if (reading.kind() == kind && quarter >= 0 && quarter < values.length) {
                        values[(int) quarter] = reading.kwh().toPlainString();
                        any = true;
                    }
                }
                StringBuilder text = new StringBuilder();
                for (int q = 0; any && q < values.length; q++) {
                    text.append(q == 0 ? "" : ",").append(values[q] == null ? "" : values[q]);
                }
                kinds.add(text.toString());
            }
            dayMap.add(day.toString(), kinds);
        }
        json.add("days", dayMap);
        return json.toString();
    }

    /** A book from {@link #toJson()}; empty when there is none or it cannot be read. */
    public static CostBook fromJson(@Nullable String text) {
        CostBook book = new CostBook();
        if (text == null || text.isBlank()) {
            return book;
        }
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            List<DateRange> cycles = new ArrayList<>();
            for (JsonElement pair : json.getAsJsonArray("cycles")) {
                cycles.add(new DateRange(LocalDate.parse(pair.getAsJsonArray().get(0).getAsString()),
                        LocalDate.parse(pair.getAsJsonArray().get(1).getAsString())));
            }
            for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject("days").entrySet()) {
                LocalDate day = LocalDate.parse(entry.getKey());
                Instant midnight = SmtTime.startOfDay(day);
                List<IntervalReading> readings = new ArrayList<>();
                JsonArray kinds = entry.getValue().getAsJsonArray();
                for (int k = 0; k < kinds.size() && k < IntervalKind.values().length; k++) {
                    String[] values = kinds.get(k).getAsString().split(",", -1);
                    for (int q = 0; q < values.length; q++) {
                        if (!values[q].isEmpty()) {
                            Instant start = midnight.plus(QUARTER.multipliedBy(q));
                            readings.add(new IntervalReading(start, start.plus(QUARTER), new BigDecimal(values[q]),
                                    IntervalKind.values()[k], Quality.ACTUAL, null));
                        }
                    }
                }
                book.days.put(day, readings);
            }
            book.cycles = List.copyOf(cycles);
            return book;
        } catch (RuntimeException e) {
            // a damaged entry costs the recent days' prices until SMT sends them again, nothing more
            return new CostBook();
        }
    }

    /**
     * Billing cycles from SMT's billing periods, as whole Central days without overlap: a day that two periods both
     * name belongs to the later one (SMT reads the meter for billing at the start of that day).
     */
    public static List<DateRange> cycles(Collection<MonthlyUsage> periods) {
        // end by start: of two periods from the same day the later one counts, as it would end the earlier anyway
        NavigableMap<LocalDate, LocalDate> ends = new TreeMap<>();
        for (MonthlyUsage period : periods) {
            ends.put(period.start(), period.end());
        }
        List<DateRange> cycles = new ArrayList<>();
        for (Map.Entry<LocalDate, LocalDate> period : ends.entrySet()) {
            LocalDate start = period.getKey();
            LocalDate next = ends.higherKey(start);
            LocalDate end = next != null && !period.getValue().isBefore(next) ? next.minusDays(1) : period.getValue();
            if (!end.isBefore(start)) {
                cycles.add(new DateRange(start, end));
            }
        }
        return cycles;
    }

    /** The calendar months that overlap {@code range}, whole. */
    public static List<DateRange> calendarMonths(DateRange range) {
        List<DateRange> months = new ArrayList<>();
        for (LocalDate start = range.from().withDayOfMonth(1); !start.isAfter(range.to()); start = start
                .plusMonths(1)) {
            months.add(cycleOf(start, List.of()));
        }
        return months;
    }

    /**
     * The cycle holding {@code day}: a known one; else a month long, counted on from the known cycle before it (or
     * back from the first), never overlapping the next; with none known, its calendar month.
     */
    public static DateRange cycleOf(LocalDate day, List<DateRange> known) {
        if (known.isEmpty()) {
            LocalDate start = day.withDayOfMonth(1);
            return new DateRange(start, start.plusMonths(1).minusDays(1));
        }
        DateRange before = null;
        DateRange after = null;
        for (DateRange cycle : known) {
            if (cycle.contains(day)) {
                return cycle;
            }
            if (cycle.to().isBefore(day)) {
                before = cycle;
            } else if (after == null) {
                after = cycle;
            }
        }
        if (before == null) {
            LocalDate end = known.get(0).from().minusDays(1);
            while (true) {
                LocalDate start = end.minusMonths(1).plusDays(1);
                if (!day.isBefore(start)) {
                    return new DateRange(start, end);
                }
                end = start.minusDays(1);
            }
        }
        LocalDate start = before.to().plusDays(1);
        while (true) {
            LocalDate end = start.plusMonths(1).minusDays(1);
            if (after != null && !end.isBefore(after.from())) {
                end = after.from().minusDays(1);
            }
            if (!day.isAfter(end)) {
                return new DateRange(start, end);
            }
            start = end.plusDays(1);
        }
    }
}
