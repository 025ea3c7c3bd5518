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

    private final Map<String, SyntheticMeter> meters;
    private final DataDesk data;

    GroundTruth(Map<String, SyntheticMeter> meters, DataDesk data) {
        this.meters = meters;
        this.data = data;
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
