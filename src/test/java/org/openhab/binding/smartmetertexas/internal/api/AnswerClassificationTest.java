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
package org.openhab.binding.smartmetertexas.internal.api;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.policy.AccessGate;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * Proves an answer's meaning is decided from status, content type and body before any JSON parsing: HTML at
 * HTTP 200 is maintenance (or a bot challenge), text/plain and 5xx are "unavailable", errorCode 1 is "not yet
 * available", other in-body errors are protocol errors, and a 403 blocks the account for an hour.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class AnswerClassificationTest {

    private static final Instant T0 = Instant.parse("2025-06-10T15:00:00Z");
    private final ManualClock clock = new ManualClock(T0);
    private final AccessGate gate = new AccessGate(clock);
    private final AnswerReader reader = new AnswerReader(gate, new Redactor(List.of("s3cret-pass")));

    private static HttpAnswer answer(int status, String type, String body) {
        return new HttpAnswer(status, type, body, T0);
    }

    @Test
    void normalJsonPassesAndTheGateStaysOpen() throws SmtException {
        assertTrue(reader.json(answer(200, "application/json", "{\"data\":{\"x\":1}}"), "/api/x", AnswerReader.ALL_ROWS)
                .isJsonObject());
        assertTrue(gate.check().isEmpty());
    }

    @Test
    void htmlMaintenancePageAtHttp200IsUnavailableNotAParseError() {
        var e = assertThrows(SmtException.class,
                () -> reader.json(
                        answer(200, "text/html; charset=utf-8", "<html><body>Down for maintenance</body></html>"),
                        "/api/x", AnswerReader.ALL_ROWS));
        assertEquals(Failure.MAINTENANCE, e.kind());
        assertTrue(e.getMessage().contains("HTML"));
        assertTrue(gate.check().isEmpty(), "maintenance does not block the account");
    }

    @Test
    void htmlWithoutContentTypeIsStillRecognised() {
        assertEquals(Failure.MAINTENANCE,
                assertThrows(SmtException.class,
                        () -> reader.json(answer(200, "", "  <!DOCTYPE html><html>maintenance</html>"), "/api/x",
                                AnswerReader.ALL_ROWS)).kind());
    }

    @Test
    void accessDeniedPageBlocksTheAccountForAnHourEvenAtHttp200() {
        var e = assertThrows(SmtException.class,
                () -> reader.json(answer(200, "text/html", "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD></HTML>"),
                        "/api/x", AnswerReader.ALL_ROWS));
        assertEquals(Failure.BLOCKED, e.kind());
        assertEquals(T0.plus(Duration.ofHours(1)), e.retryNotBefore().orElseThrow());
        assertTrue(gate.check().isPresent());
    }

    @Test
    void http403BlocksWhateverTheBody() {
        assertEquals(Failure.BLOCKED,
                assertThrows(SmtException.class,
                        () -> reader.json(answer(403, "application/json", "{}"), "/api/x", AnswerReader.ALL_ROWS))
                                .kind());
    }

    @Test
    void textPlain503AndJson500AreUnavailable() {
        assertEquals(Failure.SERVER_ERROR, assertThrows(SmtException.class,
                () -> reader.json(answer(503, "text/plain", "Service Unavailable"), "/api/x", AnswerReader.ALL_ROWS))
                        .kind());
        assertEquals(Failure.SERVER_ERROR,
                assertThrows(SmtException.class,
                        () -> reader.json(answer(500, "application/json", "{\"error\":\"Something went wrong\"}"),
                                "/v2/odr/", AnswerReader.ALL_ROWS)).kind());
        assertEquals(Failure.SERVER_ERROR, assertThrows(SmtException.class,
                () -> reader.json(answer(200, "text/plain", "OK"), "/api/x", AnswerReader.ALL_ROWS)).kind());
    }

    @Test
    void errorCode1IsNotYetAvailable() {
        assertEquals(Failure.NOT_YET_AVAILABLE,
                assertThrows(SmtException.class,
                        () -> reader.json(answer(200, "application/json",
                                "{\"errorCode\":\"1\",\"errorMessage\":\"No data received from the respective TDSP\"}"),
                                "/v2/x/", AnswerReader.ALL_ROWS)).kind());
    }

    @Test
    void otherInBodyErrorsAreProtocolErrorsNamingTheCode() {
        var e = assertThrows(SmtException.class,
                () -> reader.json(
                        answer(200, "application/json",
                                "{\"errorCode\":\"2076\",\"errorMessage\":\"API Integration is not done\"}"),
                        "/v2/dailyreads/", AnswerReader.ALL_ROWS));
        assertEquals(Failure.PROTOCOL_ERROR, e.kind());
        assertTrue(e.getMessage().contains("2076"), e.getMessage());
    }

    @Test
    void cutOffJsonIsAProtocolErrorWithAShortCleanExcerpt() {
        String body = "{\"token\":\"eyJabc.def\",\"password\":\"s3cret-pass\",\"rows\":[1,2," + "3,".repeat(5000);
        var e = assertThrows(SmtException.class,
                () -> reader.json(answer(200, "application/json", body), "/api/x", AnswerReader.ALL_ROWS));
        assertEquals(Failure.PROTOCOL_ERROR, e.kind());
        assertFalse(e.getMessage().contains("eyJabc.def"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret-pass"), e.getMessage());
        assertTrue(e.getMessage().length() < 600, "a short excerpt, not the whole answer");
    }

    @Test
    void anUncuredUnauthorizedIsAProtocolError() {
        assertEquals(Failure.PROTOCOL_ERROR, assertThrows(SmtException.class,
                () -> reader.json(answer(401, "", ""), "/api/x", AnswerReader.ALL_ROWS)).kind());
    }

    @Test
    void redirectsAreNotFollowedButReportedAsUnavailable() {
        assertEquals(Failure.SERVER_ERROR, assertThrows(SmtException.class,
                () -> reader.json(answer(302, "", ""), "/api/x", AnswerReader.ALL_ROWS)).kind());
    }
}
