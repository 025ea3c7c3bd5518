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

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Every {@link Fault}: what the client sees, that once-faults run out, that slow and hanging answers
 * do not hold up other requests, and that close() cuts hanging exchanges.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorFaultTest extends SimulatorTestBase {

    private static final String METERS = "{\"esiid\":\"*\"}";

    SimulatorFaultTest() {
        super(Instant.parse("2025-06-16T17:00:00Z"));
    }

    @Override
    protected SimulatorConfig.Builder config() {
        return SimulatorConfig.builder().oversizedBodyBytes(50L * 1024 * 1024);
    }

    private HttpRequest.Builder meters(Duration timeout) throws Exception {
        return client().browser("/api/meter", METERS).header("Authorization", "Bearer " + client().portalToken())
                .timeout(timeout);
    }

    @ParameterizedTest
    @CsvSource({ "HTTP_401, 401, application/json", "FORBIDDEN_HTML, 403, text/html", "NOT_FOUND, 404, text/html",
            "HTTP_500, 500, application/json", "UNAVAILABLE_TEXT, 503, text/plain", "MAINTENANCE_HTML, 200, text/html",
            "MALFORMED_JSON, 200, application/json", "ERROR_CODE_1, 200, application/json" })
    void answerFaultsShowTheirStatusAndContentType(Fault fault, int status, String contentType) throws Exception {
        client().portalToken();
        sim().control().fault(Endpoint.PORTAL_METERS, fault);

        HttpResponse<String> response = client().portal("/api/meter", METERS);

        assertEquals(status, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
    }

    @Test
    void forbiddenIsAkamaisAccessDeniedPage() throws Exception {
        sim().control().fault(Endpoint.PORTAL_LOGIN, Fault.FORBIDDEN_HTML);

        HttpResponse<String> response = client().portalLogin("demo", "demo-password");

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("<TITLE>Access Denied</TITLE>"));
    }

    @Test
    void malformedJsonDoesNotParse() throws Exception {
        client().portalToken();
        sim().control().fault(Endpoint.PORTAL_METERS, Fault.MALFORMED_JSON);

        String body = client().portal("/api/meter", METERS).body();

        assertThrows(JsonParseException.class, () -> JsonParser.parseString(body));
    }

    @Test
    void errorCode1ComesInsideDataOnThePortalAndAtTheTopLevelOfficially() throws Exception {
        client().portalToken();
        client().officialToken();
        sim().control().fault(Endpoint.PORTAL_DAILY, Fault.ERROR_CODE_1);
        sim().control().fault(Endpoint.OFFICIAL_DAILY, Fault.ERROR_CODE_1);

        JsonObject portal = client().portalData("/api/usage/daily", "{}").getAsJsonObject();
        JsonObject official = TestClient
                .json(client().official("/v2/dailyreads/", client().officialBody(java.util.Map.of())))
                .getAsJsonObject();

        assertEquals("1", portal.get("errorCode").getAsString());
        assertEquals("No data received from the respective TDSP", portal.get("errorMessage").getAsString());
        assertEquals("1", official.get("errorCode").getAsString());
    }

    @Test
    void onceFaultsRunOutAndClearFaultsEndsPersistentOnes() throws Exception {
        client().portalToken();
        sim().control().faultOnce(Endpoint.PORTAL_METERS, Fault.HTTP_500, 2);

        assertEquals(500, client().portal("/api/meter", METERS).statusCode());
        assertEquals(500, client().portal("/api/meter", METERS).statusCode());
        assertEquals(200, client().portal("/api/meter", METERS).statusCode());

        sim().control().fault(Endpoint.PORTAL_METERS, Fault.UNAVAILABLE_TEXT);
        assertEquals(503, client().portal("/api/meter", METERS).statusCode());
        assertEquals(200, client().portal("/api/usage/latestodrread", "{\"ESIID\":\"" + sim().esiids().get(0) + "\"}")
                .statusCode(), "other endpoints unaffected");
        sim().control().clearFaults();
        assertEquals(200, client().portal("/api/meter", METERS).statusCode());
    }

    @Test
    void aSlowAnswerArrivesLateWithoutHoldingUpOthers() throws Exception {
        client().portalToken();
        sim().control().slowDelay(Duration.ofSeconds(30));
        sim().control().faultOnce(Endpoint.PORTAL_METERS, Fault.SLOW, 1);
        CompletableFuture<HttpResponse<String>> slow = client().http.sendAsync(meters(Duration.ofMillis(500)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, client().portal("/api/usage/latestodrread", "{\"ESIID\":\"" + sim().esiids().get(0) + "\"}")
                .statusCode());
        ExecutionException timedOut = assertThrows(ExecutionException.class, () -> slow.get(20, TimeUnit.SECONDS));
        assertInstanceOf(HttpTimeoutException.class, timedOut.getCause());

        sim().control().slowDelay(Duration.ofMillis(50));
        sim().control().faultOnce(Endpoint.PORTAL_METERS, Fault.SLOW, 1);
        HttpResponse<String> late = client().send(meters(Duration.ofSeconds(20)));
        assertEquals(200, late.statusCode());
        assertTrue(late.body().contains(sim().esiids().get(0)));
    }

    @Test
    void aTimeoutNeverAnswersButOthersAreServed() throws Exception {
        client().portalToken();
        sim().control().fault(Endpoint.PORTAL_METERS, Fault.TIMEOUT);
        CompletableFuture<HttpResponse<String>> hanging = client().http
                .sendAsync(meters(Duration.ofMillis(500)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, client().portal("/api/usage/latestodrread", "{\"ESIID\":\"" + sim().esiids().get(0) + "\"}")
                .statusCode());
        ExecutionException timedOut = assertThrows(ExecutionException.class, () -> hanging.get(20, TimeUnit.SECONDS));
        assertInstanceOf(HttpTimeoutException.class, timedOut.getCause());
    }

    @Test
    void closingCutsHangingExchanges() throws Exception {
        client().portalToken();
        sim().control().fault(Endpoint.PORTAL_METERS, Fault.TIMEOUT);
        CompletableFuture<HttpResponse<String>> hanging = client().http.sendAsync(meters(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        while (sim().requests().stream().noneMatch(r -> "/api/meter".equals(r.path()))) {
            Thread.onSpinWait();
        }

        sim().close();

        ExecutionException cut = assertThrows(ExecutionException.class, () -> hanging.get(20, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, cut.getCause());
    }

    @Test
    void aConnectionResetIsAnIoError() throws Exception {
        client().portalToken();
        sim().control().faultOnce(Endpoint.PORTAL_METERS, Fault.CONNECTION_RESET, 1);

        assertThrows(IOException.class, () -> client().send(meters(Duration.ofSeconds(20))));
        assertEquals(200, client().send(meters(Duration.ofSeconds(20))).statusCode());
    }

    @Test
    void anOversizedBodyIsFiftyMegabytesOfValidLookingJson() throws Exception {
        client().portalToken();
        sim().control().fault(Endpoint.PORTAL_INTERVALSYNCH, Fault.OVERSIZED_BODY);

        HttpResponse<InputStream> response = client().http.send(
                client().browser("/api/adhoc/intervalsynch", "{}")
                        .header("Authorization", "Bearer " + client().portalToken()).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "streamed, not sized up front");
        long total = 0;
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        byte[] tail = new byte[3];
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                head.write(buffer, 0, Math.max(0, Math.min(n, 40 - head.size())));
                for (int i = 0; i < n; i++) {
                    tail[0] = tail[1];
                    tail[1] = tail[2];
                    tail[2] = buffer[i];
                }
                total += n;
            }
        }
        assertTrue(total >= 50L * 1024 * 1024, "got " + total);
        assertTrue(head.toString(StandardCharsets.UTF_8).startsWith("{\"data\":{\"energyData\":[{\"DT\":"));
        assertEquals("]}}", new String(tail, StandardCharsets.UTF_8));
    }
}
