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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The RD layout and the portal rows on DST days (doc/smt-protocol.md §4): 92 values with 13–16 empty in spring,
 * 100 values with 9–12 the repeated 01:00 hour in autumn, 96 with 9–12 empty otherwise.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorDstTest extends SimulatorTestBase {

    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

    SimulatorDstTest() {
        super(Instant.parse("2026-11-20T18:00:00Z"));
    }

    private String[] rd(String esiid, LocalDate day, String type) throws Exception {
        String date = day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy"));
        JsonArray entries = TestClient
                .json(client().official("/v2/15minintervalreads/",
                        client().officialBody(Map.of("startDate", date, "endDate", date, "reportFormat", "JSON",
                                "version", "L", "readingType", "A", "esiid", List.of(esiid)))))
                .getAsJsonObject().getAsJsonArray("energyData");
        for (JsonElement entry : entries) {
            if (type.equals(entry.getAsJsonObject().get("RT").getAsString())) {
                return entry.getAsJsonObject().get("RD").getAsString().split(",", -1);
            }
        }
        throw new AssertionError("no " + type + " entry");
    }

    private static List<Integer> filled(String[] positions) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < positions.length; i++) {
            if (!positions[i].isEmpty()) {
                filled.add(i + 1);
            }
        }
        return filled;
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-03-09", "2026-03-08" })
    void springForwardDaysHave92ValuesWithPositions13To16Empty(String date) throws Exception {
        LocalDate day = LocalDate.parse(date);
        for (String esiid : sim().esiids()) {
            for (String type : sim().truth().hasGeneration(esiid) ? List.of("C", "G") : List.of("C")) {
                String[] positions = rd(esiid, day, type);
                assertEquals(100, positions.length);
                List<Integer> filled = filled(positions);
                assertEquals(92, filled.size());
                for (int p = 9; p <= 16; p++) {
                    assertFalse(filled.contains(p), "position " + p);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-11-02", "2026-11-01" })
    void fallBackDaysHave100ValuesWithTheSecondOneOClockHourAt9To12(String date) throws Exception {
        LocalDate day = LocalDate.parse(date);
        String esiid = sim().esiids().get(0);
        String[] positions = rd(esiid, day, "C");

        assertEquals(100, filled(positions).size());
        List<GroundTruth.Interval> truth = sim().truth().intervals(esiid, day);
        assertEquals(100, truth.size());
        for (GroundTruth.Interval interval : truth) {
            ZonedDateTime local = interval.start().atZone(CENTRAL);
            if (interval.position() >= 9 && interval.position() <= 12) {
                assertEquals(1, local.getHour());
                assertEquals(-6 * 3600, local.getOffset().getTotalSeconds(), "the repeated hour is CST");
            }
            if (interval.position() >= 5 && interval.position() <= 8) {
                assertEquals(-5 * 3600, local.getOffset().getTotalSeconds(), "the first 01:00 hour is CDT");
            }
        }
    }

    @Test
    void normalDaysHave96ValuesWithPositions9To12Empty() throws Exception {
        String[] positions = rd(sim().esiids().get(1), LocalDate.of(2026, 7, 4), "G");

        List<Integer> filled = filled(positions);
        assertEquals(96, filled.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 13), filled.subList(0, 9));
    }

    @Test
    void portalRowsOnTheSpringForwardDaySkipTwoOClock() throws Exception {
        JsonArray rows = client()
                .portalData("/api/usage/interval",
                        "{\"esiid\":\"" + sim().esiids().get(0)
                                + "\",\"startDate\":\"03/08/2026\",\"endDate\":\"03/08/2026\"}")
                .getAsJsonObject().getAsJsonArray("intervaldata");

        assertEquals(92, rows.size());
        JsonObject quarterToTwo = rows.get(7).getAsJsonObject();
        assertEquals(" 01:45 am", quarterToTwo.get("starttime").getAsString());
        assertEquals(" 03:00 am", quarterToTwo.get("endtime").getAsString());
        assertEquals(" 03:00 am", rows.get(8).getAsJsonObject().get("starttime").getAsString());
    }

    @Test
    void portalRowsOnTheFallBackDayRepeatOneOClock() throws Exception {
        JsonArray rows = client()
                .portalData("/api/usage/interval",
                        "{\"esiid\":\"" + sim().esiids().get(0)
                                + "\",\"startDate\":\"11/01/2026\",\"endDate\":\"11/01/2026\"}")
                .getAsJsonObject().getAsJsonArray("intervaldata");

        assertEquals(100, rows.size());
        List<String> starts = rows.asList().stream().map(r -> r.getAsJsonObject().get("starttime").getAsString())
                .toList();
        assertEquals(2, starts.stream().filter(" 01:00 am"::equals).count());
        assertEquals(" 01:00 am", starts.get(4));
        assertEquals(" 01:00 am", starts.get(8));
        assertEquals(" 02:00 am", starts.get(12));
    }
}
