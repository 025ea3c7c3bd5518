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

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Each answer-shape variant of doc/smt-protocol.md §6, switched live, shows on the wire; the defaults are §1–§3.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorAnswerShapesTest extends SimulatorTestBase {

    SimulatorAnswerShapesTest() {
        super(Instant.parse("2025-06-16T17:00:00Z"));
    }

    private void shapes(AnswerShapes.Builder shapes) {
        sim().control().shapes(shapes.build());
    }

    private JsonElement portal(String path, String body) throws Exception {
        HttpResponse<String> response = client().portal(path, body);
        assertEquals(200, response.statusCode(), response.body());
        return TestClient.json(response);
    }

    private JsonObject intervalAnswer(String esiid) throws Exception {
        return portal("/api/usage/interval",
                "{\"esiid\":\"" + esiid + "\",\"startDate\":\"06/05/2025\",\"endDate\":\"06/05/2025\"}")
                        .getAsJsonObject();
    }

    private JsonArray rows() throws Exception {
        return intervalAnswer(sim().esiids().get(0)).getAsJsonObject("data").getAsJsonArray("intervaldata");
    }

    private JsonObject synchEntry() throws Exception {
        return portal("/api/adhoc/intervalsynch",
                "{\"startDate\":\"06/05/2025\",\"endDate\":\"06/05/2025\"," + "\"reportFormat\":\"JSON\",\"ESIID\":[\""
                        + sim().esiids().get(0) + "\"]}").getAsJsonObject().getAsJsonObject("data")
                                .getAsJsonArray("energyData").get(0).getAsJsonObject();
    }

    private JsonObject officialToken() throws Exception {
        return TestClient
                .json(client()
                        .send(client().request("/v2/token/", "{\"username\":\"demo\",\"password\":\"demo-password\"}")))
                .getAsJsonObject();
    }

    private JsonObject completedRead() throws Exception {
        String esiid = sim().esiids().get(0);
        return portal("/api/usage/latestodrread", "{\"ESIID\":\"" + esiid + "\"}").getAsJsonObject()
                .getAsJsonObject("data");
    }

    @Test
    void defaultsAreTheDocumentedShapes() {
        AnswerShapes defaults = AnswerShapes.defaults();
        assertTrue(defaults.portalDataWrapper());
        assertFalse(defaults.officialDataWrapper());
        assertTrue(defaults.tokenAtTopLevel());
        assertEquals(AnswerShapes.NumberStyle.DOCUMENTED, defaults.numberStyle());
        assertEquals(AnswerShapes.DateStyle.DOCUMENTED, defaults.dateStyle());
        assertEquals(AnswerShapes.PortalTimeStyle.SPACED_12H, defaults.portalTimeStyle());
    }

    @Test
    void wrappersCanBeSwitched() throws Exception {
        client().portalToken();
        shapes(AnswerShapes.builder().dataWrapper(false, true).tokenAtTopLevel(false));

        assertTrue(portal("/api/meter", "{\"esiid\":\"*\"}").isJsonArray());
        assertTrue(officialToken().getAsJsonObject("data").has("accessToken"));
        JsonObject login = TestClient.json(client().portalLogin("demo", "demo-password")).getAsJsonObject();
        assertTrue(login.getAsJsonObject("data").has("token"));
    }

    @Test
    void numbersCanAllBeJsonNumbers() throws Exception {
        client().portalToken();
        shapes(AnswerShapes.builder().numbersAsStrings(false));

        assertTrue(officialToken().get("expiresIn").getAsJsonPrimitive().isNumber());
        assertTrue(completedRead().get("odrread").getAsJsonPrimitive().isNumber());
        JsonObject odr = portal("/api/ondemandread", "{\"ESIID\":\"" + sim().esiids().get(0) + "\"}").getAsJsonObject()
                .getAsJsonObject("data");
        assertTrue(odr.get("statusCode").getAsJsonPrimitive().isNumber());
        assertEquals(0, odr.get("statusCode").getAsInt());
    }

    @Test
    void numbersCanAllBeStringsAndInExponentForm() throws Exception {
        client().portalToken();
        shapes(AnswerShapes.builder().numbersAsStrings(true).exponentNumbers(true));

        JsonElement odrread = completedRead().get("odrread");
        assertTrue(odrread.getAsJsonPrimitive().isString());
        assertTrue(odrread.getAsString().matches("\\d(\\.\\d+)?E\\+4"), odrread.getAsString());
        assertTrue(rows().get(0).getAsJsonObject().get("consumption").getAsJsonPrimitive().isString());
    }

    @Test
    void datesCanBeIsoOrUnpadded() throws Exception {
        client().portalToken();
        shapes(AnswerShapes.builder().dateStyle(AnswerShapes.DateStyle.ISO));
        JsonObject iso = synchEntry();
        assertEquals("2025-06-05", iso.get("DT").getAsString());
        assertTrue(iso.get("RevTS").getAsString().startsWith("2025-06-06 "));

        shapes(AnswerShapes.builder().dateStyle(AnswerShapes.DateStyle.US_UNPADDED).timestampsWithSeconds(false));
        JsonObject unpadded = synchEntry();
        assertEquals("6/5/2025", unpadded.get("DT").getAsString());
        assertTrue(unpadded.get("RevTS").getAsString().matches("6/6/2025 \\d{2}:\\d{2}"));
        assertEquals("6/5/2025", rows().get(0).getAsJsonObject().get("date").getAsString());
    }

    @Test
    void portalTimesComeInEveryObservedSpelling() throws Exception {
        client().portalToken();
        shapes(AnswerShapes.builder().portalTimeStyle(AnswerShapes.PortalTimeStyle.COMPACT_12H));
        assertEquals("12:15am", rows().get(0).getAsJsonObject().get("endtime").getAsString());

        shapes(AnswerShapes.builder().portalTimeStyle(AnswerShapes.PortalTimeStyle.PADDED_24H).endOfDayAs2400(true));
        JsonArray padded = rows();
        assertEquals("00:15", padded.get(0).getAsJsonObject().get("endtime").getAsString());
        assertEquals("24:00", padded.get(padded.size() - 1).getAsJsonObject().get("endtime").getAsString());

        shapes(AnswerShapes.builder().portalTimeStyle(AnswerShapes.PortalTimeStyle.UNPADDED_24H));
        JsonArray unpadded = rows();
        assertEquals("0:15", unpadded.get(0).getAsJsonObject().get("endtime").getAsString());
        assertEquals("0:00", unpadded.get(unpadded.size() - 1).getAsJsonObject().get("endtime").getAsString());

        shapes(AnswerShapes.builder().timesWithSeconds(true));
        assertEquals(" 12:15:00 am", rows().get(0).getAsJsonObject().get("endtime").getAsString());
    }

    @Test
    void tokenTimesCanBeIsoUtc() throws Exception {
        shapes(AnswerShapes.builder().tokenTimes(AnswerShapes.TokenTimeStyle.ISO_UTC));

        assertEquals("2025-06-16T18:00:00Z", officialToken().get("expiresAt").getAsString());
    }

    @Test
    void rdValuesCanKeepTheLeadingZeroAndEmptyPositionsCanBeDashes() throws Exception {
        client().portalToken();
        String plain = synchEntry().get("RD").getAsString();
        assertTrue(plain.matches("^\\.\\d{3}-[AE],.*"), plain);

        shapes(AnswerShapes.builder().rdLeadingZero(true).rdEmptyAsDash(true));
        String[] positions = synchEntry().get("RD").getAsString().split(",", -1);
        assertTrue(positions[0].matches("0\\.\\d{3}-[AE]"), positions[0]);
        assertEquals(List.of("-", "-", "-", "-"), List.of(positions).subList(8, 12));
    }

    @Test
    void portalNoDataCanBeErrorCode1AndGenerationFlagCanMoveInsideData() throws Exception {
        client().portalToken();
        shapes(AnswerShapes.builder().portalNoDataAsErrorCode(true).generationFlagInsideData(true));

        JsonObject future = portal("/api/usage/daily",
                "{\"esiid\":\"" + sim().esiids().get(0) + "\",\"startDate\":\"06/20/2025\",\"endDate\":\"06/21/2025\"}")
                        .getAsJsonObject().getAsJsonObject("data");
        assertEquals("1", future.get("errorCode").getAsString());
        JsonObject solar = intervalAnswer(sim().esiids().get(1));
        assertFalse(solar.has("generationFlag"));
        assertTrue(solar.getAsJsonObject("data").get("generationFlag").getAsBoolean());
    }

    @Test
    void officialRegisteredReadCanBeAString() throws Exception {
        shapes(AnswerShapes.builder().numbersAsStrings(true));
        String correlationId = TestClient
                .json(client().official("/v2/odr/", client().officialBody(Map.of("ESIID", sim().esiids().get(0)))))
                .getAsJsonObject().get("correlationId").getAsString();

        JsonObject status = TestClient.json(
                client().official("/v2/odrstatus/", client().officialBody(Map.of("correlationId", correlationId))))
                .getAsJsonObject();

        JsonElement register = status.getAsJsonObject("odrRead").get("registeredRead");
        assertTrue(register.getAsJsonPrimitive().isString());
        assertEquals("0E+0", register.getAsString());
    }
}
