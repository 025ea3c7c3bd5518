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
package org.openhab.binding.smartmetertexas.internal.handler;

import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import javax.measure.MetricPrefix;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Power;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.MeterWorker;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.TimeSeries.Policy;

/**
 * Turns SMT data into the time series the meter's channels carry. Each series replaces what persistence holds from
 * its first to its last timestamp, so it only spans what the answer carries: a 15-minute series covers a run of
 * consecutive intervals (whole Central days when SMT has them all), a daily series a run of consecutive days. Days or
 * intervals missing from an answer split it into separate series, so a partial answer never erases values stored
 * before.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SeriesFactory {

    /** A series for one channel. */
    public record ChannelSeries(String channelId, TimeSeries series) {
    }

    static final Unit<Energy> KWH = Units.KILOWATT_HOUR;
    static final Unit<Power> KW = MetricPrefix.KILO(Units.WATT);
    private static final BigDecimal INTERVALS_PER_HOUR = BigDecimal.valueOf(4);
    private static final Duration INTERVAL = Duration.ofMinutes(15);
    /** Consecutive Central midnights are 23 to 25 hours apart; a missing day makes it 47 or more. */
    private static final Duration NEXT_DAY = Duration.ofHours(25);

    private SeriesFactory() {
    }

    /**
     * The 15-minute channels and the daily generation, from one interval answer.
     *
     * @param reportsGeneration whether the meter reports surplus generation (otherwise a 0 is no data)
     */
    public static List<ChannelSeries> intervals(List<IntervalReading> readings, boolean reportsGeneration) {
        Map<Instant, BigDecimal> consumption = new TreeMap<>();
        Map<Instant, BigDecimal> generation = new TreeMap<>();
        for (IntervalReading reading : readings) {
            (reading.kind() == IntervalKind.CONSUMPTION ? consumption : generation).put(reading.start(), reading.kwh());
        }
        Map<Instant, BigDecimal> net = new TreeMap<>();
        Map<Instant, BigDecimal> power = new TreeMap<>();
        for (Map.Entry<Instant, BigDecimal> entry : consumption.entrySet()) {
            BigDecimal kwh = entry.getValue();
            net.put(entry.getKey(), kwh.subtract(generation.getOrDefault(entry.getKey(), BigDecimal.ZERO)));
            power.put(entry.getKey(), kwh.multiply(INTERVALS_PER_HOUR));
        }
        List<ChannelSeries> result = new ArrayList<>();
        runs(result, CHANNEL_INTERVAL_CONSUMPTION, consumption, KWH, INTERVAL);
        runs(result, CHANNEL_INTERVAL_NET, net, KWH, INTERVAL);
        runs(result, CHANNEL_INTERVAL_POWER, power, KW, INTERVAL);
        if (reportsGeneration) {
            runs(result, CHANNEL_INTERVAL_GENERATION, generation, KWH, INTERVAL);
            Map<Instant, BigDecimal> daily = new TreeMap<>();
            for (Map.Entry<Instant, BigDecimal> entry : generation.entrySet()) {
                Instant day = SmtTime.startOfDay(SmtTime.dayOf(entry.getKey()));
                daily.put(day, daily.getOrDefault(day, BigDecimal.ZERO).add(entry.getValue()));
            }
            runs(result, CHANNEL_DAILY_GENERATION, daily, KWH, NEXT_DAY);
        }
        return result;
    }

    /** Daily consumption as SMT reports it, and the registers at the day's start and end. */
    public static List<ChannelSeries> daily(List<DailyRead> reads) {
        Map<Instant, BigDecimal> consumption = new TreeMap<>();
        Map<Instant, BigDecimal> start = new TreeMap<>();
        Map<Instant, BigDecimal> end = new TreeMap<>();
        for (DailyRead read : reads) {
            Instant midnight = SmtTime.startOfDay(read.day());
            consumption.put(midnight, read.kwh());
            BigDecimal first = read.startReading();
            BigDecimal last = read.endReading();
            if (first != null) {
                start.put(midnight, first);
            }
            if (last != null) {
                end.put(midnight, last);
            }
        }
        List<ChannelSeries> result = new ArrayList<>();
        runs(result, CHANNEL_DAILY_CONSUMPTION, consumption, KWH, NEXT_DAY);
        runs(result, CHANNEL_DAILY_START_READING, start, KWH, NEXT_DAY);
        runs(result, CHANNEL_DAILY_END_READING, end, KWH, NEXT_DAY);
        return result;
    }

    /**
     * Billing periods, each stamped at the Central midnight of its first day (a later period of the same start wins),
     * all in one series.
     */
    public static List<ChannelSeries> monthly(List<MonthlyUsage> periods) {
        Map<Instant, BigDecimal> usage = new TreeMap<>();
        for (MonthlyUsage period : periods) {
            usage.put(SmtTime.startOfDay(period.start()), period.actualKwh());
        }
        List<ChannelSeries> result = new ArrayList<>();
        runs(result, CHANNEL_MONTHLY_CONSUMPTION, usage, KWH, Duration.ofDays(99999));
        return result;
    }

    /**
     * Keeps only the Central days that readings cover completely (92, 96 or 100 consumption intervals, by the day's
     * real length), so that importing a file that starts or ends mid-day never replaces a stored day with part of it.
     */
    public static List<IntervalReading> completeDays(List<IntervalReading> readings) {
        Map<LocalDate, Integer> consumptionCount = new HashMap<>();
        for (IntervalReading reading : readings) {
            if (reading.kind() == IntervalKind.CONSUMPTION) {
                LocalDate day = SmtTime.dayOf(reading.start());
                consumptionCount.put(day, consumptionCount.getOrDefault(day, 0) + 1);
            }
        }
        List<IntervalReading> complete = new ArrayList<>();
        for (IntervalReading reading : readings) {
            LocalDate day = SmtTime.dayOf(reading.start());
            if (consumptionCount.getOrDefault(day, 0) == intervalsIn(day)) {
                complete.add(reading);
            }
        }
        return complete;
    }

    /** 96 on most days, 92 when clocks spring forward, 100 when they fall back. */
    public static int intervalsIn(LocalDate day) {
        return (int) Duration.between(SmtTime.startOfDay(day), SmtTime.startOfDay(day.plusDays(1))).dividedBy(INTERVAL);
    }

    /**
     * The newest Central day the readings cover completely, with the number of its intervals that carry an estimated
     * value (consumption or generation): a day with gaps would undercount, so it never counts as the latest. Null
     * when no day is complete.
     */
    public static Map.@Nullable Entry<LocalDate, Integer> latestDayEstimates(List<IntervalReading> readings) {
        List<IntervalReading> complete = completeDays(readings);
        LocalDate newest = MeterWorker.newestDay(complete);
        if (newest == null) {
            return null;
        }
        Set<Instant> estimated = new HashSet<>();
        for (IntervalReading reading : complete) {
            if (reading.quality() == Quality.ESTIMATED && SmtTime.dayOf(reading.start()).equals(newest)) {
                estimated.add(reading.start());
            }
        }
        return Map.entry(newest, estimated.size());
    }

    /**
     * The cost series of one billing cycle, in US dollars: each interval's energy and per-kWh delivery charge, and each
     * day's cost (stamped at its start).
     */
    public static List<ChannelSeries> costs(Map<Instant, BigDecimal> intervals, Map<LocalDate, BigDecimal> days) {
        Unit<?> usd = unit("USD");
        List<ChannelSeries> result = new ArrayList<>();
        runs(result, CHANNEL_COST_INTERVAL, intervals, usd, INTERVAL);
        Map<Instant, BigDecimal> daily = new TreeMap<>();
        for (Map.Entry<LocalDate, BigDecimal> day : days.entrySet()) {
            daily.put(SmtTime.startOfDay(day.getKey()), day.getValue());
        }
        runs(result, CHANNEL_COST_DAILY, daily, usd, NEXT_DAY);
        return result;
    }

    /**
     * States in a unit openHAB reads from text, e.g. "USD" or "USD/kWh": amounts stay in US dollars whatever the
     * system's currency (never converted). Plain numbers when openHAB does not know the unit.
     */
    public static Function<BigDecimal, State> amounts(String unit) {
        Unit<?> known = unit(unit);
        return value -> state(value, known);
    }

    private static @Nullable Unit<?> unit(String text) {
        try {
            return new QuantityType<>("0 " + text).getUnit();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static State state(BigDecimal value, @Nullable Unit<?> unit) {
        return unit == null ? new DecimalType(value) : quantity(value, unit);
    }

    private static <Q extends Quantity<Q>> State quantity(BigDecimal value, Unit<Q> unit) {
        return new QuantityType<>(value, unit);
    }

    /** End of the newest consumption interval in the readings, if any. */
    public static @Nullable Instant dataUntil(List<IntervalReading> readings) {
        Instant until = null;
        for (IntervalReading reading : readings) {
            if (reading.kind() == IntervalKind.CONSUMPTION && (until == null || reading.end().isAfter(until))) {
                until = reading.end();
            }
        }
        return until;
    }

    /**
     * One series per run of values at most {@code step} apart: consecutive 15-minute intervals (instants, so DST needs
     * no care), or consecutive Central days.
     */
    private static void runs(List<ChannelSeries> result, String channelId, Map<Instant, BigDecimal> values,
            @Nullable Unit<?> unit, Duration step) {
        TimeSeries current = null;
        Instant previous = Instant.MIN;
        for (Map.Entry<Instant, BigDecimal> entry : values.entrySet()) {
            if (current == null || entry.getKey().isAfter(previous.plus(step))) {
                current = new TimeSeries(Policy.REPLACE);
                result.add(new ChannelSeries(channelId, current));
            }
            current.add(entry.getKey(), state(entry.getValue(), unit));
            previous = entry.getKey();
        }
    }

    static State energy(BigDecimal kwh) {
        return state(kwh, KWH);
    }
}
