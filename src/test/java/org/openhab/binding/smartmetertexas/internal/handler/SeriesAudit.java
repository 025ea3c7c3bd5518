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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.TimeSeries.Policy;

/**
 * Checks every time series the binding sent for one meter, the way persistence would be hurt by a bad one: a REPLACE
 * series erases everything stored between its first and last timestamp, so it must carry every Central day in that
 * range; 15-minute values must sit on the 15-minute grid, daily values at Central midnight; no value may be garbage
 * (negative energy, absurd sizes). Days carried with fewer than all their intervals are listed for the test to judge.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class SeriesAudit {

    /** Far above what a home uses or feeds in 15 minutes (400 kW), far below garbage. */
    private static final BigDecimal MAX_INTERVAL_KWH = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_KW = BigDecimal.valueOf(400);
    private static final BigDecimal MAX_DAY_KWH = BigDecimal.valueOf(10_000);
    private static final BigDecimal MAX_REGISTER_KWH = BigDecimal.valueOf(100_000_000);
    private static final Set<String> FIFTEEN_MINUTES = Set.of(CHANNEL_INTERVAL_CONSUMPTION, CHANNEL_INTERVAL_GENERATION,
            CHANNEL_INTERVAL_NET, CHANNEL_INTERVAL_POWER);
    private static final Set<String> DAILY = Set.of(CHANNEL_DAILY_CONSUMPTION, CHANNEL_DAILY_GENERATION,
            CHANNEL_DAILY_START_READING, CHANNEL_DAILY_END_READING);

    /**
     * The findings.
     *
     * @param problems broken rules, in words (must be empty)
     * @param partialDays 15-minute channel days carried with fewer intervals than the day has
     * @param seriesCount how many series were checked
     */
    record Result(List<String> problems, Set<LocalDate> partialDays, int seriesCount) {
    }

    private SeriesAudit() {
    }

    static Result of(BindingHarness harness, Thing thing) {
        List<String> problems = new ArrayList<>();
        Set<LocalDate> partial = new TreeSet<>();
        int count = 0;
        for (Map.Entry<ChannelUID, List<TimeSeries>> entry : harness.allSeries(thing).entrySet()) {
            String channel = entry.getKey().getId();
            for (TimeSeries series : entry.getValue()) {
                count++;
                check(channel, series, problems, partial);
            }
        }
        return new Result(problems, partial, count);
    }

    private static void check(String channel, TimeSeries series, List<String> problems, Set<LocalDate> partial) {
        if (series.size() == 0) {
            problems.add(channel + ": an empty series");
            return;
        }
        if (series.getPolicy() != Policy.REPLACE && !CHANNEL_MONTHLY_CONSUMPTION.equals(channel)) {
            problems.add(channel + ": policy " + series.getPolicy());
        }
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        series.getStates().forEach(e -> {
            Instant at = e.timestamp();
            perDay.merge(SmtTime.dayOf(at), 1, Integer::sum);
            BigDecimal value = ReplayedPersistence.number(e.state());
            if (value == null) {
                problems.add(channel + ": not a number at " + at + ": " + e.state());
                return;
            }
            String garbage = garbage(channel, value);
            if (!garbage.isEmpty()) {
                problems.add(channel + ": " + garbage + " at " + at + ": " + value.toPlainString());
            }
            if (FIFTEEN_MINUTES.contains(channel) && at.getEpochSecond() % 900 != 0) {
                problems.add(channel + ": off the 15-minute grid at " + at);
            }
            if (DAILY.contains(channel) && !at.equals(SmtTime.startOfDay(SmtTime.dayOf(at)))) {
                problems.add(channel + ": a daily value not at Central midnight: " + at);
            }
        });
        if (CHANNEL_MONTHLY_CONSUMPTION.equals(channel)) {
            return;
        }
        LocalDate first = SmtTime.dayOf(series.getBegin());
        LocalDate last = SmtTime.dayOf(series.getEnd());
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            int carried = perDay.getOrDefault(day, 0);
            if (carried == 0) {
                problems.add(channel + ": a series from " + first + " to " + last + " erases " + day
                        + ", which it does not carry");
            } else if (FIFTEEN_MINUTES.contains(channel) && carried < SeriesFactory.intervalsIn(day)
                    && CHANNEL_INTERVAL_CONSUMPTION.equals(channel)) {
                partial.add(day);
            } else if (FIFTEEN_MINUTES.contains(channel) && carried > SeriesFactory.intervalsIn(day)) {
                problems.add(channel + ": " + carried + " intervals on " + day);
            }
        }
    }

    private static String garbage(String channel, BigDecimal value) {
        boolean net = CHANNEL_INTERVAL_NET.equals(channel);
        if (!net && value.signum() < 0) {
            return "negative";
        }
        BigDecimal limit;
        if (FIFTEEN_MINUTES.contains(channel)) {
            limit = CHANNEL_INTERVAL_POWER.equals(channel) ? MAX_KW : MAX_INTERVAL_KWH;
        } else if (CHANNEL_DAILY_START_READING.equals(channel) || CHANNEL_DAILY_END_READING.equals(channel)) {
            limit = MAX_REGISTER_KWH;
        } else if (CHANNEL_MONTHLY_CONSUMPTION.equals(channel)) {
            limit = MAX_DAY_KWH.multiply(BigDecimal.valueOf(40));
        } else {
            limit = MAX_DAY_KWH;
        }
        return value.abs().compareTo(limit) > 0 ? "absurdly large" : "";
    }
}
