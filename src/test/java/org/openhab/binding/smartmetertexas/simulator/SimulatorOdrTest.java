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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * On-demand reads: PENDING → COMPLETED after odrDelay on the simulator clock, the register values,
 * the previous-read-first behaviour, failures, and the 2-per-hour / 24-per-day limits (5031 / 5032).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorOdrTest extends SimulatorTestBase {

    private static final DateTimeFormatter ODR_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");

    SimulatorOdrTest() {
        super(Instant.parse("2025-06-16T15:00:00Z")); // Monday 2025-06-16 10:00 Central
    }

    private String esiid() {
        return sim().esiids().get(0);
    }

    private JsonObject requestPortalRead() throws Exception {
        // the portal token lives 30 minutes; these tests move the clock by hours
        client().forgetTokens();
        return client().portalData("/api/ondemandread",
                "{\"ESIID\":\"" + esiid() + "\",\"MeterNumber\":\"" + sim().truth().meterNumber(esiid()) + "\"}")
                .getAsJsonObject();
    }

    private JsonObject latest() throws Exception {
        client().forgetTokens();
        return client().portalData("/api/usage/latestodrread", "{\"ESIID\":\"" + esiid() + "\"}").getAsJsonObject();
    }

    private static Instant central(String odrDate) {
        return LocalDateTime.parse(odrDate, ODR_DATE).atZone(ZoneId.of("America/Chicago")).toInstant();
    }

    @Test
    void aPortalReadIsPendingUntilOdrDelayThenCompletedWithTheRegister() throws Exception {
        JsonObject accepted = requestPortalRead();
        assertEquals("0", accepted.get("statusCode").getAsString());
        assertFalse(accepted.get("correlationId").getAsString().isBlank());

        assertEquals("PENDING", latest().get("odrstatus").getAsString());
        clock.advance(Duration.ofSeconds(29));
        assertEquals("PENDING", latest().get("odrstatus").getAsString());
        clock.advance(Duration.ofSeconds(1));

        JsonObject done = latest();
        assertEquals("COMPLETED", done.get("odrstatus").getAsString());
        assertTrue(done.get("odrread").getAsJsonPrimitive().isString());
        Instant readAt = Instant.parse("2025-06-16T15:00:30Z");
        assertEquals("06/16/2025 10:00:30", done.get("odrdate").getAsString());
        assertEquals(0, sim().truth().registerKwh(esiid(), readAt).compareTo(done.get("odrread").getAsBigDecimal()));
        assertTrue(done.get("odrusage").getAsBigDecimal().signum() > 0);
    }

    @Test
    void theRegisterGrowsBetweenReads() throws Exception {
        requestPortalRead();
        clock.advance(Duration.ofMinutes(1));
        BigDecimal first = latest().get("odrread").getAsBigDecimal();
        clock.advance(Duration.ofHours(2));
        requestPortalRead();
        clock.advance(Duration.ofMinutes(1));

        JsonObject second = latest();
        BigDecimal secondRead = second.get("odrread").getAsBigDecimal();
        assertTrue(secondRead.compareTo(first) > 0);
        assertEquals(0, secondRead.subtract(first).compareTo(second.get("odrusage").getAsBigDecimal()));
    }

    @Test
    void withPreviousReadFirstPollingEarlyReturnsTheOlderCompletedRead() throws Exception {
        start(SimulatorConfig.builder().odrPreviousReadFirst(true));
        JsonObject before = latest();
        assertEquals("COMPLETED", before.get("odrstatus").getAsString());
        Instant previousDate = central(before.get("odrdate").getAsString());
        assertTrue(previousDate.isBefore(clock.instant().minus(Duration.ofMinutes(2))));

        Instant requested = clock.instant();
        requestPortalRead();
        JsonObject early = latest();
        assertEquals("COMPLETED", early.get("odrstatus").getAsString());
        assertEquals(before.get("odrdate").getAsString(), early.get("odrdate").getAsString(),
                "an early poll shows the previous read, which is not fresh");

        clock.advance(Duration.ofSeconds(30));
        JsonObject fresh = latest();
        assertFalse(central(fresh.get("odrdate").getAsString()).isBefore(requested.minus(Duration.ofMinutes(2))));
    }

    @Test
    void theThirdReadWithinAnHourIsRefusedWith5031() throws Exception {
        assertEquals("0", requestPortalRead().get("statusCode").getAsString());
        clock.advance(Duration.ofMinutes(10));
        assertEquals("0", requestPortalRead().get("statusCode").getAsString());
        clock.advance(Duration.ofMinutes(10));

        JsonObject refused = requestPortalRead();
        assertEquals("5031", refused.get("statusCode").getAsString());
        assertTrue(refused.get("correlationId").isJsonNull());

        clock.advance(Duration.ofMinutes(40)); // the first read is now more than an hour old
        assertEquals("0", requestPortalRead().get("statusCode").getAsString());
    }

    @Test
    void the25thReadOfACentralDayIsRefusedWith5032UntilMidnight() throws Exception {
        // midnight Central, Tuesday 2025-06-17
        clock.set(Instant.parse("2025-06-17T05:00:00Z"));
        for (int i = 0; i < 24; i++) {
            assertEquals("0", requestPortalRead().get("statusCode").getAsString(), "read " + (i + 1));
            clock.advance(Duration.ofMinutes(i % 2 == 0 ? 1 : 59));
        }
        clock.set(Instant.parse("2025-06-18T04:30:00Z")); // 23:30 Central, hours after the last read
        assertEquals("5032", requestPortalRead().get("statusCode").getAsString());

        clock.set(Instant.parse("2025-06-18T05:00:00Z")); // midnight
        assertEquals("0", requestPortalRead().get("statusCode").getAsString());
    }

    @Test
    void limitsAreCountedPerEsiidAcrossBothFlows() throws Exception {
        requestPortalRead();
        JsonObject official = TestClient.json(
                client().official("/v2/odr/", client().officialBody(Map.of("ESIID", esiid(), "deliveryMode", "API"))))
                .getAsJsonObject();
        assertEquals("0", official.get("statusCode").getAsString());
        JsonObject third = TestClient.json(
                client().official("/v2/odr/", client().officialBody(Map.of("ESIID", esiid(), "deliveryMode", "API"))))
                .getAsJsonObject();
        assertEquals("5031", third.get("statusCode").getAsString());

        JsonObject otherMeter = TestClient
                .json(client().official("/v2/odr/", client().officialBody(Map.of("ESIID", sim().esiids().get(1)))))
                .getAsJsonObject();
        assertEquals("0", otherMeter.get("statusCode").getAsString());
    }

    @Test
    void officialStatusIsPenWithZeroThenDoneWithAnExponentRegister() throws Exception {
        start(SimulatorConfig.builder().odrDelay(Duration.ofMinutes(3)));
        JsonObject accepted = TestClient.json(
                client().official("/v2/odr/", client().officialBody(Map.of("ESIID", esiid(), "deliveryMode", "API"))))
                .getAsJsonObject();
        String correlationId = accepted.get("correlationId").getAsString();
        JsonObject statusBody = client().officialBody(Map.of("correlationId", correlationId));

        HttpResponse<String> pending = client().official("/v2/odrstatus/", statusBody);
        assertEquals("PEN", TestClient.json(pending).getAsJsonObject().get("statusCode").getAsString());
        assertTrue(pending.body().contains("\"registeredRead\":0E+0"), pending.body());

        clock.advance(Duration.ofMinutes(3));
        HttpResponse<String> done = client().official("/v2/odrstatus/", statusBody);
        JsonObject answer = TestClient.json(done).getAsJsonObject();
        assertEquals("0", answer.get("statusCode").getAsString());
        assertTrue(done.body().matches(".*\"registeredRead\":\\d\\.\\d+E\\+\\d.*"), done.body());
        BigDecimal register = answer.getAsJsonObject("odrRead").get("registeredRead").getAsBigDecimal();
        assertEquals(0, sim().truth().registerKwh(esiid(), Instant.parse("2025-06-16T15:03:00Z")).compareTo(register));
        assertEquals("06/16/2025 10:03:00", answer.getAsJsonObject("odrRead").get("readDate").getAsString());
    }

    @Test
    void officialOdrWantsTheEsiidAsAString() throws Exception {
        HttpResponse<String> response = client().official("/v2/odr/",
                client().officialBody(Map.of("ESIID", java.util.List.of(esiid()))));

        assertEquals(400, response.statusCode());
    }

    @Test
    void readsCanFailOrHangOnRequest() throws Exception {
        sim().control().faultOnce(Endpoint.PORTAL_ODR, Fault.ODR_FAILED, 1);
        requestPortalRead();
        assertEquals("PENDING", latest().get("odrstatus").getAsString());
        clock.advance(Duration.ofSeconds(30));
        assertEquals("FAILED", latest().get("odrstatus").getAsString());

        clock.advance(Duration.ofHours(1));
        sim().control().faultOnce(Endpoint.PORTAL_ODR, Fault.ODR_T_FAILED, 1);
        requestPortalRead();
        clock.advance(Duration.ofSeconds(30));
        assertEquals("T-FAILED", latest().get("odrstatus").getAsString());

        clock.advance(Duration.ofHours(1));
        sim().control().faultOnce(Endpoint.PORTAL_ODR, Fault.ODR_STUCK_PENDING, 1);
        requestPortalRead();
        clock.advance(Duration.ofHours(5));
        assertEquals("PENDING", latest().get("odrstatus").getAsString());
    }

    @Test
    void statusEndpointsCanBeForcedToAnyOutcome() throws Exception {
        JsonObject accepted = TestClient
                .json(client().official("/v2/odr/", client().officialBody(Map.of("ESIID", esiid())))).getAsJsonObject();
        clock.advance(Duration.ofMinutes(1));
        sim().control().fault(Endpoint.OFFICIAL_ODR_STATUS, Fault.ODR_FAILED);

        JsonObject status = TestClient
                .json(client().official("/v2/odrstatus/",
                        client().officialBody(Map.of("correlationId", accepted.get("correlationId").getAsString()))))
                .getAsJsonObject();
        assertNotEquals("0", status.get("statusCode").getAsString());
        assertNotEquals("PEN", status.get("statusCode").getAsString());

        sim().control().fault(Endpoint.PORTAL_LATEST_ODR, Fault.ODR_STUCK_PENDING);
        assertEquals("PENDING", latest().get("odrstatus").getAsString());
    }

    @Test
    void odrDelayIsALiveKnob() throws Exception {
        sim().control().odrDelay(Duration.ofMinutes(10));
        requestPortalRead();
        clock.advance(Duration.ofMinutes(9));
        assertEquals("PENDING", latest().get("odrstatus").getAsString());
        clock.advance(Duration.ofMinutes(1));
        assertEquals("COMPLETED", latest().get("odrstatus").getAsString());
    }
}
