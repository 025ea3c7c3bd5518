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
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.GroundTruth;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.Thing;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.TimeSeries.Policy;
import org.slf4j.LoggerFactory;

/**
 * What persistence receives around the daylight-saving changes: every 15-minute value at its exact instant (92 on the
 * spring-forward day, 100 with two distinct 01:00 hours on the fall-back day), series that replace whole Central days,
 * and values equal to SMT's.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterHandlerTimeSeriesDstTest {

    @ParameterizedTest
    @CsvSource({ "2025-03-09, 92", "2025-11-02, 100", "2026-03-08, 92", "2026-11-01, 100", "2026-03-10, 96" })
    void fifteenMinuteSeriesHasEveryIntervalAtItsExactInstant(LocalDate day, int intervals) throws Exception {
        Instant dayAfter1000 = day.plusDays(1).atTime(10, 0).atZone(SmtTime.CENTRAL).toInstant();
        try (BindingHarness harness = new BindingHarness(dayAfter1000)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            Thing meter = harness.startMeter(esiid, Map.of("readInterval", 0, "historyDays", 0, "revisionDays", 1))
                    .getThing();
            harness.run(Duration.ofMinutes(5));

            List<TimeSeries> sent = harness.series(meter, CHANNEL_INTERVAL_CONSUMPTION);
            assertEquals(1, sent.size(), "one series for the one day asked");
            TimeSeries series = sent.get(0);
            assertEquals(Policy.REPLACE, series.getPolicy());
            Map<Instant, BigDecimal> values = new TreeMap<>();
            series.getStates().forEach(
                    e -> values.put(e.timestamp(), ((QuantityType<?>) e.state()).toUnit("kWh").toBigDecimal()));
            assertEquals(intervals, values.size(), "distinct instants on " + day);
            assertEquals(SmtTime.startOfDay(day), series.getBegin(), "starts at the day's Central midnight");
            assertEquals(SmtTime.startOfDay(day.plusDays(1)).minus(Duration.ofMinutes(15)), series.getEnd(),
                    "ends with the day's last interval");
            Instant previous = null;
            for (Instant start : values.keySet()) {
                if (previous != null) {
                    assertEquals(Duration.ofMinutes(15), Duration.between(previous, start), "no gap, no overlap");
                }
                previous = start;
            }
            GroundTruth truth = harness.simulator.truth();
            for (GroundTruth.Interval expected : truth.intervals(esiid, day)) {
                assertEquals(0, expected.consumptionKwh().compareTo(values.get(expected.start())),
                        "SMT's value at " + expected.start());
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "2025-11-02", "2026-11-01" })
    void fallBackDayKeepsBothOneOClockHoursApart(LocalDate day) throws Exception {
        Instant next = day.plusDays(1).atTime(10, 0).atZone(SmtTime.CENTRAL).toInstant();
        try (BindingHarness harness = new BindingHarness(next)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            Thing meter = harness.startMeter(harness.simulator.esiids().get(0),
                    Map.of("readInterval", 0, "historyDays", 0, "revisionDays", 1)).getThing();
            harness.run(Duration.ofMinutes(5));
            TimeSeries series = harness.series(meter, CHANNEL_INTERVAL_CONSUMPTION).get(0);
            List<Instant> oneOClock = series.getStates().map(TimeSeries.Entry::timestamp)
                    .filter(t -> ZonedDateTime.ofInstant(t, SmtTime.CENTRAL).toLocalTime().equals(LocalTime.of(1, 0)))
                    .toList();
            StringBuilder excerpt = new StringBuilder("interval#consumption sent for " + day + ", 00:30 to 02:15:");
            series.getStates()
                    .filter(e -> !e.timestamp().isBefore(day.atTime(0, 30).atZone(SmtTime.CENTRAL).toInstant())
                            && e.timestamp().isBefore(day.atTime(2, 30).atZone(SmtTime.CENTRAL).toInstant()))
                    .forEach(e -> excerpt.append("\n  ").append(e.timestamp()).append("  ")
                            .append(ZonedDateTime.ofInstant(e.timestamp(), SmtTime.CENTRAL).toOffsetDateTime())
                            .append("  ").append(e.state()));
            LoggerFactory.getLogger(MeterHandlerTimeSeriesDstTest.class).info("{}", excerpt);
            ZonedDateTime firstOne = day.atTime(1, 0).atZone(SmtTime.CENTRAL);
            assertEquals(List.of(firstOne.toInstant(), firstOne.withLaterOffsetAtOverlap().toInstant()), oneOClock,
                    "01:00 CDT and 01:00 CST, an hour apart");
        }
    }

    @ParameterizedTest
    @CsvSource({ "2025-03-09", "2025-11-02" })
    void dailyValuesAreStampedAtCentralMidnight(LocalDate day) throws Exception {
        Instant next = day.plusDays(1).atTime(10, 0).atZone(SmtTime.CENTRAL).toInstant();
        try (BindingHarness harness = new BindingHarness(next)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            Thing meter = harness.startMeter(harness.simulator.esiids().get(1),
                    Map.of("readInterval", 0, "historyDays", 0, "revisionDays", 3)).getThing();
            harness.run(Duration.ofMinutes(5));
            TimeSeries daily = harness.series(meter, CHANNEL_DAILY_CONSUMPTION).get(0);
            List<Instant> stamps = daily.getStates().map(TimeSeries.Entry::timestamp).toList();
            assertEquals(List.of(SmtTime.startOfDay(day.minusDays(2)), SmtTime.startOfDay(day.minusDays(1)),
                    SmtTime.startOfDay(day)), stamps);
            TimeSeries generation = harness.series(meter, CHANNEL_DAILY_GENERATION).get(0);
            BigDecimal expected = harness.simulator.truth().generationKwh(harness.simulator.esiids().get(1), day);
            BigDecimal sent = generation.getStates().filter(e -> e.timestamp().equals(SmtTime.startOfDay(day)))
                    .map(e -> ((QuantityType<?>) e.state()).toBigDecimal()).findFirst().orElseThrow();
            assertEquals(0, expected.compareTo(sent), "the day's surplus is the sum of its 15-minute values");
        }
    }
}
