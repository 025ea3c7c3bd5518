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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.handler.SeriesFactory.ChannelSeries;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.CurrencyUnits;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.TimeSeries.Policy;

/**
 * The series each channel gets from a handful of hand-made values, without SMT: values, units, timestamps, and where
 * a series ends so that it replaces only what it carries. (ChannelOracleTest checks the same against the simulator.)
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SeriesFactoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final Instant MIDNIGHT = SmtTime.startOfDay(DAY);
    private static final Duration QUARTER = Duration.ofMinutes(15);

    private static IntervalReading reading(int quarter, String kwh, IntervalKind kind) {
        Instant start = MIDNIGHT.plus(QUARTER.multipliedBy(quarter));
        return new IntervalReading(start, start.plus(QUARTER), new BigDecimal(kwh), kind, Quality.ACTUAL, null);
    }

    /** Each series of the channel as its timestamp-to-value map ("kWh" or "kW" appended), in the order sent. */
    private static List<Map<Instant, String>> series(List<ChannelSeries> all, String channel) {
        List<Map<Instant, String>> result = new ArrayList<>();
        for (ChannelSeries each : all) {
            if (each.channelId().equals(channel)) {
                TimeSeries series = each.series();
                assertEquals(Policy.REPLACE, series.getPolicy(), channel);
                Map<Instant, String> values = new LinkedHashMap<>();
                series.getStates().forEach(e -> {
                    QuantityType<?> quantity = (QuantityType<?>) e.state();
                    values.put(e.timestamp(), quantity.toBigDecimal().toPlainString() + " " + quantity.getUnit());
                });
                result.add(values);
            }
        }
        return result;
    }

    private static Instant at(int quarter) {
        return MIDNIGHT.plus(QUARTER.multipliedBy(quarter));
    }

    @Test
    void intervalChannelsCarryConsumptionGenerationNetAndPower() {
        List<ChannelSeries> all = SeriesFactory.intervals(List.of(reading(0, "0.250", IntervalKind.CONSUMPTION),
                reading(0, "0.100", IntervalKind.GENERATION), reading(1, "0.000", IntervalKind.CONSUMPTION),
                reading(1, "0.300", IntervalKind.GENERATION), reading(2, "0.125", IntervalKind.CONSUMPTION)), true);

        assertEquals(List.of(Map.of(at(0), "0.250 kWh", at(1), "0.000 kWh", at(2), "0.125 kWh")),
                series(all, CHANNEL_INTERVAL_CONSUMPTION));
        assertEquals(List.of(Map.of(at(0), "0.100 kWh", at(1), "0.300 kWh")), series(all, CHANNEL_INTERVAL_GENERATION));
        assertEquals(List.of(Map.of(at(0), "0.150 kWh", at(1), "-0.300 kWh", at(2), "0.125 kWh")),
                series(all, CHANNEL_INTERVAL_NET), "consumption minus generation; none counts as 0");
        assertEquals(List.of(Map.of(at(0), "1.000 kW", at(1), "0.000 kW", at(2), "0.500 kW")),
                series(all, CHANNEL_INTERVAL_POWER), "a quarter hour's kWh times 4");
        assertEquals(List.of(Map.of(MIDNIGHT, "0.400 kWh")), series(all, CHANNEL_DAILY_GENERATION));
    }

    @Test
    void aMeterWithoutGenerationGetsNoGenerationSeries() {
        List<ChannelSeries> all = SeriesFactory.intervals(
                List.of(reading(0, "0.250", IntervalKind.CONSUMPTION), reading(0, "0.000", IntervalKind.GENERATION)),
                false);

        assertEquals(List.of(), series(all, CHANNEL_INTERVAL_GENERATION));
        assertEquals(List.of(), series(all, CHANNEL_DAILY_GENERATION));
        assertEquals(List.of(Map.of(at(0), "0.250 kWh")), series(all, CHANNEL_INTERVAL_NET));
        assertEquals(List.of(), SeriesFactory.intervals(List.of(), true));
    }

    @Test
    void missingIntervalsSplitTheSeriesSoNothingStoredIsErased() {
        List<ChannelSeries> all = SeriesFactory.intervals(List.of(reading(0, "0.100", IntervalKind.CONSUMPTION),
                reading(1, "0.200", IntervalKind.CONSUMPTION), reading(3, "0.300", IntervalKind.CONSUMPTION)), false);

        assertEquals(List.of(Map.of(at(0), "0.100 kWh", at(1), "0.200 kWh"), Map.of(at(3), "0.300 kWh")),
                series(all, CHANNEL_INTERVAL_CONSUMPTION));
        assertEquals(2, series(all, CHANNEL_INTERVAL_POWER).size());
    }

    @Test
    void dailyGenerationIsSummedPerCentralDayAndMissingDaysSplitIt() {
        int perDay = 96;
        List<IntervalReading> readings = List.of(reading(0, "0.100", IntervalKind.GENERATION),
                reading(perDay - 1, "0.200", IntervalKind.GENERATION),
                reading(perDay, "0.400", IntervalKind.GENERATION),
                reading(3 * perDay, "0.800", IntervalKind.GENERATION));

        assertEquals(
                List.of(Map.of(MIDNIGHT, "0.300 kWh", SmtTime.startOfDay(DAY.plusDays(1)), "0.400 kWh"),
                        Map.of(SmtTime.startOfDay(DAY.plusDays(3)), "0.800 kWh")),
                series(SeriesFactory.intervals(readings, true), CHANNEL_DAILY_GENERATION));
    }

    @Test
    void dailyChannelsCarryConsumptionAndTheRegistersAtCentralMidnight() {
        List<DailyRead> reads = List.of(
                new DailyRead(DAY, new BigDecimal("1000.000"), new BigDecimal("1012.400"), new BigDecimal("12.500")),
                new DailyRead(DAY.plusDays(1), null, new BigDecimal("1022.400"), new BigDecimal("10.000")),
                new DailyRead(DAY.plusDays(3), new BigDecimal("1040.000"), null, new BigDecimal("9.000")));
        List<ChannelSeries> all = SeriesFactory.daily(reads);
        Instant second = SmtTime.startOfDay(DAY.plusDays(1));
        Instant fourth = SmtTime.startOfDay(DAY.plusDays(3));

        assertEquals(List.of(Map.of(MIDNIGHT, "12.500 kWh", second, "10.000 kWh"), Map.of(fourth, "9.000 kWh")),
                series(all, CHANNEL_DAILY_CONSUMPTION), "a missing day splits the series");
        assertEquals(List.of(Map.of(MIDNIGHT, "1000.000 kWh"), Map.of(fourth, "1040.000 kWh")),
                series(all, CHANNEL_DAILY_START_READING), "a register SMT did not send is left out");
        assertEquals(List.of(Map.of(MIDNIGHT, "1012.400 kWh", second, "1022.400 kWh")),
                series(all, CHANNEL_DAILY_END_READING));
    }

    @Test
    void monthlyPeriodsAreStampedAtTheMidnightOfTheirFirstDayInOneSeries() {
        MonthlyUsage june = new MonthlyUsage(LocalDate.of(2026, 6, 12), LocalDate.of(2026, 7, 11),
                new BigDecimal("900.5"));
        MonthlyUsage may = new MonthlyUsage(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 6, 11),
                new BigDecimal("700.25"));
        MonthlyUsage mayRestated = new MonthlyUsage(LocalDate.of(2026, 5, 12), LocalDate.of(2026, 6, 11),
                new BigDecimal("701.25"));
        MonthlyUsage march = new MonthlyUsage(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 4, 11),
                new BigDecimal("650"));

        List<ChannelSeries> all = SeriesFactory.monthly(List.of(june, may, march, mayRestated));

        Map<Instant, String> expected = new TreeMap<>();
        expected.put(SmtTime.startOfDay(LocalDate.of(2026, 3, 12)), "650 kWh");
        expected.put(SmtTime.startOfDay(LocalDate.of(2026, 5, 12)), "701.25 kWh");
        expected.put(SmtTime.startOfDay(LocalDate.of(2026, 6, 12)), "900.5 kWh");
        List<Map<Instant, String>> monthly = series(all, CHANNEL_MONTHLY_CONSUMPTION);
        assertEquals(List.of(expected), monthly, "the later of two answers for a period wins");
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(monthly.get(0).keySet()), "in time order");
        assertEquals(List.of(), SeriesFactory.monthly(List.of()));
    }

    @Test
    void dataUntilIsTheEndOfTheNewestConsumptionInterval() {
        assertEquals(at(3), SeriesFactory.dataUntil(List.of(reading(2, "0.1", IntervalKind.CONSUMPTION),
                reading(0, "0.1", IntervalKind.CONSUMPTION), reading(5, "0.1", IntervalKind.GENERATION))));
        assertNull(SeriesFactory.dataUntil(List.of(reading(5, "0.1", IntervalKind.GENERATION))));
    }

    // ---- costs and amounts (issue 13, mutation testing)

    private static void openHabKnowsUsDollars() {
        // openHAB's currency service makes every ISO currency known at start
        CurrencyUnits.addUnit(CurrencyUnits.createCurrency("USD", "US Dollar"));
    }

    @Test
    void costSeriesAreInDollarsAndSplitWhereIntervalsOrDaysAreMissing() {
        openHabKnowsUsDollars();
        Map<Instant, BigDecimal> intervals = new TreeMap<>(
                Map.of(at(0), new BigDecimal("0.05"), at(1), new BigDecimal("0.06"), at(3), new BigDecimal("0.07")));
        Map<LocalDate, BigDecimal> days = new TreeMap<>(Map.of(DAY, new BigDecimal("3.10"), DAY.plusDays(1),
                new BigDecimal("2.90"), DAY.plusDays(3), new BigDecimal("4.00")));

        List<ChannelSeries> all = SeriesFactory.costs(intervals, days);

        assertEquals(List.of(Map.of(at(0), "0.05 USD", at(1), "0.06 USD"), Map.of(at(3), "0.07 USD")),
                series(all, CHANNEL_COST_INTERVAL));
        assertEquals(List.of(Map.of(MIDNIGHT, "3.10 USD", SmtTime.startOfDay(DAY.plusDays(1)), "2.90 USD"),
                Map.of(SmtTime.startOfDay(DAY.plusDays(3)), "4.00 USD")), series(all, CHANNEL_COST_DAILY));
    }

    @Test
    void amountsCarryTheirUnitOrArePlainNumbersWhenItIsUnknown() {
        openHabKnowsUsDollars();
        State price = SeriesFactory.amounts("USD/kWh").apply(new BigDecimal("0.129"));
        State plain = SeriesFactory.amounts("no unit").apply(new BigDecimal("0.129"));

        assertEquals("0.129 USD/kWh", price.toString());
        assertEquals(new DecimalType(new BigDecimal("0.129")), plain);
        assertEquals("1.5 kWh", SeriesFactory.energy(new BigDecimal("1.5")).toString());
    }
}
