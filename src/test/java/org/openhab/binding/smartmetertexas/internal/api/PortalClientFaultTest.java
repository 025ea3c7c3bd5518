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
import static org.openhab.binding.smartmetertexas.internal.api.SimulatedAccount.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.planning.ReadTicket;
import org.openhab.binding.smartmetertexas.internal.policy.AccountPacer;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

/**
 * Proves every fault the simulator can produce on the portal flow ends in the right result or typed failure:
 * rejected credentials stop all requests until reconfiguration, a 403 stops them for an hour, maintenance pages,
 * text/plain 503s, timeouts, resets, cut-off and oversized JSON are told apart, failed and stuck reads end, and
 * the interval fallback is taken exactly when it should be.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class PortalClientFaultTest {

    private static final String LOGIN = "/commonapi/user/authenticate";
    private @org.eclipse.jdt.annotation.Nullable SimulatedAccount account;

    private SimulatedAccount start() throws Exception {
        SimulatedAccount a = SimulatedAccount.start(Flow.PORTAL, c -> c.slowDelay(Duration.ofMillis(300)),
                s -> s.requestTimeout(Duration.ofSeconds(2)));
        account = a;
        return a;
    }

    @AfterEach
    void stop() {
        SimulatedAccount a = account;
        if (a != null) {
            a.close();
        }
    }

    // ---- login ----

    @Test
    void wrongPasswordIsInvalidCredentialsAndNothingIsSentAgainUntilReconfigured() throws Exception {
        SimulatedAccount a = start();
        AccountSettings right = a.settings;
        a.reconfigure(AccountSettings.builder(Flow.PORTAL, a.sim.username(), "wrong-password")
                .portalBaseUrl(a.sim.portalUrl()).build());
        assertEquals(Failure.INVALID_CREDENTIALS, assertThrows(SmtException.class, () -> a.client.login()).kind());
        assertEquals(1, a.requests().size());

        a.clock.advance(Duration.ofDays(3));
        var refused = assertThrows(SmtException.class, () -> a.client.meters());
        assertEquals(Failure.CREDENTIALS_HELD_BACK, refused.kind());
        assertEquals(Rule.CREDENTIALS_REJECTED, refused.rule().orElseThrow());
        assertTrue(refused.retryNotBefore().isEmpty(), "only a configuration change helps");
        assertEquals(1, a.requests().size(), "no second login attempt");

        a.reconfigure(right);
        assertEquals(2, a.client.meters().size());
    }

    @Test
    void http403AtLoginBlocksTheAccountForAnHour() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(Endpoint.PORTAL_LOGIN, Fault.FORBIDDEN_HTML);
        Instant now = a.clock.instant();
        var blocked = assertThrows(SmtException.class, () -> a.client.login());
        assertEquals(Failure.BLOCKED, blocked.kind());
        assertEquals(now.plus(Duration.ofHours(1)), blocked.retryNotBefore().orElseThrow());
        assertEquals(1, a.requests().size());

        a.clock.advance(Duration.ofMinutes(59));
        var refused = assertThrows(SmtException.class, () -> a.client.meters());
        assertEquals(Failure.REQUEST_REFUSED, refused.kind());
        assertEquals(Rule.BLOCKED, refused.rule().orElseThrow());
        assertEquals(blocked.retryNotBefore(), refused.retryNotBefore());
        assertEquals(1, a.requests().size(), "nothing sent while blocked");

        a.sim.control().clearFaults();
        a.clock.advance(Duration.ofMinutes(1));
        assertEquals(2, a.client.meters().size());
    }

    @Test
    void secondBlockInARowWaitsTwoHours() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(Endpoint.PORTAL_LOGIN, Fault.FORBIDDEN_HTML);
        assertEquals(Failure.BLOCKED, assertThrows(SmtException.class, () -> a.client.login()).kind());
        a.clock.advance(Duration.ofHours(1));
        Instant now = a.clock.instant();
        var second = assertThrows(SmtException.class, () -> a.client.login());
        assertEquals(Failure.BLOCKED, second.kind());
        assertEquals(now.plus(Duration.ofHours(2)), second.retryNotBefore().orElseThrow());
    }

    @Test
    void loginPathNotFound() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(Endpoint.PORTAL_LOGIN, Fault.NOT_FOUND);
        var e = assertThrows(SmtException.class, () -> a.client.login());
        assertEquals(Failure.LOGIN_PATH_NOT_FOUND, e.kind());
        assertEquals("/commonapi/user/authenticate", e.subject().orElseThrow());
    }

    @Test
    void theOldLoginPathIsReportedAsNotFound() throws Exception {
        SimulatedAccount a = start();
        a.reconfigure(AccountSettings.builder(Flow.PORTAL, a.sim.username(), a.sim.password())
                .portalBaseUrl(a.sim.portalUrl()).loginPath("/api/user/authenticate").build());
        var e = assertThrows(SmtException.class, () -> a.client.login());
        assertEquals(Failure.LOGIN_PATH_NOT_FOUND, e.kind());
        assertEquals("/api/user/authenticate", e.subject().orElseThrow());
    }

    // ---- data endpoints ----

    static Stream<Arguments> dataFaults() {
        return Stream.of(Arguments.of(Fault.HTTP_500, Failure.SERVER_ERROR),
                Arguments.of(Fault.UNAVAILABLE_TEXT, Failure.SERVER_ERROR),
                Arguments.of(Fault.MAINTENANCE_HTML, Failure.MAINTENANCE), Arguments.of(Fault.TIMEOUT, Failure.TIMEOUT),
                Arguments.of(Fault.MALFORMED_JSON, Failure.PROTOCOL_ERROR),
                Arguments.of(Fault.OVERSIZED_BODY, Failure.PROTOCOL_ERROR),
                Arguments.of(Fault.ERROR_CODE_1, Failure.NOT_YET_AVAILABLE),
                Arguments.of(Fault.FORBIDDEN_HTML, Failure.BLOCKED));
    }

    /** A connection closed or reset before any answer came: sent once more, on a fresh connection, in the pace. */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "CONNECTION_RESET", "STALE_KEEP_ALIVE" })
    void aConnectionClosedBeforeAnyAnswerIsTriedOnceMoreOnAFreshOne(Fault fault) throws Exception {
        SimulatedAccount a = start();
        a.client.login();
        a.sim.control().faultOnce(Endpoint.PORTAL_DAILY, fault, 1);

        assertFalse(a.client.daily(a.household(), new DateRange(YESTERDAY, YESTERDAY)).isEmpty(), "answered");

        List<RecordedRequest> requests = a.requests();
        assertEquals(3, requests.size(), "one login, the request and its one repetition");
        assertFalse(requests.get(2).time().isBefore(requests.get(1).time().plus(AccountPacer.MIN_SPACING)),
                "the repetition keeps the account's pace");
    }

    @Test
    void aConnectionFailureThatRepeatsOnTheFreshConnectionIsOneAndNamesNoInternals() throws Exception {
        SimulatedAccount a = start();
        a.client.login();
        a.sim.control().faultOnce(Endpoint.PORTAL_DAILY, Fault.CONNECTION_RESET, 2);

        SmtException e = assertThrows(SmtException.class,
                () -> a.client.daily(a.household(), new DateRange(YESTERDAY, YESTERDAY)));

        assertEquals(Failure.CONNECTION, e.kind());
        assertEquals(3, a.requests().size(), "tried once more, not in a loop");
        assertTrue(e.detail().startsWith("connection to 127.0.0.1 failed: "), e.detail());
        assertFalse(e.detail().matches(".*@[0-9a-f]{4,}.*"), "no object ids: " + e.detail());
        assertFalse(e.detail().contains("EndPoint"), e.detail());
    }

    @ParameterizedTest
    @MethodSource("dataFaults")
    void dataFaultsBecomeTypedFailures(Fault fault, Failure expected) throws Exception {
        SimulatedAccount a = start();
        a.client.login();
        a.sim.control().faultOnce(Endpoint.PORTAL_DAILY, fault, 1);
        SmtException e = assertThrows(SmtException.class,
                () -> a.client.daily(a.household(), new DateRange(YESTERDAY, YESTERDAY)));
        assertEquals(expected, e.kind());
        assertFalse(String.valueOf(e.getMessage()).isBlank());
        assertEquals(2, a.requests().size(), "one login, one data request: no retry loop");
        if (fault != Fault.FORBIDDEN_HTML) {
            assertEquals(1, a.client.daily(a.household(), new DateRange(YESTERDAY, YESTERDAY)).size(),
                    "the next request works again");
        }
    }

    @Test
    void oversizedAnswerNamesTheBound() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(Endpoint.PORTAL_METERS, Fault.OVERSIZED_BODY);
        var e = assertThrows(SmtException.class, () -> a.client.meters());
        assertEquals(Failure.PROTOCOL_ERROR, e.kind());
        assertTrue(e.getMessage().contains("16 MB"), e.getMessage());
    }

    @Test
    void slowAnswersWithinTheTimeoutAreFine() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(Endpoint.PORTAL_METERS, Fault.SLOW);
        assertEquals(2, a.client.meters().size());
    }

    @Test
    void slowerThanTheTimeoutIsUnavailable() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().slowDelay(Duration.ofSeconds(4));
        a.sim.control().fault(Endpoint.PORTAL_METERS, Fault.SLOW);
        var e = assertThrows(SmtException.class, () -> a.client.meters());
        assertEquals(Failure.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    }

    // ---- interval fallback ----

    @ParameterizedTest
    @MethodSource("fallbackFaults")
    void intervalsynchErrorsFallBackToTheIntervalEndpoint(Fault fault) throws Exception {
        SimulatedAccount a = start();
        a.client.login();
        a.sim.control().fault(Endpoint.PORTAL_INTERVALSYNCH, fault);
        IntervalData data = a.client.intervals(a.household(), new DateRange(YESTERDAY, YESTERDAY));
        assertEquals(96, data.readings().size());
        assertEquals(List.of(LOGIN, "/api/adhoc/intervalsynch", "/api/usage/interval"), a.paths());
    }

    static Stream<Fault> fallbackFaults() {
        return Stream.of(Fault.HTTP_500, Fault.MALFORMED_JSON);
    }

    @ParameterizedTest
    @MethodSource("noFallbackFaults")
    void notYetAvailableAndMaintenanceDoNotFallBack(Fault fault, Failure expected) throws Exception {
        SimulatedAccount a = start();
        a.client.login();
        a.sim.control().fault(Endpoint.PORTAL_INTERVALSYNCH, fault);
        assertEquals(expected, assertThrows(SmtException.class,
                () -> a.client.intervals(a.household(), new DateRange(YESTERDAY, YESTERDAY))).kind());
        assertEquals(0, a.count("/api/usage/interval"));
    }

    static Stream<Arguments> noFallbackFaults() {
        return Stream.of(Arguments.of(Fault.ERROR_CODE_1, Failure.NOT_YET_AVAILABLE),
                Arguments.of(Fault.MAINTENANCE_HTML, Failure.MAINTENANCE),
                Arguments.of(Fault.FORBIDDEN_HTML, Failure.BLOCKED));
    }

    // ---- on-demand reads ----

    @ParameterizedTest
    @MethodSource("failedReads")
    void failedReadsEndWithSmtsStatus(Endpoint endpoint, Fault fault, ReadStatus expected) throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(endpoint, fault);
        Esiid esiid = a.household();
        ReadTicket ticket = a.reads().request(a.client, esiid, a.meterNumber(esiid));
        MeterRead read = a.pollUntilDone(ticket);
        assertEquals(expected, read.status());
        assertNull(read.registerKwh());
        assertTrue(ticket.nextPollAt().isEmpty());
    }

    static Stream<Arguments> failedReads() {
        return Stream.of(Arguments.of(Endpoint.PORTAL_ODR, Fault.ODR_FAILED, ReadStatus.FAILED),
                Arguments.of(Endpoint.PORTAL_ODR, Fault.ODR_T_FAILED, ReadStatus.T_FAILED),
                Arguments.of(Endpoint.PORTAL_LATEST_ODR, Fault.ODR_FAILED, ReadStatus.FAILED),
                Arguments.of(Endpoint.PORTAL_LATEST_ODR, Fault.ODR_T_FAILED, ReadStatus.T_FAILED));
    }

    @Test
    void aReadStuckInPendingIsGivenUpAfter15MinutesAndStaysCounted() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(Endpoint.PORTAL_ODR, Fault.ODR_STUCK_PENDING);
        Esiid esiid = a.household();
        ReadTicket ticket = a.reads().request(a.client, esiid, a.meterNumber(esiid));
        MeterRead read = a.pollUntilDone(ticket);
        assertEquals(ReadStatus.FAILED, read.status());
        assertEquals(6, a.count("/api/usage/latestodrread"), "polls at 30 s, 1, 2, 4, 8 and 15 min");
        assertEquals(ticket.requestedAt().plus(Duration.ofMinutes(15)), a.clock.instant());
        assertEquals(23, a.reads().readsLeftToday(esiid), "the budget is not refunded");
        assertEquals(ReadStatus.FAILED, a.reads().poll(a.client, ticket).status());
        assertEquals(6, a.count("/api/usage/latestodrread"), "no poll after giving up");
    }

    @Test
    void thePreviousReadIsNotTakenForTheNewOne() throws Exception {
        SimulatedAccount a = start();
        Esiid esiid = a.household();
        MeterRead first = a.pollUntilDone(a.reads().request(a.client, esiid, a.meterNumber(esiid)));
        assertEquals(ReadStatus.COMPLETED, first.status());

        a.sim.control().odrPreviousReadFirst(true);
        a.sim.control().odrDelay(Duration.ofSeconds(100));
        a.clock.advance(Duration.ofHours(1));
        ReadTicket ticket = a.reads().request(a.client, esiid, a.meterNumber(esiid));
        a.clock.set(ticket.nextPollAt().orElseThrow());
        assertEquals(ReadStatus.PENDING, a.reads().poll(a.client, ticket).status(), "SMT still shows the old read");
        MeterRead second = a.pollUntilDone(ticket);
        assertEquals(ReadStatus.COMPLETED, second.status());
        var time = second.readTime();
        assertNotNull(time);
        assertFalse(time.isBefore(ticket.requestedAt().minus(Duration.ofMinutes(2))));
        assertNotEquals(first.readTime(), time);
    }
}
