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
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.pricing.Plan.Band;
import org.openhab.binding.smartmetertexas.internal.pricing.Plan.Delivery;
import org.openhab.binding.smartmetertexas.internal.pricing.Plan.Rule;

/**
 * Prices billing cycles from 15-minute data, and finds the cycles. An interval belongs to the Central day and the
 * energy rule of its start, read on the wall clock (so the two 01:00 hours of the fall-back day both count as
 * 01:00). Interval charges stay exact; each line of the bill is rounded half-up to the cent once.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Billing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long SECONDS_PER_DAY = 86_400;

    private Billing() {
    }

    /** The bill of a whole cycle, credits applied. */
    public static Bill bill(Plan plan, DateRange cycle, Collection<IntervalReading> readings) {
        return bill(plan, cycle, readings, cycle.days(), true, null, null);
    }

    /**
     * Prices the readings that start within the cycle (both kinds, any order).
     *
     * @param chargedDays days of the cycle whose share of the fixed charges (base, delivery per cycle) is billed:
     *            all for the bill, the days so far for the bill to date
     * @param withCredits whether credits apply (they are known once the cycle ends)
     * @param intervalCosts if given, receives each consumption interval's energy and per-kWh delivery charge, by start
     * @param dayCosts if given, receives each day's energy, per-kWh delivery and buyback charges plus its share of the
     *            base charge and fixed delivery
     */
    public static Bill bill(Plan plan, DateRange cycle, Collection<IntervalReading> readings, long chargedDays,
            boolean withCredits, @Nullable Map<Instant, BigDecimal> intervalCosts,
            @Nullable Map<LocalDate, BigDecimal> dayCosts) {
        Instant first = SmtTime.startOfDay(cycle.from());
        Instant end = SmtTime.startOfDay(cycle.to().plusDays(1));
        Delivery delivery = plan.deliveryOn(cycle.from());
        // per day: energy, kWh, surplus kWh
        Map<LocalDate, BigDecimal[]> days = new TreeMap<>();
        List<IntervalReading> consumption = new ArrayList<>();
        BigDecimal surplus = BigDecimal.ZERO;
        boolean sorted = true;
        for (IntervalReading reading : readings) {
            if (reading.start().isBefore(first) || !reading.start().isBefore(end)) {
                continue;
            }
            if (reading.kind() == IntervalKind.CONSUMPTION) {
                sorted &= consumption.isEmpty()
                        || !reading.start().isBefore(consumption.get(consumption.size() - 1).start());
                consumption.add(reading);
            } else {
                surplus = surplus.add(reading.kwh());
                if (dayCosts != null) {
                    BigDecimal[] day = day(days, SmtTime.dayOf(reading.start()));
                    day[2] = day[2].add(reading.kwh());
                }
            }
        }
        if (!sorted) {
            consumption.sort(Comparator.comparing(IntervalReading::start));
        }
        List<Rule> rules = plan.energy();
        // kWh per rule with a rate: one multiplication each at the end (exact, like one per interval)
        BigDecimal[] ruleKwh = new BigDecimal[rules.size()];
        Arrays.fill(ruleKwh, BigDecimal.ZERO);
        BigDecimal blockEnergy = BigDecimal.ZERO;
        BigDecimal kwh = BigDecimal.ZERO;
        ZoneRules central = SmtTime.CENTRAL.getRules();
        long offsetUntil = Long.MIN_VALUE;
        long offsetFrom = Long.MAX_VALUE;
        int offset = 0;
        long epochDay = Long.MIN_VALUE;
        LocalDate date = cycle.from();
        int dayBit = 0;
        int monthBit = 0;
        for (IntervalReading reading : consumption) {
            Instant start = reading.start();
            long second = start.getEpochSecond();
            if (second < offsetFrom || second >= offsetUntil) {
                // the Central offset holds until the next DST change
                offset = central.getOffset(start).getTotalSeconds();
                ZoneOffsetTransition next = central.nextTransition(start);
                offsetFrom = second;
                offsetUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            }
            long wall = second + offset;
            if (Math.floorDiv(wall, SECONDS_PER_DAY) != epochDay) {
                epochDay = Math.floorDiv(wall, SECONDS_PER_DAY);
                date = LocalDate.ofEpochDay(epochDay);
                dayBit = 1 << (date.getDayOfWeek().getValue() - 1);
                monthBit = 1 << (date.getMonthValue() - 1);
            }
            int minute = (int) (Math.floorMod(wall, SECONDS_PER_DAY) / 60);
            int index = 0;
            while (!rules.get(index).matches(dayBit, monthBit, minute)) {
                // the parser makes the last rule match everything
                index++;
            }
            Rule rule = rules.get(index);
            BigDecimal rate = rule.rate();
            BigDecimal charge;
            if (rate != null) {
                ruleKwh[index] = ruleKwh[index].add(reading.kwh());
                charge = intervalCosts != null || dayCosts != null ? reading.kwh().multiply(rate) : BigDecimal.ZERO;
            } else {
                charge = blocks(rule.blocks(), kwh, reading.kwh());
                blockEnergy = blockEnergy.add(charge);
            }
            kwh = kwh.add(reading.kwh());
            if (intervalCosts != null) {
                intervalCosts.put(start, charge.add(reading.kwh().multiply(delivery.perKwh())));
            }
            if (dayCosts != null) {
                BigDecimal[] day = day(days, date);
                day[0] = day[0].add(charge);
                day[1] = day[1].add(reading.kwh());
            }
        }
        BigDecimal energy = blockEnergy;
        for (int r = 0; r < ruleKwh.length; r++) {
            BigDecimal rate = rules.get(r).rate();
            if (rate != null && ruleKwh[r].signum() != 0) {
                energy = energy.add(ruleKwh[r].multiply(rate));
            }
        }

        BigDecimal share = chargedDays == cycle.days() ? BigDecimal.ONE
                : BigDecimal.valueOf(chargedDays).divide(BigDecimal.valueOf(cycle.days()), MathContext.DECIMAL64);
        BigDecimal credits = BigDecimal.ZERO;
        if (withCredits) {
            for (Band credit : plan.credits()) {
                if (credit.contains(kwh)) {
                    credits = credits.add(credit.value());
                }
            }
        }
        BigDecimal energyLine = cents(energy);
        BigDecimal base = cents(plan.baseCharge().multiply(share));
        BigDecimal deliveryLine = cents(delivery.perCycle().multiply(share).add(kwh.multiply(delivery.perKwh())));
        BigDecimal creditLine = cents(credits);
        BigDecimal buyback = cents(buyback(plan, surplus, energy));
        BigDecimal subtotal = energyLine.add(base).add(deliveryLine).add(creditLine).add(buyback);
        BigDecimal fees = cents(subtotal.multiply(plan.percentFees()).divide(HUNDRED));
        if (dayCosts != null) {
            // fixed charges spread evenly; the buyback cap applied to the running totals, so the days add up
            BigDecimal fixed = plan.baseCharge().add(delivery.perCycle()).divide(BigDecimal.valueOf(cycle.days()),
                    MathContext.DECIMAL64);
            BigDecimal energySoFar = BigDecimal.ZERO;
            BigDecimal surplusSoFar = BigDecimal.ZERO;
            BigDecimal buybackSoFar = BigDecimal.ZERO;
            for (Map.Entry<LocalDate, BigDecimal[]> day : days.entrySet()) {
                BigDecimal[] sums = day.getValue();
                energySoFar = energySoFar.add(sums[0]);
                surplusSoFar = surplusSoFar.add(sums[2]);
                BigDecimal buybackNow = buyback(plan, surplusSoFar, energySoFar);
                dayCosts.put(day.getKey(), sums[0].add(sums[1].multiply(delivery.perKwh())).add(fixed)
                        .add(buybackNow.subtract(buybackSoFar)));
                buybackSoFar = buybackNow;
            }
        }
        return new Bill(plan.name(), cycle, kwh, surplus, energyLine, base, deliveryLine, creditLine, buyback, fees,
                subtotal.add(fees));
    }

    /** An interval's charge under blocks, by the cycle's kWh before it: split where it crosses a block's edge. */
    private static BigDecimal blocks(List<Band> blocks, BigDecimal before, BigDecimal kwh) {
        BigDecimal charge = BigDecimal.ZERO;
        BigDecimal at = before;
        BigDecimal left = kwh;
        for (Band block : blocks) {
            BigDecimal edge = block.max();
            BigDecimal part = edge == null ? left : left.min(edge.subtract(at).max(BigDecimal.ZERO));
            charge = charge.add(part.multiply(block.value()));
            at = at.add(part);
            left = left.subtract(part);
        }
        return charge;
    }

    /** What the surplus earns, negative; with the cap no more than the energy charges. */
    private static BigDecimal buyback(Plan plan, BigDecimal surplus, BigDecimal energy) {
        BigDecimal buyback = surplus.multiply(plan.buybackPerKwh()).negate();
        return plan.capAtEnergyCharges() ? buyback.max(energy.negate().min(BigDecimal.ZERO)) : buyback;
    }

    /** Half-up to the cent: ties away from zero, so -0.125 becomes -0.13. */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal[] day(Map<LocalDate, BigDecimal[]> days, LocalDate day) {
        BigDecimal[] sums = days.get(day);
        if (sums == null) {
            sums = new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
            days.put(day, sums);
        }
        return sums;
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
            months.add(new DateRange(start, start.plusMonths(1).minusDays(1)));
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
