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

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The official API with default shapes: token, body checks and answers of doc/smt-protocol.md §3.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorOfficialFlowTest extends SimulatorTestBase {

    SimulatorOfficialFlowTest() {
        super(Instant.parse("2025-06-16T17:00:00Z"));
    }

    private JsonObject readsBody(String esiid, String start, String end) {
        return client().officialBody(Map.of("startDate", start, "endDate", end, "reportFormat", "JSON", "version", "L",
                "readingType", "A", "esiid", List.of(esiid)));
    }

    @Test
    void tokenAnswerHasBearerTypeAndExpiresInAsAString() throws Exception {
        HttpResponse<String> response = client()
                .send(client().request("/v2/token/", "{\"username\":\"demo\",\"password\":\"demo-password\"}"));

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject body = TestClient.json(response).getAsJsonObject();
        assertFalse(body.get("accessToken").getAsString().isBlank());
        assertEquals("Bearer", body.get("tokenType").getAsString());
        assertTrue(body.get("expiresIn").getAsJsonPrimitive().isString());
        assertEquals("3600", body.get("expiresIn").getAsString());
    }

    @Test
    void wrongCredentialsAnswer401InvalidCredentials() throws Exception {
        HttpResponse<String> response = client()
                .send(client().request("/v2/token/", "{\"username\":\"demo\",\"password\":\"wrong\"}"));

        assertEquals(401, response.statusCode());
        assertEquals("invalidCredentials", TestClient.json(response).getAsJsonObject().get("error").getAsString());
    }

    @Test
    void pathsNeedTheirTrailingSlash() throws Exception {
        assertEquals(404,
                client().send(client().request("/v2/token", "{\"username\":\"demo\",\"password\":\"demo-password\"}"))
                        .statusCode());
    }

    @Test
    void fifteenMinuteReadsComeAtTheTopLevelWithTransIdAndEsiid() throws Exception {
        String solar = sim().esiids().get(1);
        HttpResponse<String> response = client().official("/v2/15minintervalreads/",
                readsBody(solar, "06/14/2025", "06/15/2025"));

        assertEquals(200, response.statusCode());
        JsonObject body = TestClient.json(response).getAsJsonObject();
        assertFalse(body.has("data"));
        assertEquals("t-1", body.get("trans_id").getAsString());
        assertEquals(solar, body.get("esiid").getAsString());
        JsonArray entries = body.getAsJsonArray("energyData");
        assertEquals(4, entries.size(), "readingType A: consumption and generation for both days");
        JsonObject first = entries.get(0).getAsJsonObject();
        assertEquals("06/14/2025", first.get("DT").getAsString());
        assertEquals("C", first.get("RT").getAsString());
        assertEquals(100, first.get("RD").getAsString().split(",", -1).length);
    }

    @Test
    void readingTypeCLeavesOutGeneration() throws Exception {
        String solar = sim().esiids().get(1);
        JsonObject body = readsBody(solar, "06/14/2025", "06/15/2025");
        body.addProperty("readingType", "C");

        JsonArray entries = TestClient.json(client().official("/v2/15minintervalreads/", body)).getAsJsonObject()
                .getAsJsonArray("energyData");

        assertEquals(2, entries.size());
        for (JsonElement entry : entries) {
            assertEquals("C", entry.getAsJsonObject().get("RT").getAsString());
        }
    }

    @Test
    void rdValuesAreTheTruthInKwhWithAOrEFlags() throws Exception {
        String household = sim().esiids().get(0);
        LocalDate day = LocalDate.of(2025, 6, 15);
        JsonObject entry = TestClient
                .json(client().official("/v2/15minintervalreads/", readsBody(household, "06/15/2025", "06/15/2025")))
                .getAsJsonObject().getAsJsonArray("energyData").get(0).getAsJsonObject();
        String[] positions = entry.get("RD").getAsString().split(",", -1);

        for (GroundTruth.Interval interval : sim().truth().intervals(household, day)) {
            String position = positions[interval.position() - 1];
            int dash = position.lastIndexOf('-');
            assertEquals(0, interval.consumptionKwh().compareTo(new BigDecimal(position.substring(0, dash))));
            assertEquals(interval.consumptionEstimated() ? "E" : "A", position.substring(dash + 1));
        }
    }

    @Test
    void aMonthHoldsSomeEstimatedValues() throws Exception {
        String household = sim().esiids().get(0);
        JsonArray entries = TestClient
                .json(client().official("/v2/15minintervalreads/", readsBody(household, "05/16/2025", "06/15/2025")))
                .getAsJsonObject().getAsJsonArray("energyData");

        assertEquals(31, entries.size());
        assertTrue(entries.asList().stream().anyMatch(e -> e.getAsJsonObject().get("RD").getAsString().contains("-E")));
        assertTrue(entries.asList().stream().allMatch(e -> e.getAsJsonObject().get("RD").getAsString().contains("-A")));
    }

    @Test
    void dailyReadsAreStringsAndEnergyIsTheDaysSum() throws Exception {
        String household = sim().esiids().get(0);
        JsonObject body = TestClient
                .json(client().official("/v2/dailyreads/", readsBody(household, "06/01/2025", "06/15/2025")))
                .getAsJsonObject();
        JsonArray reads = body.getAsJsonArray("registeredReads");

        assertEquals(15, reads.size());
        for (int i = 0; i < reads.size(); i++) {
            JsonObject read = reads.get(i).getAsJsonObject();
            for (String field : List.of("readDate", "revisionDate", "startReading", "endReading", "energyDataKwh")) {
                assertTrue(read.get(field).getAsJsonPrimitive().isString(), field);
            }
            LocalDate day = LocalDate.of(2025, 6, 1).plusDays(i);
            assertEquals(0, sim().truth().consumptionKwh(household, day)
                    .compareTo(read.get("energyDataKwh").getAsBigDecimal()));
            assertEquals(0, sim().truth().dailyStartRegisterKwh(household, day)
                    .compareTo(read.get("startReading").getAsBigDecimal()));
        }
    }

    @Test
    void monthlyBillingDataCarriesActualKwhAndMeteredKw() throws Exception {
        String household = sim().esiids().get(0);
        JsonArray billing = TestClient
                .json(client().official("/v2/monthlybillingInformation/",
                        readsBody(household, "01/01/2025", "06/15/2025")))
                .getAsJsonObject().getAsJsonArray("billingData");

        assertTrue(billing.size() >= 4);
        for (JsonElement cycle : billing) {
            for (String field : List.of("startDate", "endDate", "actualkWh", "meteredKW")) {
                assertTrue(cycle.getAsJsonObject().has(field), field);
            }
        }
    }

    @Test
    void bodyMistakesAnswer400WithAnErrorField() throws Exception {
        String household = sim().esiids().get(0);
        JsonObject otherUser = readsBody(household, "06/14/2025", "06/15/2025");
        otherUser.addProperty("requestorID", "someone-else");
        JsonObject noTerms = readsBody(household, "06/14/2025", "06/15/2025");
        noTerms.remove("SMTTermsandConditions");
        JsonObject esiidAsString = readsBody(household, "06/14/2025", "06/15/2025");
        esiidAsString.addProperty("esiid", household);
        JsonObject badDate = readsBody(household, "2025-06-14", "06/15/2025");
        JsonObject tooLong = readsBody(household, "05/01/2025", "06/15/2025");

        for (JsonObject body : List.of(otherUser, noTerms, esiidAsString, badDate, tooLong)) {
            HttpResponse<String> response = client().official("/v2/dailyreads/", body);
            assertEquals(400, response.statusCode(), body.toString());
            assertTrue(TestClient.json(response).getAsJsonObject().has("error"));
        }
    }

    @Test
    void dataCallsWithAnExpiredTokenAnswer401() throws Exception {
        String household = sim().esiids().get(0);
        assertEquals(200,
                client().official("/v2/dailyreads/", readsBody(household, "06/14/2025", "06/15/2025")).statusCode());
        clock.advance(Duration.ofSeconds(3600));
        assertEquals(401,
                client().official("/v2/dailyreads/", readsBody(household, "06/14/2025", "06/15/2025")).statusCode());
        client().forgetTokens();
        assertEquals(200,
                client().official("/v2/dailyreads/", readsBody(household, "06/14/2025", "06/15/2025")).statusCode());
    }

    @Test
    void portalTokensDoNotOpenTheOfficialApi() throws Exception {
        String household = sim().esiids().get(0);
        HttpResponse<String> response = client()
                .send(client().request("/v2/dailyreads/", readsBody(household, "06/14/2025", "06/15/2025").toString())
                        .header("Authorization", "Bearer " + client().portalToken()));

        assertEquals(401, response.statusCode());
    }
}
