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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The portal flow with default shapes: login rules of doc/smt-protocol.md §1 and the answers of §2.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorPortalFlowTest extends SimulatorTestBase {

    /** Monday 2025-06-16 12:00 Central: data up to Sunday 06/15 is published. */
    SimulatorPortalFlowTest() {
        super(Instant.parse("2025-06-16T17:00:00Z"));
    }

    private String household() {
        return sim().esiids().get(0);
    }

    private String solar() {
        return sim().esiids().get(1);
    }

    private static String usageBody(String esiid, String start, String end) {
        return "{\"esiid\":\"" + esiid + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"}";
    }

    @Test
    void loginOnTheDoubledSlashPathAnswersJsonWithTheTokenAtTheTopLevel() throws Exception {
        HttpResponse<String> response = client().portalLogin("demo", "demo-password");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject body = TestClient.json(response).getAsJsonObject();
        assertFalse(body.get("token").getAsString().isBlank());
        assertFalse(body.has("data"));
    }

    @Test
    void loginOnTheSingleSlashPathWorksAndTheOldPathIsGone() throws Exception {
        String body = "{\"username\":\"demo\",\"password\":\"demo-password\",\"rememberMe\":\"true\"}";
        assertEquals(200, client().send(client().browser("/commonapi/user/authenticate", body)).statusCode());
        assertEquals(404, client().send(client().browser("/api/user/authenticate", body)).statusCode());
    }

    @Test
    void loginWithoutBrowserHeadersMeetsAkamaisAccessDeniedPage() throws Exception {
        String body = "{\"username\":\"demo\",\"password\":\"demo-password\",\"rememberMe\":\"true\"}";
        HttpResponse<String> noHeaders = client().send(client().request("//commonapi/user/authenticate", body));
        HttpResponse<String> noOrigin = client().send(client().request("//commonapi/user/authenticate", body)
                .header("User-Agent", TestClient.BROWSER).header("Referer", "https://www.smartmetertexas.com/home"));
        HttpResponse<String> botAgent = client().send(client().request("//commonapi/user/authenticate", body)
                .header("User-Agent", "Java-http-client/17").header("Origin", "https://www.smartmetertexas.com")
                .header("Referer", "https://www.smartmetertexas.com/home"));

        for (HttpResponse<String> response : List.of(noHeaders, noOrigin, botAgent)) {
            assertEquals(403, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(response.body().contains("Access Denied"));
        }
    }

    @Test
    void wrongPasswordAndUnknownUserAnswer400WithSmtsErrorCodes() throws Exception {
        HttpResponse<String> wrongPassword = client().portalLogin("demo", "nope");
        HttpResponse<String> unknownUser = client().portalLogin("somebody", "demo-password");

        assertEquals(400, wrongPassword.statusCode());
        assertEquals("ERR-USR-INVALIDPASSWORDERROR",
                TestClient.json(wrongPassword).getAsJsonObject().get("errormessage").getAsString());
        assertEquals(400, unknownUser.statusCode());
        assertEquals("ERR-USR-USERNOTFOUND",
                TestClient.json(unknownUser).getAsJsonObject().get("errormessage").getAsString());
    }

    @Test
    void fiveWrongPasswordsLockTheLoginOutForAnHour() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(400, client().portalLogin("demo", "nope").statusCode());
        }
        assertEquals(403, client().portalLogin("demo", "demo-password").statusCode());
        clock.advance(Duration.ofMinutes(61));
        assertEquals(200, client().portalLogin("demo", "demo-password").statusCode());
    }

    @Test
    void dataCallsNeedAValidBearerToken() throws Exception {
        String body = "{\"esiid\":\"*\"}";
        assertEquals(401, client().send(client().browser("/api/meter", body)).statusCode());
        assertEquals(401, client().send(client().browser("/api/meter", body).header("Authorization", "Bearer made-up"))
                .statusCode());
        assertEquals(200, client().portal("/api/meter", body).statusCode());
    }

    @Test
    void portalTokensExpireAfterTheirLifetimeAndOnDemand() throws Exception {
        String body = "{\"esiid\":\"*\"}";
        assertEquals(200, client().portal("/api/meter", body).statusCode());
        clock.advance(Duration.ofMinutes(29));
        assertEquals(200, client().portal("/api/meter", body).statusCode());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(401, client().portal("/api/meter", body).statusCode());

        client().forgetTokens();
        assertEquals(200, client().portal("/api/meter", body).statusCode());
        sim().control().expireTokens();
        assertEquals(401, client().portal("/api/meter", body).statusCode());
        client().forgetTokens();
        assertEquals(200, client().portal("/api/meter", body).statusCode());
    }

    @Test
    void meterListCarriesEveryFieldOfProtocolSection2() throws Exception {
        JsonArray meters = client().portalData("/api/meter", "{\"esiid\":\"*\"}").getAsJsonArray();

        assertEquals(2, meters.size());
        JsonObject first = meters.get(0).getAsJsonObject();
        for (String field : List.of("esiid", "meterNumber", "meterMultiplier", "address", "city", "state", "zip",
                "fullAddress", "description", "dunsNumber", "recordStatus", "statusIndicator")) {
            assertTrue(first.has(field), field);
        }
        assertEquals(household(), first.get("esiid").getAsString());
        assertEquals(sim().truth().meterNumber(household()), first.get("meterNumber").getAsString());
        assertEquals(solar(), meters.get(1).getAsJsonObject().get("esiid").getAsString());
    }

    @Test
    void intervalRowsSpellTimesLikeThePortalAndMatchTheTruth() throws Exception {
        LocalDate day = LocalDate.of(2025, 6, 10);
        JsonObject answer = TestClient
                .json(client().portal("/api/usage/interval", usageBody(household(), "06/10/2025", "06/10/2025")))
                .getAsJsonObject();
        JsonArray rows = answer.getAsJsonObject("data").getAsJsonArray("intervaldata");
        List<GroundTruth.Interval> truth = sim().truth().intervals(household(), day);

        assertFalse(answer.get("generationFlag").getAsBoolean());
        assertEquals(truth.size(), rows.size());
        JsonObject first = rows.get(0).getAsJsonObject();
        assertEquals("2025-06-10", first.get("date").getAsString());
        assertEquals(" 12:00 am", first.get("starttime").getAsString());
        assertEquals(" 12:15 am", first.get("endtime").getAsString());
        JsonObject last = rows.get(rows.size() - 1).getAsJsonObject();
        assertEquals(" 11:45 pm", last.get("starttime").getAsString());
        assertEquals(" 12:00 am", last.get("endtime").getAsString());
        assertEquals("2025-06-10", last.get("date").getAsString());
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.get(i).getAsJsonObject();
            assertEquals(0, truth.get(i).consumptionKwh().compareTo(row.get("consumption").getAsBigDecimal()));
            assertEquals(truth.get(i).consumptionEstimated() ? "E" : "A", row.get("consumption_est_act").getAsString());
        }
    }

    @Test
    void solarIntervalRowsCarryGenerationAndTheFlag() throws Exception {
        LocalDate day = LocalDate.of(2025, 6, 10);
        JsonObject answer = TestClient
                .json(client().portal("/api/usage/interval", usageBody(solar(), "06/10/2025", "06/10/2025")))
                .getAsJsonObject();
        JsonArray rows = answer.getAsJsonObject("data").getAsJsonArray("intervaldata");

        assertTrue(answer.get("generationFlag").getAsBoolean());
        BigDecimal generation = BigDecimal.ZERO;
        for (JsonElement row : rows) {
            generation = generation.add(row.getAsJsonObject().get("generation").getAsBigDecimal());
        }
        assertTrue(generation.signum() > 0, "a June day of a solar home has surplus");
        assertEquals(0, sim().truth().generationKwh(solar(), day).compareTo(generation));
    }

    @Test
    void intervalsynchGivesOneEntryPerDayAndReadingTypeWithA100PositionRd() throws Exception {
        String body = "{\"startDate\":\"06/09/2025\",\"endDate\":\"06/10/2025\",\"reportFormat\":\"JSON\","
                + "\"ESIID\":[\"" + solar() + "\"]}";
        JsonArray entries = client().portalData("/api/adhoc/intervalsynch", body).getAsJsonObject()
                .getAsJsonArray("energyData");

        assertEquals(4, entries.size());
        assertEquals(List.of("06/09/2025 C", "06/09/2025 G", "06/10/2025 C", "06/10/2025 G"),
                entries.asList().stream().map(e -> e.getAsJsonObject().get("DT").getAsString() + " "
                        + e.getAsJsonObject().get("RT").getAsString()).toList());
        for (JsonElement entry : entries) {
            String rd = entry.getAsJsonObject().get("RD").getAsString();
            String[] positions = rd.split(",", -1);
            assertEquals(100, positions.length);
            for (int p = 9; p <= 12; p++) {
                assertEquals("", positions[p - 1], "position " + p + " is only used on the fall-back day");
            }
            assertTrue(entry.getAsJsonObject().get("RevTS").getAsString()
                    .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}"));
        }
        String householdBody = body.replace(solar(), household());
        JsonArray householdEntries = client().portalData("/api/adhoc/intervalsynch", householdBody).getAsJsonObject()
                .getAsJsonArray("energyData");
        assertEquals(2, householdEntries.size(), "no G entries for a meter without generation");
    }

    @Test
    void dailyReadsAreRegistersThatGrowByTheDaysConsumption() throws Exception {
        JsonArray days = client().portalData("/api/usage/daily", usageBody(household(), "05/16/2025", "06/15/2025"))
                .getAsJsonObject().getAsJsonArray("dailyData");

        assertEquals(31, days.size());
        boolean someDayDiffers = false;
        for (int i = 0; i < days.size(); i++) {
            JsonObject day = days.get(i).getAsJsonObject();
            assertTrue(day.get("startreading").getAsJsonPrimitive().isString());
            assertTrue(day.get("reading").getAsJsonPrimitive().isString());
            BigDecimal start = day.get("startreading").getAsBigDecimal();
            BigDecimal end = day.get("endreading").getAsBigDecimal();
            BigDecimal reading = day.get("reading").getAsBigDecimal();
            assertTrue(end.compareTo(start) > 0);
            LocalDate date = LocalDate.of(2025, 5, 16).plusDays(i);
            assertEquals(String.format("%02d/%02d/2025", date.getMonthValue(), date.getDayOfMonth()),
                    day.get("date").getAsString());
            assertEquals(0, sim().truth().consumptionKwh(household(), date).compareTo(reading));
            if (i > 0) {
                assertEquals(days.get(i - 1).getAsJsonObject().get("endreading").getAsString(),
                        day.get("startreading").getAsString());
            }
            someDayDiffers |= end.subtract(start).compareTo(reading) != 0;
        }
        assertTrue(someDayDiffers, "as at SMT, the day's sum is not always end minus start");
    }

    @Test
    void monthlyUsageListsBillingCyclesWithAllFields() throws Exception {
        JsonArray months = client().portalData("/api/usage/monthly", usageBody(household(), "06/16/2024", "06/15/2025"))
                .getAsJsonObject().getAsJsonArray("monthlyData");

        assertTrue(months.size() >= 11);
        for (JsonElement month : months) {
            for (String field : List.of("startdate", "enddate", "actl_kwh_usg", "mtrd_kwh_usg", "blld_kwh_usg",
                    "mtrd_kva_usg", "blld_kva_usg", "lastupdate")) {
                assertTrue(month.getAsJsonObject().has(field), field);
            }
            assertTrue(month.getAsJsonObject().get("actl_kwh_usg").getAsBigDecimal().signum() > 0);
        }
    }

    @Test
    void rangesLongerThan31DaysAreRefused() throws Exception {
        HttpResponse<String> tooLong = client().portal("/api/usage/interval",
                usageBody(household(), "05/15/2025", "06/15/2025"));
        HttpResponse<String> backwards = client().portal("/api/usage/daily",
                usageBody(household(), "06/15/2025", "06/14/2025"));

        assertEquals(400, tooLong.statusCode());
        assertEquals(400, backwards.statusCode());
        assertEquals("application/json", tooLong.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void unknownMetersAndMissingFieldsAreBadRequests() throws Exception {
        assertEquals(400, client()
                .portal("/api/usage/daily", usageBody("10443720009999999", "06/01/2025", "06/02/2025")).statusCode());
        assertEquals(400, client().portal("/api/usage/daily", "{\"esiid\":\"" + household() + "\"}").statusCode());
        assertEquals(400, client().portal("/api/usage/daily", "not json").statusCode());
    }

    @Test
    void everyRequestIsRecordedWithSimulatorTimeHeadersAndBody() throws Exception {
        client().portalLogin("demo", "demo-password");
        clock.advance(Duration.ofMinutes(5));
        client().portal("/api/meter", "{\"esiid\":\"*\"}");

        List<RecordedRequest> requests = sim().requests();
        RecordedRequest login = requests.get(0);
        assertEquals("POST", login.method());
        assertEquals("//commonapi/user/authenticate", login.path());
        assertEquals(Instant.parse("2025-06-16T17:00:00Z"), login.time());
        assertTrue(login.body().contains("\"rememberMe\":\"true\""));
        assertEquals(TestClient.BROWSER, login.header("User-Agent"));
        RecordedRequest meters = requests.get(requests.size() - 1);
        assertEquals("/api/meter", meters.path());
        assertEquals(Instant.parse("2025-06-16T17:05:00Z"), meters.time());
        assertTrue(String.valueOf(meters.header("authorization")).startsWith("Bearer "));

        sim().clearRequests();
        assertTrue(sim().requests().isEmpty());
    }
}
