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
import static org.openhab.binding.smartmetertexas.testsupport.FlowEndpoints.path;
import static org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness.YESTERDAY;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.openhab.binding.smartmetertexas.testsupport.FlowEndpoints;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * Proves every fault the simulator can produce ends in the right result or typed failure, each case on both flows:
 * rejected credentials stop all requests until reconfiguration, a 403 stops them for an hour (two after a second
 * one), maintenance pages, text/plain 503s, timeouts, resets, cut-off and oversized JSON are told apart, and failed
 * and stuck reads end. What only one flow has is named after it: the portal's configurable login path, its interval
 * fallback and its stale previous read; the official API's two-cause refusal message.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientFaultTest {

    private static final DateRange YESTERDAY_ONLY = new DateRange(YESTERDAY, YESTERDAY);

    @RegisterExtension
    final SimulatorHarness.PerTest harnesses = new SimulatorHarness.PerTest();

    private SimulatorHarness start(Flow flow) throws Exception {
        return start(flow, Duration.ofSeconds(10));
    }

    /** The cases about the request timeout set it to 2 s; the others keep 10 s, as a busy machine can be slow. */
    private SimulatorHarness start(Flow flow, Duration requestTimeout) throws Exception {
        return harnesses.closeAfter(SimulatorHarness.account(flow, c -> c.slowDelay(Duration.ofMillis(300)),
                s -> s.requestTimeout(requestTimeout)));
    }

    /**
     * The data request of the flow's cases: the portal's daily reads and the official API's 15-minute reads (the
     * portal's intervals fall back to a second endpoint, proven on their own below).
     */
    private static Endpoint dataEndpoint(Flow flow) {
        return flow == Flow.PORTAL ? Endpoint.PORTAL_DAILY : Endpoint.OFFICIAL_INTERVALS;
    }

    /** Sends the flow's data request for yesterday; returns how many values came back. */
    private static int requestData(SimulatorHarness a) throws SmtException {
        SmtClient client = a.client();
        return client.flow() == Flow.PORTAL ? client.daily(a.household(), YESTERDAY_ONLY, asked -> true).size()
                : client.intervals(a.household(), YESTERDAY_ONLY, asked -> true).readings().size();
    }

    // ---- login ----

    static Stream<Arguments> rejectedLogin() {
        return Stream.of(Arguments.of(Flow.PORTAL, Failure.INVALID_CREDENTIALS),
                Arguments.of(Flow.OFFICIAL, Failure.LOGIN_REFUSED));
    }

    @ParameterizedTest
    @MethodSource("rejectedLogin")
    void wrongPasswordIsRejectedAndNothingIsSentAgainUntilReconfigured(Flow flow, Failure rejected) throws Exception {
        SimulatorHarness a = start(flow);
        AccountSettings right = a.settings();
        a.reconfigure(a.accountSettings(flow, "wrong-password").build());
        assertEquals(rejected, assertThrows(SmtException.class, () -> a.client().login()).kind());
        assertEquals(1, a.requests().size());

        a.clock.advance(Duration.ofDays(3));
        var refused = assertThrows(SmtException.class, () -> requestData(a));
        assertEquals(Failure.CREDENTIALS_HELD_BACK, refused.kind());
        assertEquals(Rule.CREDENTIALS_REJECTED, refused.rule().orElseThrow());
        assertTrue(refused.retryNotBefore().isEmpty(), "only a configuration change helps");
        assertEquals(1, a.requests().size(), "no second login attempt");

        a.reconfigure(right);
        assertTrue(requestData(a) > 0);
    }

    @Test
    void officialHttp401AtTheTokenEndpointIsTheSameRefusal() throws Exception {
        SimulatorHarness a = start(Flow.OFFICIAL);
        a.sim.control().fault(Endpoint.OFFICIAL_TOKEN, Fault.HTTP_401);
        assertEquals(Failure.LOGIN_REFUSED, assertThrows(SmtException.class, () -> a.client().login()).kind());
    }

    @Test
    void officialTokenRefusalNamesBothCauses() throws Exception {
        SimulatorHarness a = start(Flow.OFFICIAL);
        a.reconfigure(a.accountSettings(Flow.OFFICIAL, "not-the-password").build());
        var e = assertThrows(SmtException.class, () -> a.client().login());
        assertEquals(Failure.LOGIN_REFUSED, e.kind());
        assertTrue(e.getMessage().contains("allow-listed"), e.getMessage());
        assertTrue(e.getMessage().contains("credentials"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void http403AtLoginBlocksTheAccountForAnHour(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        a.sim.control().fault(FlowEndpoints.of(flow).login, Fault.FORBIDDEN_HTML);
        Instant now = a.clock.instant();
        var blocked = assertThrows(SmtException.class, () -> a.client().login());
        assertEquals(Failure.BLOCKED, blocked.kind());
        assertEquals(now.plus(Duration.ofHours(1)), blocked.retryNotBefore().orElseThrow());
        assertEquals(1, a.requests().size());

        a.clock.advance(Duration.ofMinutes(59));
        var refused = assertThrows(SmtException.class, () -> requestData(a));
        assertEquals(Failure.REQUEST_REFUSED, refused.kind());
        assertEquals(Rule.BLOCKED, refused.rule().orElseThrow());
        assertEquals(blocked.retryNotBefore(), refused.retryNotBefore());
        assertEquals(1, a.requests().size(), "nothing sent while blocked");

        a.sim.control().clearFaults();
        a.clock.advance(Duration.ofMinutes(1));
        assertTrue(requestData(a) > 0);
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void secondBlockInARowWaitsTwoHours(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        a.sim.control().fault(FlowEndpoints.of(flow).login, Fault.FORBIDDEN_HTML);
        assertEquals(Failure.BLOCKED, assertThrows(SmtException.class, () -> a.client().login()).kind());
        a.clock.advance(Duration.ofHours(1));
        Instant now = a.clock.instant();
        var second = assertThrows(SmtException.class, () -> a.client().login());
        assertEquals(Failure.BLOCKED, second.kind());
        assertEquals(now.plus(Duration.ofHours(2)), second.retryNotBefore().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void loginPathNotFoundNamesThePath(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        Endpoint login = FlowEndpoints.of(flow).login;
        a.sim.control().fault(login, Fault.NOT_FOUND);
        var e = assertThrows(SmtException.class, () -> a.client().login());
        assertEquals(Failure.LOGIN_PATH_NOT_FOUND, e.kind());
        assertEquals(path(login), e.subject().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void loginMaintenanceIsUnavailableNotRefused(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        a.sim.control().faultOnce(FlowEndpoints.of(flow).login, Fault.MAINTENANCE_HTML, 1);
        assertEquals(Failure.MAINTENANCE, assertThrows(SmtException.class, () -> a.client().login()).kind());
        a.client().login();
        assertEquals(2, a.requests().size(), "maintenance does not latch anything");
    }

    @Test
    void portalOldLoginPathIsReportedAsNotFound() throws Exception {
        SimulatorHarness a = start(Flow.PORTAL);
        a.reconfigure(a.accountSettings(Flow.PORTAL).loginPath("/api/user/authenticate").build());
        var e = assertThrows(SmtException.class, () -> a.client().login());
        assertEquals(Failure.LOGIN_PATH_NOT_FOUND, e.kind());
        assertEquals("/api/user/authenticate", e.subject().orElseThrow());
    }

    // ---- data endpoints ----

    /** Each fault of a data answer, with the failure it becomes. */
    private static final Object[][] DATA_FAULTS = { { Fault.HTTP_500, Failure.SERVER_ERROR },
            { Fault.UNAVAILABLE_TEXT, Failure.SERVER_ERROR }, { Fault.MAINTENANCE_HTML, Failure.MAINTENANCE },
            { Fault.MALFORMED_JSON, Failure.PROTOCOL_ERROR }, { Fault.OVERSIZED_BODY, Failure.PROTOCOL_ERROR },
            { Fault.ERROR_CODE_1, Failure.NOT_YET_AVAILABLE }, { Fault.FORBIDDEN_HTML, Failure.BLOCKED } };

    static Stream<Arguments> dataFaults() {
        return Stream.of(Flow.values())
                .flatMap(flow -> Stream.of(DATA_FAULTS).map(fault -> Arguments.of(flow, fault[0], fault[1])));
    }

    @ParameterizedTest
    @MethodSource("dataFaults")
    void dataFaultsBecomeTypedFailures(Flow flow, Fault fault, Failure expected) throws Exception {
        SimulatorHarness a = start(flow);
        a.client().login();
        a.sim.control().faultOnce(dataEndpoint(flow), fault, 1);
        SmtException e = assertThrows(SmtException.class, () -> requestData(a));
        assertEquals(expected, e.kind());
        assertFalse(String.valueOf(e.getMessage()).isBlank());
        assertEquals(2, a.requests().size(), "one login, one data request: no retry loop");
        if (fault != Fault.FORBIDDEN_HTML) {
            assertTrue(requestData(a) > 0, "the next request works again");
        }
    }

    static Stream<Arguments> connectionClosedBeforeAnswer() {
        return Stream.of(Flow.values()).flatMap(flow -> Stream.of(Fault.CONNECTION_RESET, Fault.STALE_KEEP_ALIVE)
                .map(fault -> Arguments.of(flow, fault)));
    }

    /** A connection closed or reset before any answer came: sent once more, on a fresh connection, in the pace. */
    @ParameterizedTest
    @MethodSource("connectionClosedBeforeAnswer")
    void aConnectionClosedBeforeAnyAnswerIsTriedOnceMoreOnAFreshOne(Flow flow, Fault fault) throws Exception {
        SimulatorHarness a = start(flow);
        a.client().login();
        a.sim.control().faultOnce(dataEndpoint(flow), fault, 1);

        assertTrue(requestData(a) > 0, "answered");

        List<RecordedRequest> requests = a.requests();
        assertEquals(3, requests.size(), "one login, the request and its one repetition");
        assertFalse(requests.get(2).time().isBefore(requests.get(1).time().plus(AccountPacer.MIN_SPACING)),
                "the repetition keeps the account's pace");
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void aConnectionFailureThatRepeatsOnTheFreshConnectionIsOneAndNamesNoInternals(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        a.client().login();
        a.sim.control().faultOnce(dataEndpoint(flow), Fault.CONNECTION_RESET, 2);

        SmtException e = assertThrows(SmtException.class, () -> requestData(a));

        assertEquals(Failure.CONNECTION, e.kind());
        assertEquals(3, a.requests().size(), "tried once more, not in a loop");
        assertTrue(e.detail().startsWith("connection to 127.0.0.1 failed: "), e.detail());
        assertFalse(e.detail().matches(".*@[0-9a-f]{4,}.*"), "no object ids: " + e.detail());
        assertFalse(e.detail().contains("EndPoint"), e.detail());
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void aSilentServerIsATimeout(Flow flow) throws Exception {
        SimulatorHarness a = start(flow, Duration.ofSeconds(2));
        a.client().login();
        a.sim.control().faultOnce(dataEndpoint(flow), Fault.TIMEOUT, 1);
        assertEquals(Failure.TIMEOUT, assertThrows(SmtException.class, () -> requestData(a)).kind());
        assertEquals(2, a.requests().size(), "one login, one data request: no retry loop");
        assertTrue(requestData(a) > 0, "the next request works again");
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void oversizedAnswerNamesTheBound(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        a.sim.control().fault(dataEndpoint(flow), Fault.OVERSIZED_BODY);
        var e = assertThrows(SmtException.class, () -> requestData(a));
        assertEquals(Failure.PROTOCOL_ERROR, e.kind());
        assertTrue(e.getMessage().contains("16 MB"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void slowAnswersWithinTheTimeoutAreFine(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        a.sim.control().fault(dataEndpoint(flow), Fault.SLOW);
        assertTrue(requestData(a) > 0);
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void slowerThanTheTimeoutIsUnavailable(Flow flow) throws Exception {
        SimulatorHarness a = start(flow, Duration.ofSeconds(2));
        a.sim.control().slowDelay(Duration.ofSeconds(4));
        a.sim.control().fault(dataEndpoint(flow), Fault.SLOW);
        var e = assertThrows(SmtException.class, () -> requestData(a));
        assertEquals(Failure.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    }

    // ---- the portal's interval fallback ----

    @ParameterizedTest
    @MethodSource("fallbackFaults")
    void portalIntervalsynchErrorsFallBackToTheIntervalEndpoint(Fault fault) throws Exception {
        SimulatorHarness a = start(Flow.PORTAL);
        a.client().login();
        a.sim.control().fault(Endpoint.PORTAL_INTERVALSYNCH, fault);
        IntervalData data = a.client().intervals(a.household(), YESTERDAY_ONLY, asked -> true);
        assertEquals(96, data.readings().size());
        assertEquals(List.of(path(Endpoint.PORTAL_LOGIN), path(Endpoint.PORTAL_INTERVALSYNCH),
                path(Endpoint.PORTAL_INTERVAL)), a.paths());
    }

    static Stream<Fault> fallbackFaults() {
        return Stream.of(Fault.HTTP_500, Fault.MALFORMED_JSON);
    }

    @ParameterizedTest
    @MethodSource("noFallbackFaults")
    void portalNotYetAvailableAndMaintenanceDoNotFallBack(Fault fault, Failure expected) throws Exception {
        SimulatorHarness a = start(Flow.PORTAL);
        a.client().login();
        a.sim.control().fault(Endpoint.PORTAL_INTERVALSYNCH, fault);
        assertEquals(expected, assertThrows(SmtException.class,
                () -> a.client().intervals(a.household(), YESTERDAY_ONLY, asked -> true)).kind());
        assertEquals(0, a.count(path(Endpoint.PORTAL_INTERVAL)));
    }

    static Stream<Arguments> noFallbackFaults() {
        return Stream.of(Arguments.of(Fault.ERROR_CODE_1, Failure.NOT_YET_AVAILABLE),
                Arguments.of(Fault.MAINTENANCE_HTML, Failure.MAINTENANCE),
                Arguments.of(Fault.FORBIDDEN_HTML, Failure.BLOCKED));
    }

    // ---- on-demand reads ----

    static Stream<Arguments> failedReads() {
        List<Arguments> cases = new ArrayList<>();
        for (FlowEndpoints flow : FlowEndpoints.values()) {
            for (Endpoint endpoint : List.of(flow.read, flow.readStatus)) {
                cases.add(Arguments.of(flow.flow, endpoint, Fault.ODR_FAILED, ReadStatus.FAILED));
                cases.add(Arguments.of(flow.flow, endpoint, Fault.ODR_T_FAILED, ReadStatus.T_FAILED));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("failedReads")
    void failedReadsEndWithSmtsStatus(Flow flow, Endpoint endpoint, Fault fault, ReadStatus expected) throws Exception {
        SimulatorHarness a = start(flow);
        a.sim.control().fault(endpoint, fault);
        Esiid esiid = a.household();
        ReadTicket ticket = a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        MeterRead read = a.pollUntilDone(ticket);
        assertEquals(expected, read.status());
        assertNull(read.registerKwh());
        assertTrue(ticket.nextPollAt().isEmpty());
    }

    static Stream<Arguments> stuckReads() {
        return Stream.of(FlowEndpoints.values())
                .flatMap(flow -> Stream.of(Arguments.of(flow, flow.read), Arguments.of(flow, flow.readStatus)));
    }

    @ParameterizedTest
    @MethodSource("stuckReads")
    void aReadStuckInPendingIsGivenUpAfter15MinutesAndStaysCounted(FlowEndpoints flow, Endpoint stuck)
            throws Exception {
        SimulatorHarness a = start(flow.flow);
        a.sim.control().fault(stuck, Fault.ODR_STUCK_PENDING);
        Esiid esiid = a.household();
        ReadTicket ticket = a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        MeterRead read = a.pollUntilDone(ticket);
        String polls = path(flow.readStatus);
        assertEquals(ReadStatus.FAILED, read.status());
        assertEquals(6, a.count(polls), "polls at 30 s, 1, 2, 4, 8 and 15 min");
        assertEquals(ticket.requestedAt().plus(Duration.ofMinutes(15)), a.clock.instant());
        assertEquals(23, a.reads().readsLeftToday(esiid), "the budget is not refunded");
        assertEquals(ReadStatus.FAILED, a.reads().poll(a.client(), ticket).status());
        assertEquals(6, a.count(polls), "no poll after giving up");
    }

    @Test
    void portalPreviousReadIsNotTakenForTheNewOne() throws Exception {
        SimulatorHarness a = start(Flow.PORTAL);
        Esiid esiid = a.household();
        MeterRead first = a.pollUntilDone(a.reads().request(a.client(), esiid, a.meterNumber(esiid)));
        assertEquals(ReadStatus.COMPLETED, first.status());

        a.sim.control().odrPreviousReadFirst(true);
        a.sim.control().odrDelay(Duration.ofSeconds(100));
        a.clock.advance(Duration.ofHours(1));
        ReadTicket ticket = a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        a.clock.set(ticket.nextPollAt().orElseThrow());
        assertEquals(ReadStatus.PENDING, a.reads().poll(a.client(), ticket).status(), "SMT still shows the old read");
        MeterRead second = a.pollUntilDone(ticket);
        assertEquals(ReadStatus.COMPLETED, second.status());
        var time = second.readTime();
        assertNotNull(time);
        assertFalse(time.isBefore(ticket.requestedAt().minus(Duration.ofMinutes(2))));
        assertNotEquals(first.readTime(), time);
    }
}
