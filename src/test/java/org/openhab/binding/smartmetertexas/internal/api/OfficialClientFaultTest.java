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
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Proves the official flow's failures: a 401 at /v2/token/ says "wrong credentials or IP not allow-listed" and
 * nothing is sent again until reconfiguration; data faults become typed failures; failed and stuck reads end.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class OfficialClientFaultTest {

    private @Nullable SimulatedAccount account;

    private SimulatedAccount start() throws Exception {
        SimulatedAccount a = SimulatedAccount.start(Flow.OFFICIAL, c -> {
        }, s -> s.requestTimeout(Duration.ofSeconds(2)));
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

    @Test
    void tokenRefusalNamesBothCausesAndStopsAllRequests() throws Exception {
        SimulatedAccount a = start();
        AccountSettings right = a.settings;
        a.reconfigure(AccountSettings.builder(Flow.OFFICIAL, a.sim.username(), "not-the-password")
                .officialBaseUrl(a.sim.officialUrl()).build());
        var e = assertThrows(SmtException.class, () -> a.client.login());
        assertEquals(Failure.LOGIN_REFUSED, e.kind());
        assertTrue(e.getMessage().contains("allow-listed"), e.getMessage());
        assertTrue(e.getMessage().contains("credentials"), e.getMessage());

        a.clock.advance(Duration.ofDays(1));
        var refused = assertThrows(SmtException.class,
                () -> a.client.daily(a.household(), new DateRange(YESTERDAY, YESTERDAY)));
        assertEquals(Failure.CREDENTIALS_HELD_BACK, refused.kind());
        assertEquals(Rule.CREDENTIALS_REJECTED, refused.rule().orElseThrow());
        assertEquals(1, a.requests().size(), "no automatic retry");

        a.reconfigure(right);
        assertEquals(1, a.client.daily(a.household(), new DateRange(YESTERDAY, YESTERDAY)).size());
    }

    @Test
    void http401FaultAtTheTokenEndpointIsTheSameRefusal() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(Endpoint.OFFICIAL_TOKEN, Fault.HTTP_401);
        assertEquals(Failure.LOGIN_REFUSED, assertThrows(SmtException.class, () -> a.client.login()).kind());
    }

    @Test
    void tokenPathNotFound() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(Endpoint.OFFICIAL_TOKEN, Fault.NOT_FOUND);
        var e = assertThrows(SmtException.class, () -> a.client.login());
        assertEquals(Failure.LOGIN_PATH_NOT_FOUND, e.kind());
        assertEquals("/v2/token/", e.subject().orElseThrow());
    }

    @Test
    void a401AfterAFreshTokenFailsInsteadOfLooping() throws Exception {
        SimulatedAccount a = start();
        a.client.login();
        a.sim.control().fault(Endpoint.OFFICIAL_DAILY, Fault.HTTP_401);
        assertEquals(Failure.PROTOCOL_ERROR, assertThrows(SmtException.class,
                () -> a.client.daily(a.household(), new DateRange(YESTERDAY, YESTERDAY))).kind());
        assertEquals(java.util.List.of("/v2/token/", "/v2/dailyreads/", "/v2/token/", "/v2/dailyreads/"), a.paths());
    }

    @Test
    void slowAnswersWithinTheTimeoutAreFine() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().slowDelay(Duration.ofMillis(300));
        a.sim.control().fault(Endpoint.OFFICIAL_DAILY, Fault.SLOW);
        assertEquals(1, a.client.daily(a.household(), new DateRange(YESTERDAY, YESTERDAY)).size());
    }

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
        a.sim.control().faultOnce(Endpoint.OFFICIAL_INTERVALS, fault, 1);

        assertFalse(a.client.intervals(a.household(), new DateRange(YESTERDAY, YESTERDAY)).readings().isEmpty(),
                "answered");

        List<RecordedRequest> requests = a.requests();
        assertEquals(3, requests.size(), "one login, the request and its one repetition");
        assertFalse(requests.get(2).time().isBefore(requests.get(1).time().plus(AccountPacer.MIN_SPACING)),
                "the repetition keeps the account's pace");
    }

    @Test
    void aConnectionFailureThatRepeatsOnTheFreshConnectionIsOneAndNamesNoInternals() throws Exception {
        SimulatedAccount a = start();
        a.client.login();
        a.sim.control().faultOnce(Endpoint.OFFICIAL_INTERVALS, Fault.CONNECTION_RESET, 2);

        SmtException e = assertThrows(SmtException.class,
                () -> a.client.intervals(a.household(), new DateRange(YESTERDAY, YESTERDAY)).readings());

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
        a.sim.control().faultOnce(Endpoint.OFFICIAL_INTERVALS, fault, 1);
        assertEquals(expected, assertThrows(SmtException.class,
                () -> a.client.intervals(a.household(), new DateRange(YESTERDAY, YESTERDAY))).kind());
        assertEquals(2, a.requests().size(), "one token, one data request: no retry loop");
    }

    @Test
    void tokenEndpointMaintenanceIsUnavailableNotRefused() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().faultOnce(Endpoint.OFFICIAL_TOKEN, Fault.MAINTENANCE_HTML, 1);
        assertEquals(Failure.MAINTENANCE, assertThrows(SmtException.class, () -> a.client.login()).kind());
        a.client.login();
        assertEquals(2, a.requests().size(), "maintenance does not latch anything");
    }

    @ParameterizedTest
    @MethodSource("failedReads")
    void failedReadsEndWithSmtsStatus(Endpoint endpoint, Fault fault, ReadStatus expected) throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(endpoint, fault);
        Esiid esiid = a.household();
        MeterRead read = a.pollUntilDone(a.reads().request(a.client, esiid, a.meterNumber(esiid)));
        assertEquals(expected, read.status());
    }

    static Stream<Arguments> failedReads() {
        return Stream.of(Arguments.of(Endpoint.OFFICIAL_ODR, Fault.ODR_FAILED, ReadStatus.FAILED),
                Arguments.of(Endpoint.OFFICIAL_ODR, Fault.ODR_T_FAILED, ReadStatus.T_FAILED),
                Arguments.of(Endpoint.OFFICIAL_ODR_STATUS, Fault.ODR_FAILED, ReadStatus.FAILED));
    }

    @Test
    void aStuckReadIsGivenUpAfter15Minutes() throws Exception {
        SimulatedAccount a = start();
        a.sim.control().fault(Endpoint.OFFICIAL_ODR_STATUS, Fault.ODR_STUCK_PENDING);
        Esiid esiid = a.household();
        ReadTicket ticket = a.reads().request(a.client, esiid, a.meterNumber(esiid));
        assertEquals(ReadStatus.FAILED, a.pollUntilDone(ticket).status());
        assertEquals(6, a.count("/v2/odrstatus/"));
    }
}
