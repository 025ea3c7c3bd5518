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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What the synthetic meters really measured: the values behind every answer, independent of how
 * the answers are shaped, so tests can compare what a client parsed with the truth.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class GroundTruth {

    /**
     * One 15-minute interval.
     *
     * @param start first instant
     * @param end instant after the last
     * @param position RD position 1..100
     * @param consumptionKwh energy taken from the grid
     * @param consumptionEstimated flag "E"
     * @param generationKwh surplus fed into the grid (0 for meters without generation)
     * @param generationEstimated flag "E" of the generation value
     */
    public record Interval(Instant start, Instant end, int position, BigDecimal consumptionKwh,
            boolean consumptionEstimated, BigDecimal generationKwh, boolean generationEstimated) {
    }

    /**
     * One billing period: its Central calendar days and what the meter measured in them.
     *
     * @param start first day
     * @param end last day (included)
     * @param actualKwh the consumption of its days, summed from their intervals (latest revision)
     */
    public record BillingPeriod(LocalDate start, LocalDate end, BigDecimal actualKwh) {
    }

    /**
     * One on-demand read the meter was asked for (or, the first, the read every meter had before the simulator
     * started).
     *
     * @param requestedAt when SMT accepted the request
     * @param readAt when the meter is read (the read time SMT reports once it completed)
     * @param registerKwh the consumption register at {@code readAt}
     * @param completes whether it ends COMPLETED (faults make some fail or stay pending)
     */
    public record Read(Instant requestedAt, Instant readAt, BigDecimal registerKwh, boolean completes) {
    }

    private final Map<String, SyntheticMeter> meters;
    private final DataDesk data;
    private final OdrDesk odr;
    private final int readsPerDay;

    GroundTruth(Map<String, SyntheticMeter> meters, DataDesk data, OdrDesk odr, int readsPerDay) {
        this.meters = meters;
        this.data = data;
        this.odr = odr;
        this.readsPerDay = readsPerDay;
    }

    private SyntheticMeter meter(String esiid) {
        SyntheticMeter meter = meters.get(esiid);
        if (meter == null) {
            throw new IllegalArgumentException("unknown ESIID " + esiid);
        }
        return meter;
    }

    /** The day's intervals as currently published (latest revision), in time order; rare gaps stay gaps. */
    public List<Interval> intervals(String esiid, LocalDate day) {
        SyntheticMeter meter = meter(esiid);
        return meter.intervals(day, data.revision(meter, day)).stream()
                .map(i -> new Interval(i.start().toInstant(), i.end().toInstant(), i.position(),
                        AnswerFormat.kwhDecimal(i.consumptionWh()), i.consumptionEstimated(),
                        AnswerFormat.kwhDecimal(i.generationWh()), i.generationEstimated()))
                .toList();
    }

    /** The day's consumption: the sum of its intervals (what energyDataKwh / reading report). */
    public BigDecimal consumptionKwh(String esiid, LocalDate day) {
        SyntheticMeter meter = meter(esiid);
        return AnswerFormat.kwhDecimal(meter.dayConsumptionWh(day, data.revision(meter, day)));
    }

    /** The day's surplus generation: the sum of its intervals. */
    public BigDecimal generationKwh(String esiid, LocalDate day) {
        SyntheticMeter meter = meter(esiid);
        return AnswerFormat.kwhDecimal(meter.dayGenerationWh(day, data.revision(meter, day)));
    }

    /** The register of the daily read at the start of the day (the previous day's endReading). */
    public BigDecimal dailyStartRegisterKwh(String esiid, LocalDate day) {
        return AnswerFormat.kwhDecimal(meter(esiid).dailyRegisterWh(day));
    }

    /** The register of the daily read at the end of the day (the next day's startReading). */
    public BigDecimal dailyEndRegisterKwh(String esiid, LocalDate day) {
        return AnswerFormat.kwhDecimal(meter(esiid).dailyRegisterWh(day.plusDays(1)));
    }

    /**
     * The billing periods that overlap {@code from..to}, oldest first, whether published or not. Each sums its
     * days' intervals here, not through the answers' billing cycles, so a test compares against the meter itself.
     */
    public List<BillingPeriod> billingPeriods(String esiid, LocalDate from, LocalDate to) {
        SyntheticMeter meter = meter(esiid);
        List<BillingPeriod> periods = new ArrayList<>();
        LocalDate start = from.minusMonths(1).withDayOfMonth(meter.billingCycleDay());
        for (; !start.isAfter(to); start = start.plusMonths(1)) {
            LocalDate end = start.plusMonths(1).minusDays(1);
            if (end.isBefore(from)) {
                continue;
            }
            BigDecimal actual = BigDecimal.ZERO.setScale(3);
            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                actual = actual.add(consumptionKwh(esiid, day));
            }
            periods.add(new BillingPeriod(start, end, actual));
        }
        return periods;
    }

    /** Every on-demand read of the meter, oldest first: the one before the simulator started, then those asked for. */
    public List<Read> reads(String esiid) {
        meter(esiid);
        return odr.reads(esiid).stream().map(r -> new Read(r.requestedAt(), r.readAt(),
                AnswerFormat.kwhDecimal(r.registerWh()), r.fate() == OdrDesk.Fate.COMPLETE)).toList();
    }

    /** How many reads SMT allows per ESIID and Central calendar day. */
    public int readsPerDay() {
        return readsPerDay;
    }

    /** How many more reads SMT accepts for the meter on the Central day of {@code now}. */
    public int readsLeftToday(String esiid, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, SyntheticMeter.CENTRAL);
        // the first read predates the simulator: nobody asked for it here
        long asked = reads(esiid).stream().skip(1)
                .filter(r -> LocalDate.ofInstant(r.requestedAt(), SyntheticMeter.CENTRAL).equals(today)).count();
        return (int) Math.max(0, readsPerDay - asked);
    }

    /** The service address as SMT lists it with the meter: street, city, state and ZIP, space-separated. */
    public String serviceAddress(String esiid) {
        return String.join(" ", meter(esiid).address());
    }

    /** The consumption register at an instant (what an on-demand read completing then reports). */
    public BigDecimal registerKwh(String esiid, Instant at) {
        return AnswerFormat.kwhDecimal(meter(esiid).registerAtWh(at));
    }

    /** Whether the meter reports surplus generation. */
    public boolean hasGeneration(String esiid) {
        return meter(esiid).solar();
    }

    public String meterNumber(String esiid) {
        return meter(esiid).meterNumber();
    }

    /** Whether the day's data is published at {@code now}. */
    public boolean published(LocalDate day, Instant now) {
        return data.published(day, now);
    }

    /** When the day was last (re)stated: its current RevTS. */
    public Instant revisedAt(String esiid, LocalDate day) {
        return data.revisedAt(meter(esiid), day);
    }
}
