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
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.GroundTruth;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Thing;
import org.openhab.core.types.State;

/**
 * Every channel of a meter against the simulator's ground truth, value by value and at its timestamp, after a
 * binding ran for a day and a half: what openHAB's persistence holds for each 15-minute, daily and monthly channel
 * equals what the meters measured (nothing more, nothing less), and the live channels show the meter's reads and
 * the reads SMT still accepts today. The expected values come from the simulator's meters, never from the
 * binding's own classes.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ChannelOracleTest {

    /** The test ends on the morning after the first day from here on that has estimated intervals and no gaps. */
    private static final LocalDate SEARCH_FROM = LocalDate.of(2026, 5, 4);
    private static final int HISTORY_DAYS = 10;
    private static final BigDecimal INTERVALS_PER_HOUR = BigDecimal.valueOf(4);

    @ParameterizedTest(name = "{0} flow")
    @ValueSource(strings = { "portal", "official" })
    void everyChannelCarriesWhatTheMeterMeasuredAtItsTimestamp(String flow) throws Exception {
        try (BindingHarness harness = new BindingHarness(SmtTime.startOfDay(SEARCH_FROM))) {
            GroundTruth truth = harness.simulator.truth();
            List<String> esiids = harness.simulator.esiids();
            LocalDate lastDay = dayWithEstimates(truth, esiids);
            LocalDate today = lastDay.plusDays(1);
            harness.clock.set(lastDay.atTime(8, 0).atZone(SmtTime.CENTRAL).toInstant());

            harness.startAccount("portal".equals(flow) ? BindingHarness.portalAccount(harness.simulator)
                    : BindingHarness.officialAccount(harness.simulator));
            Map<String, MeterHandler> meters = new TreeMap<>();
            for (String esiid : esiids) {
                meters.put(esiid, harness.startMeter(esiid, Map.of("historyDays", HISTORY_DAYS)));
            }
            // reads-left-today through the day and across midnight, against the reads SMT counted
            for (int hour : new int[] { 9, 12, 15, 18, 21 }) {
                harness.runUntil(lastDay, LocalTime.of(hour, 10));
                assertReadsLeft(harness, truth, meters);
            }
            harness.runUntil(today, LocalTime.of(2, 10));
            assertReadsLeft(harness, truth, meters);
            harness.runUntil(today, LocalTime.of(10, 40));
            assertReadsLeft(harness, truth, meters);

            Instant now = harness.clock.instant();
            LocalDate firstDay = lastDay.minusDays(HISTORY_DAYS);
            for (Map.Entry<String, MeterHandler> meter : meters.entrySet()) {
                String esiid = meter.getKey();
                Thing thing = meter.getValue().getThing();
                ReplayedPersistence stored = ReplayedPersistence.of(harness, thing);
                boolean solar = truth.hasGeneration(esiid);

                Map<Instant, BigDecimal> consumption = new TreeMap<>();
                Map<Instant, BigDecimal> generation = new TreeMap<>();
                Map<Instant, BigDecimal> net = new TreeMap<>();
                Map<Instant, BigDecimal> power = new TreeMap<>();
                Map<Instant, BigDecimal> dailyConsumption = new TreeMap<>();
                Map<Instant, BigDecimal> dailyGeneration = new TreeMap<>();
                Map<Instant, BigDecimal> startReading = new TreeMap<>();
                Map<Instant, BigDecimal> endReading = new TreeMap<>();
                Instant dataUntil = Instant.EPOCH;
                for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
                    for (GroundTruth.Interval interval : truth.intervals(esiid, day)) {
                        consumption.put(interval.start(), interval.consumptionKwh());
                        generation.put(interval.start(), interval.generationKwh());
                        net.put(interval.start(), interval.consumptionKwh().subtract(interval.generationKwh()));
                        power.put(interval.start(), interval.consumptionKwh().multiply(INTERVALS_PER_HOUR));
                        dataUntil = interval.end().isAfter(dataUntil) ? interval.end() : dataUntil;
                    }
                    Instant midnight = day.atStartOfDay(SmtTime.CENTRAL).toInstant();
                    dailyConsumption.put(midnight, truth.consumptionKwh(esiid, day));
                    dailyGeneration.put(midnight, truth.generationKwh(esiid, day));
                    startReading.put(midnight, truth.dailyStartRegisterKwh(esiid, day));
                    endReading.put(midnight, truth.dailyEndRegisterKwh(esiid, day));
                }
                String who = esiid + " (" + flow + ")";
                assertStored(consumption, stored, CHANNEL_INTERVAL_CONSUMPTION, who);
                assertStored(net, stored, CHANNEL_INTERVAL_NET, who);
                assertStored(power, stored, CHANNEL_INTERVAL_POWER, who);
                assertStored(solar ? generation : Map.of(), stored, CHANNEL_INTERVAL_GENERATION, who);
                assertStored(dailyConsumption, stored, CHANNEL_DAILY_CONSUMPTION, who);
                assertStored(solar ? dailyGeneration : Map.of(), stored, CHANNEL_DAILY_GENERATION, who);
                assertStored(startReading, stored, CHANNEL_DAILY_START_READING, who);
                assertStored(endReading, stored, CHANNEL_DAILY_END_READING, who);
                assertStored(monthly(truth, esiid, lastDay.minusDays(92), today, now), stored,
                        CHANNEL_MONTHLY_CONSUMPTION, who);

                assertEquals(dataUntil, instant(last(harness.states(thing, CHANNEL_DATA_UNTIL))), who + " data-until");
                assertEquals(new DecimalType(estimatedIntervals(truth, esiid, lastDay)),
                        last(harness.states(thing, CHANNEL_DAILY_ESTIMATED_INTERVALS)), who + " estimated-intervals");
                assertReads(harness, truth, thing, esiid, now, who);
            }
        }
    }

    /**
     * The first day from {@link #SEARCH_FROM} on when one of the meters marked intervals as estimated and has them
     * all (a day the estimated-intervals channel speaks of).
     */
    private static LocalDate dayWithEstimates(GroundTruth truth, List<String> esiids) {
        for (LocalDate day = SEARCH_FROM;; day = day.plusDays(1)) {
            for (String esiid : esiids) {
                if (estimatedIntervals(truth, esiid, day) > 0) {
                    return day;
                }
            }
        }
    }

    /** Intervals of a day with an estimated value, or -1 when the day misses intervals. */
    private static int estimatedIntervals(GroundTruth truth, String esiid, LocalDate day) {
        List<GroundTruth.Interval> intervals = truth.intervals(esiid, day);
        long length = Duration.between(day.atStartOfDay(SmtTime.CENTRAL), day.plusDays(1).atStartOfDay(SmtTime.CENTRAL))
                .toMinutes();
        if (intervals.size() != length / 15) {
            return -1;
        }
        return (int) intervals.stream().filter(i -> i.consumptionEstimated() || i.generationEstimated()).count();
    }

    /** The billing periods SMT has published by {@code now} that overlap the range, at the midnight of their start. */
    private static Map<Instant, BigDecimal> monthly(GroundTruth truth, String esiid, LocalDate from, LocalDate to,
            Instant now) {
        Map<Instant, BigDecimal> expected = new TreeMap<>();
        for (GroundTruth.BillingPeriod period : truth.billingPeriods(esiid, from, to)) {
            if (truth.published(period.start(), now) && truth.published(period.end(), now)) {
                expected.put(period.start().atStartOfDay(SmtTime.CENTRAL).toInstant(), period.actualKwh());
            }
        }
        assertFalse(expected.isEmpty(), "three months hold a published billing period");
        return expected;
    }

    /** What persistence holds for the channel is exactly the expected values at their timestamps. */
    private static void assertStored(Map<Instant, BigDecimal> expected, ReplayedPersistence stored, String channel,
            String who) {
        assertEquals(normalized(expected), normalized(stored.channel(channel)), who + " " + channel);
    }

    private static Map<Instant, BigDecimal> normalized(Map<Instant, BigDecimal> values) {
        Map<Instant, BigDecimal> result = new TreeMap<>();
        values.forEach((at, value) -> result.put(at, value.stripTrailingZeros()));
        return result;
    }

    private static void assertReadsLeft(BindingHarness harness, GroundTruth truth, Map<String, MeterHandler> meters) {
        Instant now = harness.clock.instant();
        for (Map.Entry<String, MeterHandler> meter : meters.entrySet()) {
            assertEquals(new DecimalType(truth.readsLeftToday(meter.getKey(), now)),
                    last(harness.states(meter.getValue().getThing(), CHANNEL_READS_LEFT_TODAY)),
                    meter.getKey() + " reads left at " + now.atZone(SmtTime.CENTRAL));
        }
    }

    /**
     * Each completed read the binding asked for shows its register and read time, in order; the read status ends
     * COMPLETED once for each. Only the newest read may still be on its way.
     */
    private static void assertReads(BindingHarness harness, GroundTruth truth, Thing thing, String esiid, Instant now,
            String who) {
        List<String> expected = new ArrayList<>();
        List<GroundTruth.Read> reads = truth.reads(esiid);
        for (GroundTruth.Read read : reads.subList(1, reads.size())) {
            if (read.completes() && read.readAt().isBefore(now)) {
                expected.add(read.registerKwh().stripTrailingZeros().toPlainString() + " at "
                        + read.readAt().truncatedTo(ChronoUnit.SECONDS));
            }
        }
        List<State> registers = harness.states(thing, CHANNEL_REGISTER);
        List<State> times = harness.states(thing, CHANNEL_READ_TIME);
        assertEquals(registers.size(), times.size(), who);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < registers.size(); i++) {
            QuantityType<?> register = (QuantityType<?>) registers.get(i);
            assertEquals("kWh", register.getUnit().toString(), who);
            shown.add(register.toBigDecimal().stripTrailingZeros().toPlainString() + " at " + instant(times.get(i)));
        }
        assertTrue(expected.size() >= 10, who + ": a read every 90 minutes: " + expected);
        List<String> settled = expected.subList(0, expected.size() - 1);
        assertEquals(settled, shown.subList(0, Math.min(shown.size(), settled.size())), who + " register, read-time");
        assertTrue(shown.size() <= expected.size(), who + " no read shown that SMT did not make: " + shown);
        List<State> statuses = harness.states(thing, CHANNEL_READ_STATUS);
        assertEquals(registers.size(), statuses.stream().filter(new StringType("COMPLETED")::equals).count(),
                who + " read-status " + statuses);
        assertTrue(statuses.stream().allMatch(s -> List.of("PENDING", "COMPLETED").contains(s.toString())),
                who + " " + statuses);
    }

    private static Instant instant(State state) {
        return ((DateTimeType) state).getInstant();
    }

    private static State last(List<State> states) {
        assertFalse(states.isEmpty(), "the channel has a state");
        return states.get(states.size() - 1);
    }
}
