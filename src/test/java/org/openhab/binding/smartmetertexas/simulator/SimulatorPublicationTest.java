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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Next-day publication (yesterday appears at 09:00 Central), "not yet" answers of both flows, and
 * restatements with a newer RevTS.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorPublicationTest extends SimulatorTestBase {

    /** Tuesday 2025-06-17 08:30 Central: Monday 06/16 is not published yet. */
    SimulatorPublicationTest() {
        super(Instant.parse("2025-06-17T13:30:00Z"));
    }

    private JsonObject synch(String start, String end) throws Exception {
        return client()
                .portalData("/api/adhoc/intervalsynch",
                        "{\"startDate\":\"" + start + "\",\"endDate\":\"" + end
                                + "\",\"reportFormat\":\"JSON\",\"ESIID\":[\"" + sim().esiids().get(0) + "\"]}")
                .getAsJsonObject();
    }

    private JsonObject official(String start, String end, String version) throws Exception {
        return TestClient
                .json(client().official("/v2/15minintervalreads/",
                        client().officialBody(Map.of("startDate", start, "endDate", end, "reportFormat", "JSON",
                                "version", version, "readingType", "C", "esiid", List.of(sim().esiids().get(0))))))
                .getAsJsonObject();
    }

    @Test
    void yesterdayIsNotYetPublishedBeforeNineCentral() throws Exception {
        JsonObject portal = synch("06/16/2025", "06/16/2025");
        JsonObject official = official("06/16/2025", "06/16/2025", "L");
        JsonArray rows = client()
                .portalData("/api/usage/interval",
                        "{\"esiid\":\"" + sim().esiids().get(0)
                                + "\",\"startDate\":\"06/16/2025\",\"endDate\":\"06/16/2025\"}")
                .getAsJsonObject().getAsJsonArray("intervaldata");

        assertEquals("1", portal.get("errorCode").getAsString());
        assertEquals("No data received from the respective TDSP", portal.get("errorMessage").getAsString());
        assertEquals("1", official.get("errorCode").getAsString());
        assertEquals(0, rows.size(), "the /api/usage endpoints answer empty lists");
    }

    @Test
    void yesterdayAppearsAtNineCentral() throws Exception {
        clock.advance(Duration.ofMinutes(30));

        JsonArray entries = synch("06/16/2025", "06/16/2025").getAsJsonArray("energyData");

        assertEquals(1, entries.size());
        assertEquals("06/16/2025", entries.get(0).getAsJsonObject().get("DT").getAsString());
    }

    @Test
    void aRangeReachingIntoUnpublishedDaysAnswersThePublishedOnes() throws Exception {
        JsonArray entries = synch("06/14/2025", "06/17/2025").getAsJsonArray("energyData");

        assertEquals(List.of("06/14/2025", "06/15/2025"),
                entries.asList().stream().map(e -> e.getAsJsonObject().get("DT").getAsString()).toList());
    }

    @Test
    void publishHourIsAKnob() throws Exception {
        sim().control().publishHourCentral(8);

        assertEquals(1, synch("06/16/2025", "06/16/2025").getAsJsonArray("energyData").size());
    }

    @Test
    void aRevisedDayHasNewValuesAndANewerRevTs() throws Exception {
        String esiid = sim().esiids().get(0);
        LocalDate day = LocalDate.of(2025, 6, 10);
        JsonObject before = synch("06/10/2025", "06/10/2025").getAsJsonArray("energyData").get(0).getAsJsonObject();
        clock.advance(Duration.ofHours(3));
        client().forgetTokens();

        sim().control().revise(esiid, day);

        JsonObject after = synch("06/10/2025", "06/10/2025").getAsJsonArray("energyData").get(0).getAsJsonObject();
        assertNotEquals(before.get("RD").getAsString(), after.get("RD").getAsString());
        assertEquals("06/17/2025 11:30:00", after.get("RevTS").getAsString());
        assertEquals(Instant.parse("2025-06-17T16:30:00Z"), sim().truth().revisedAt(esiid, day));
    }

    @Test
    void versionAListsEveryRevisionOldestFirst() throws Exception {
        String esiid = sim().esiids().get(0);
        clock.advance(Duration.ofHours(1));
        sim().control().revise(esiid, LocalDate.of(2025, 6, 10));

        JsonArray latest = official("06/10/2025", "06/10/2025", "L").getAsJsonArray("energyData");
        JsonArray all = official("06/10/2025", "06/10/2025", "A").getAsJsonArray("energyData");

        assertEquals(1, latest.size());
        assertEquals(2, all.size());
        assertEquals(latest.get(0), all.get(1));
        assertTrue(all.get(0).getAsJsonObject().get("RevTS").getAsString().startsWith("06/11/2025"));
    }

    @Test
    void historyEndsAfterTheConfiguredDays() throws Exception {
        JsonObject tooOld = synch("06/01/2023", "06/02/2023");

        assertEquals("1", tooOld.get("errorCode").getAsString());
    }
}
