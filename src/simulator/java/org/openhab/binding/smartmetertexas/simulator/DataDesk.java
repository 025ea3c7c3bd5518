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
package org.openhab.binding.smartmetertexas.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What is published when, and the data answers both flows share: RD entries, daily registers,
 * billing cycles. Yesterday appears at {@link SimulatorControl#publishHourCentral()}; older days
 * back to {@code historyDays}; restated days carry a newer RevTS.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class DataDesk {

    /** One billing cycle with its sums. */
    record Cycle(LocalDate start, LocalDate end, long actualWh, long meteredWh, long peakW, Instant lastUpdate) {
    }

    /** One day's register read. */
    record DailyRead(LocalDate day, long startWh, long endWh, long energyWh, Instant revisedAt) {
    }

    private final Map<String, SyntheticMeter> meters;
    private final SimulatorControl control;
    private final int historyDays;

    DataDesk(Map<String, SyntheticMeter> meters, SimulatorControl control, int historyDays) {
        this.meters = meters;
        this.control = control;
        this.historyDays = historyDays;
    }

    @Nullable
    SyntheticMeter meter(String esiid) {
        return meters.get(esiid);
    }

    boolean published(LocalDate day, Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, SyntheticMeter.CENTRAL);
        LocalDate today = local.toLocalDate();
        if (day.isBefore(today.minusDays(historyDays))) {
            return false;
        }
        LocalDate yesterday = today.minusDays(1);
        if (day.isBefore(yesterday)) {
            return true;
        }
        return day.equals(yesterday) && local.getHour() >= control.publishHourCentral();
    }

    List<LocalDate> publishedDays(LocalDate from, LocalDate to, Instant now) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (published(day, now)) {
                days.add(day);
            }
        }
        return days;
    }

    int revision(SyntheticMeter meter, LocalDate day) {
        return control.revisions(meter.esiid(), day).size();
    }

    /** RevTS of every version of a day, oldest first: the first load (before the publish hour), then restatements. */
    List<Instant> versions(SyntheticMeter meter, LocalDate day) {
        int hour = Math.max(0, control.publishHourCentral() - 1);
        long random = SyntheticMeter.mix(day.toEpochDay(), meter.esiid().hashCode(), 81);
        int minute = (int) Math.floorMod(random, 60L);
        int second = (int) Math.floorMod(random >>> 8, 60L);
        List<Instant> versions = new ArrayList<>();
        versions.add(day.plusDays(1).atTime(hour, minute, second).atZone(SyntheticMeter.CENTRAL).toInstant());
        versions.addAll(control.revisions(meter.esiid(), day));
        return versions;
    }

    Instant revisedAt(SyntheticMeter meter, LocalDate day) {
        List<Instant> versions = versions(meter, day);
        return versions.get(versions.size() - 1);
    }

    /**
     * energyData entries {DT, RevTS, RT, RD} of one day: consumption, and surplus generation for solar
     * meters when {@code withGeneration}; every version when {@code allVersions}, else the latest.
     */
    void addEnergyData(JsonArray target, SyntheticMeter meter, LocalDate day, AnswerFormat format,
            boolean withGeneration, boolean allVersions) {
        List<Instant> versions = versions(meter, day);
        int first = allVersions ? 0 : versions.size() - 1;
        for (int revision = first; revision < versions.size(); revision++) {
            List<SyntheticMeter.Interval> intervals = meter.intervals(day, revision);
            target.add(entry(day, versions.get(revision), "C", rd(intervals, false, format), format));
            if (withGeneration && meter.solar()) {
                target.add(entry(day, versions.get(revision), "G", rd(intervals, true, format), format));
            }
        }
    }

    private static JsonObject entry(LocalDate day, Instant revTs, String type, String rd, AnswerFormat format) {
        JsonObject entry = new JsonObject();
        entry.addProperty("DT", format.date(day));
        entry.addProperty("RevTS", format.timestamp(revTs));
        entry.addProperty("RT", type);
        entry.addProperty("RD", rd);
        return entry;
    }

    /** The 100-position RD string of one day. */
    static String rd(List<SyntheticMeter.Interval> intervals, boolean generation, AnswerFormat format) {
        String[] positions = new String[100];
        java.util.Arrays.fill(positions, format.rdEmpty());
        for (SyntheticMeter.Interval interval : intervals) {
            positions[interval.position() - 1] = generation
                    ? format.rdValue(interval.generationWh(), interval.generationEstimated())
                    : format.rdValue(interval.consumptionWh(), interval.consumptionEstimated());
        }
        return String.join(",", positions);
    }

    DailyRead dailyRead(SyntheticMeter meter, LocalDate day) {
        return new DailyRead(day, meter.dailyRegisterWh(day), meter.dailyRegisterWh(day.plusDays(1)),
                meter.dayConsumptionWh(day, revision(meter, day)), revisedAt(meter, day));
    }

    /** Billing cycles that overlap [from, to] and whose last day is published. */
    List<Cycle> cycles(SyntheticMeter meter, LocalDate from, LocalDate to, Instant now) {
        List<Cycle> cycles = new ArrayList<>();
        int cycleDay = meter.billingCycleDay();
        LocalDate start = from.minusMonths(1).withDayOfMonth(cycleDay);
        while (!start.isAfter(to)) {
            LocalDate end = start.plusMonths(1).minusDays(1);
            if (!end.isBefore(from) && published(start, now) && published(end, now)) {
                cycles.add(cycle(meter, start, end));
            }
            start = start.plusMonths(1);
        }
        return cycles;
    }

    private Cycle cycle(SyntheticMeter meter, LocalDate start, LocalDate end) {
        long actual = 0;
        long peak = 0;
        Instant lastUpdate = Instant.EPOCH;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            for (SyntheticMeter.Interval interval : meter.intervals(day, revision(meter, day))) {
                actual += interval.consumptionWh();
                peak = Math.max(peak, interval.consumptionWh() * 4);
            }
            Instant revised = revisedAt(meter, day);
            if (revised.isAfter(lastUpdate)) {
                lastUpdate = revised;
            }
        }
        long metered = meter.dailyRegisterWh(end.plusDays(1)) - meter.dailyRegisterWh(start);
        return new Cycle(start, end, actual, metered, peak, lastUpdate);
    }
}
