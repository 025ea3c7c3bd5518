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
package org.openhab.binding.smartmetertexas.internal.answer;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.testsupport.Fixtures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * Proves /api/usage/interval rows of the four DST days get distinct, exact instants in every clock style: the
 * repeated 1:00–1:45 labels of the fall-back day are told apart by their order within the day (chronological or
 * grouped), the spring-forward day has 92 intervals, blank rows for its missing hour are ignored and valued ones
 * rejected by name.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class PortalIntervalParserDstTest {

    static Stream<Arguments> dstDaysAndStyles() {
        return Stream.of(FALL_2025, FALL_2026, SPRING_2025, SPRING_2026)
                .flatMap(day -> Stream.of(Style.values()).map(style -> Arguments.of(day, style)));
    }

    @ParameterizedTest
    @MethodSource("dstDaysAndStyles")
    void everyDstDayInEveryStyleGetsGaplessDistinctInstants(LocalDate day, Style style) throws Exception {
        IntervalData data = AnswerParser
                .portalIntervals(BoundedJson.parse(usageIntervalAnswer(List.of(day), style, null, null)));

        assertEquals(List.of(), data.rejected());
        assertEquals(isFallBack(day) ? 100 : 92, data.readings().size());
        assertGapless(day, data.readings());
    }

    @ParameterizedTest
    @MethodSource("dstDaysAndStyles")
    void concreteInstantsOfTheDstHours(LocalDate day, Style style) throws Exception {
        List<IntervalReading> readings = AnswerParser
                .portalIntervals(BoundedJson.parse(usageIntervalAnswer(List.of(day), style, null, null))).readings();
        String date = day.toString();
        String next = day.plusDays(1).toString();

        if (isFallBack(day)) {
            assertEquals(z(date + "T06:00:00Z"), startOfRow(readings, 5)); // first 1:00 am (CDT)
            assertEquals(z(date + "T06:45:00Z"), startOfRow(readings, 8)); // first 1:45 am (CDT)
            assertEquals(z(date + "T07:00:00Z"), startOfRow(readings, 9)); // second 1:00 am (CST)
            assertEquals(z(date + "T07:45:00Z"), startOfRow(readings, 12)); // second 1:45 am (CST)
            assertEquals(z(date + "T08:00:00Z"), startOfRow(readings, 13)); // 2:00 am CST
            assertEquals(z(next + "T06:00:00Z"), readings.get(99).end()); // ends 12:00 am CST
        } else {
            assertEquals(z(date + "T07:45:00Z"), startOfRow(readings, 8)); // 1:45 am CST
            assertEquals(z(date + "T08:00:00Z"), startOfRow(readings, 9)); // 3:00 am CDT
            assertEquals(z(next + "T05:00:00Z"), readings.get(91).end()); // ends 12:00 am CDT
        }
    }

    @Test
    void repeatedLabelsListedTogetherAreStillToldApartByOrder() throws Exception {
        // some listings sort by label: 1:00, 1:00, 1:15, 1:15 ...; the first of each pair is daylight time
        StringBuilder rows = new StringBuilder();
        int[] minutes = { 0, 15, 30, 45, 60, 60, 75, 75, 90, 90, 105, 105, 120 };
        for (int i = 0; i < minutes.length; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"date\":\"2025-11-02\",\"starttime\":\"")
                    .append(label(minutes[i], Style.PORTAL)).append("\",\"consumption\":\"")
                    .append(String.format(Locale.ROOT, "%.3f", (i + 1) / 1000.0)).append("\"}");
        }

        List<IntervalReading> readings = AnswerParser
                .portalIntervals(BoundedJson.parse("{\"data\":{\"intervaldata\":[" + rows + "]}}")).readings();

        assertEquals(13, readings.size());
        assertEquals(z("2025-11-02T06:00:00Z"), startOfRow(readings, 5));
        assertEquals(z("2025-11-02T07:00:00Z"), startOfRow(readings, 6));
        assertEquals(z("2025-11-02T06:15:00Z"), startOfRow(readings, 7));
        assertEquals(z("2025-11-02T07:15:00Z"), startOfRow(readings, 8));
        assertEquals(z("2025-11-02T08:00:00Z"), startOfRow(readings, 13));
        assertEquals(13, readings.stream().map(IntervalReading::start).distinct().count());
    }

    @Test
    void aThirdOneOClockOnTheFallBackDayIsRejectedByName() throws Exception {
        String body = "{\"intervaldata\":[" + "{\"date\":\"2025-11-02\",\"starttime\":\" 1:00 am\",\"consumption\":1},"
                + "{\"date\":\"2025-11-02\",\"starttime\":\" 1:00 am\",\"consumption\":2},"
                + "{\"date\":\"2025-11-02\",\"starttime\":\" 1:00 am\",\"consumption\":3}]}";

        IntervalData data = AnswerParser.portalIntervals(BoundedJson.parse(body));

        assertEquals(2, data.readings().size());
        assertEquals("row 3", data.rejected().get(0).where());
        assertTrue(data.rejected().get(0).reason().contains("2025-11-02 01:00"), data.rejected().get(0).reason());
    }

    @Test
    void blankRowsForTheMissingSpringHourAreIgnored() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int m = 0; m < 24 * 60; m += 15) {
            boolean missingHour = m >= 120 && m < 180;
            rows.append(m == 0 ? "" : ",").append("{\"date\":\"03/09/2025\",\"starttime\":\"")
                    .append(label(m, Style.PORTAL)).append("\",\"endtime\":\"").append(label(m + 15, Style.PORTAL))
                    .append("\",\"consumption\":\"").append(missingHour ? "" : "0.1")
                    .append("\",\"consumption_est_act\":\"").append(missingHour ? "" : "A")
                    .append("\",\"generation\":\"\"}");
        }

        IntervalData data = AnswerParser
                .portalIntervals(BoundedJson.parse("{\"data\":{\"intervaldata\":[" + rows + "]}}"));

        assertEquals(List.of(), data.rejected());
        assertEquals(92, data.readings().size());
        assertGapless(SPRING_2025, data.readings());
    }

    @Test
    void valuesClaimedForTheMissingSpringHourAreRejectedByNameAndTheRestKept() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int m = 0; m < 24 * 60; m += 15) {
            rows.append(m == 0 ? "" : ",").append("{\"date\":\"2026-03-08\",\"starttime\":\"")
                    .append(label(m, Style.PADDED_24)).append("\",\"consumption\":0.1}");
        }

        IntervalData data = AnswerParser.portalIntervals(BoundedJson.parse("{\"intervaldata\":[" + rows + "]}"));

        assertEquals(92, data.readings().size());
        assertEquals(List.of("row 9", "row 10", "row 11", "row 12"),
                data.rejected().stream().map(RejectedPart::where).toList());
        assertTrue(data.rejected().get(0).reason().contains("2026-03-08 02:00"), data.rejected().get(0).reason());
        assertTrue(data.rejected().get(0).reason().contains("does not exist"));
    }

    @Test
    void generationOnTheFallBackDayLandsOnTheSameDistinctInstants() throws Exception {
        IntervalData data = AnswerParser.portalIntervals(
                BoundedJson.parse(usageIntervalAnswer(List.of(FALL_2026), Style.COMPACT, "\"0.050\"", true)));

        List<IntervalReading> generation = data.readings().stream().filter(r -> r.kind() == IntervalKind.GENERATION)
                .toList();
        assertEquals(100, generation.size());
        assertGapless(FALL_2026, generation);
        assertEquals(z("2026-11-01T07:00:00Z"), generation.get(8).start());
    }

    @Test
    void severalDaysAroundFallBackStayInOrderWithoutOverlap() throws Exception {
        List<LocalDate> days = List.of(FALL_2025.minusDays(1), FALL_2025, FALL_2025.plusDays(1));

        List<IntervalReading> readings = AnswerParser
                .portalIntervals(BoundedJson.parse(usageIntervalAnswer(days, Style.PORTAL, null, null))).readings();

        assertEquals(96 + 100 + 96, readings.size());
        for (int i = 1; i < readings.size(); i++) {
            assertEquals(readings.get(i - 1).end(), readings.get(i).start());
        }
    }

    /** The reading from the n-th row of its day (its value is n/1000). */
    private static Instant startOfRow(List<IntervalReading> readings, int row) {
        BigDecimal marker = BigDecimal.valueOf(row, 3);
        return readings.stream().filter(r -> r.kwh().compareTo(marker) == 0).findFirst().orElseThrow().start();
    }
}
