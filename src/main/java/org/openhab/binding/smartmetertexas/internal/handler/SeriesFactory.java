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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.openhab.binding.smartmetertexas.internal.planning.CompleteDays;
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

    /** How many 15-minute intervals of a Central day SMT marked as estimated (flag E). */
    public record DayEstimates(LocalDate day, int estimatedIntervals) {
    }

    static final Unit<Energy> KWH = Units.KILOWATT_HOUR;
    static final Unit<Power> KW = MetricPrefix.KILO(Units.WATT);
    private static final BigDecimal INTERVALS_PER_HOUR = BigDecimal.valueOf(4);
    private static final Duration INTERVAL = Duration.ofMinutes(15);

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
        consumption.forEach((start, kwh) -> {
            net.put(start, kwh.subtract(generation.getOrDefault(start, BigDecimal.ZERO)));
            power.put(start, kwh.multiply(INTERVALS_PER_HOUR));
        });
        List<ChannelSeries> result = new ArrayList<>();
        result.addAll(byIntervalRuns(CHANNEL_INTERVAL_CONSUMPTION, consumption, SeriesFactory::energy));
        result.addAll(byIntervalRuns(CHANNEL_INTERVAL_NET, net, SeriesFactory::energy));
        result.addAll(byIntervalRuns(CHANNEL_INTERVAL_POWER, power, SeriesFactory::power));
        if (reportsGeneration) {
            result.addAll(byIntervalRuns(CHANNEL_INTERVAL_GENERATION, generation, SeriesFactory::energy));
            Map<Instant, BigDecimal> daily = new TreeMap<>();
            generation.forEach(
                    (start, kwh) -> daily.merge(SmtTime.startOfDay(SmtTime.dayOf(start)), kwh, BigDecimal::add));
            result.addAll(byDayRuns(CHANNEL_DAILY_GENERATION, daily, SeriesFactory::energy));
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
            putIfKnown(start, midnight, read.startReading());
            putIfKnown(end, midnight, read.endReading());
        }
        List<ChannelSeries> result = new ArrayList<>();
        result.addAll(byDayRuns(CHANNEL_DAILY_CONSUMPTION, consumption, SeriesFactory::energy));
        result.addAll(byDayRuns(CHANNEL_DAILY_START_READING, start, SeriesFactory::energy));
        result.addAll(byDayRuns(CHANNEL_DAILY_END_READING, end, SeriesFactory::energy));
        return result;
    }

    /** Billing periods, each stamped at the Central midnight of its first day, all in one series. */
    public static List<ChannelSeries> monthly(List<MonthlyUsage> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        TimeSeries series = new TimeSeries(Policy.REPLACE);
        new TreeMap<>(
                periods.stream()
                        .collect(java.util.stream.Collectors.toMap(p -> SmtTime.startOfDay(p.start()),
                                MonthlyUsage::actualKwh, (a, b) -> b)))
                                        .forEach((start, kwh) -> series.add(start, energy(kwh)));
        return List.of(new ChannelSeries(CHANNEL_MONTHLY_CONSUMPTION, series));
    }

    /**
     * The newest Central day the readings cover completely, with the number of its intervals that carry an estimated
     * value (consumption or generation): a day with gaps would undercount, so it never counts as the latest.
     */
    public static Optional<DayEstimates> latestDayEstimates(List<IntervalReading> readings) {
        List<IntervalReading> complete = CompleteDays.only(readings);
        LocalDate newest = MeterWorker.newestDay(complete);
        if (newest == null) {
            return Optional.empty();
        }
        Set<Instant> estimated = new HashSet<>();
        for (IntervalReading reading : complete) {
            if (reading.quality() == Quality.ESTIMATED && SmtTime.dayOf(reading.start()).equals(newest)) {
                estimated.add(reading.start());
            }
        }
        return Optional.of(new DayEstimates(newest, estimated.size()));
    }

    /**
     * The cost series of one billing cycle, in US dollars: each interval's energy and per-kWh delivery charge, and each
     * day's cost (stamped at its start).
     */
    public static List<ChannelSeries> costs(Map<Instant, BigDecimal> intervals, Map<LocalDate, BigDecimal> days) {
        Function<BigDecimal, State> usd = amounts("USD");
        List<ChannelSeries> result = new ArrayList<>(byIntervalRuns(CHANNEL_COST_INTERVAL, intervals, usd));
        Map<Instant, BigDecimal> daily = new TreeMap<>();
        days.forEach((day, cost) -> daily.put(SmtTime.startOfDay(day), cost));
        result.addAll(byDayRuns(CHANNEL_COST_DAILY, daily, usd));
        return result;
    }

    /**
     * States in a unit openHAB reads from text, e.g. "USD" or "USD/kWh": amounts stay in US dollars whatever the
     * system's currency (never converted). Plain numbers when openHAB does not know the unit.
     */
    public static Function<BigDecimal, State> amounts(String unit) {
        try {
            Unit<?> known = new QuantityType<>("0 " + unit).getUnit();
            return value -> quantity(value, known);
        } catch (IllegalArgumentException e) {
            return DecimalType::new;
        }
    }

    private static <Q extends Quantity<Q>> State quantity(BigDecimal value, Unit<Q> unit) {
        return new QuantityType<>(value, unit);
    }

    /** End of the newest consumption interval in the readings, if any. */
    public static Optional<Instant> dataUntil(List<IntervalReading> readings) {
        return readings.stream().filter(r -> r.kind() == IntervalKind.CONSUMPTION).map(IntervalReading::end)
                .max(Instant::compareTo);
    }

    private static void putIfKnown(Map<Instant, BigDecimal> values, Instant at, @Nullable BigDecimal value) {
        if (value != null) {
            values.put(at, value);
        }
    }

    /** One series per run of consecutive 15-minute intervals that have values (instants, so DST needs no care). */
    private static List<ChannelSeries> byIntervalRuns(String channelId, Map<Instant, BigDecimal> values,
            Function<BigDecimal, State> state) {
        List<ChannelSeries> result = new ArrayList<>();
        TimeSeries current = null;
        Instant previous = null;
        for (Map.Entry<Instant, BigDecimal> entry : values.entrySet()) {
            if (current == null || previous == null || entry.getKey().isAfter(previous.plus(INTERVAL))) {
                current = new TimeSeries(Policy.REPLACE);
                result.add(new ChannelSeries(channelId, current));
            }
            current.add(entry.getKey(), state.apply(entry.getValue()));
            previous = entry.getKey();
        }
        return result;
    }

    /** One series per run of consecutive Central days that have values. */
    private static List<ChannelSeries> byDayRuns(String channelId, Map<Instant, BigDecimal> values,
            Function<BigDecimal, State> state) {
        List<ChannelSeries> result = new ArrayList<>();
        TimeSeries current = null;
        LocalDate previousDay = null;
        for (Map.Entry<Instant, BigDecimal> entry : values.entrySet()) {
            LocalDate day = SmtTime.dayOf(entry.getKey());
            if (current == null || previousDay == null || day.isAfter(previousDay.plusDays(1))) {
                current = new TimeSeries(Policy.REPLACE);
                result.add(new ChannelSeries(channelId, current));
            }
            current.add(entry.getKey(), state.apply(entry.getValue()));
            previousDay = day;
        }
        return result;
    }

    static State energy(BigDecimal kwh) {
        return new QuantityType<>(kwh, KWH);
    }

    static State power(BigDecimal kw) {
        return new QuantityType<>(kw, KW);
    }
}
