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
import static org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness.YESTERDAY;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * The client against a server that behaves badly on purpose: HTTP 429 with and without Retry-After (nothing goes to
 * the account before it ends: no fallback endpoint, no login), SMT's answers about the user's own mistakes
 * (configuration errors, not outages), a 500 that echoes the login body with a hostile password, and control
 * characters in error texts.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientHostileServerTest {

    private @Nullable SimulatorHarness account;

    private SimulatorHarness start(Flow flow) throws Exception {
        SimulatorHarness a = SimulatorHarness.account(flow);
        account = a;
        return a;
    }

    @AfterEach
    void stop() {
        SimulatorHarness a = account;
        if (a != null) {
            a.close();
        }
    }

    private static DateRange yesterday() {
        return new DateRange(YESTERDAY, YESTERDAY);
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void after429NothingGoesToTheAccountBeforeRetryAfterEnds(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        a.client().login();
        Endpoint intervals = flow == Flow.PORTAL ? Endpoint.PORTAL_INTERVALSYNCH : Endpoint.OFFICIAL_INTERVALS;
        a.sim.control().retryAfter("600");
        a.sim.control().faultOnce(intervals, Fault.TOO_MANY_REQUESTS, 1);
        Esiid esiid = a.household();

        SmtException e = assertThrows(SmtException.class,
                () -> a.client().intervals(esiid, yesterday(), asked -> true));
        Instant answeredAt = a.requests().get(a.requests().size() - 1).time();

        assertEquals(Failure.SMT_RATE_LIMITED, e.kind());
        assertEquals(answeredAt.plusSeconds(600), e.retryNotBefore().orElseThrow());
        assertEquals(4, e.kind().exitCode());
        assertEquals(2, a.requests().size(), "one login, one data request: no fallback endpoint");

        a.clock.advance(Duration.ofMinutes(9));
        a.sim.control().expireTokens();
        SmtException refused = assertThrows(SmtException.class,
                () -> a.client().daily(esiid, yesterday(), asked -> true));
        assertEquals(Failure.SMT_RATE_LIMITED, refused.kind(), "the account keeps showing SMT's limit");
        assertEquals(e.retryNotBefore(), refused.retryNotBefore());
        assertEquals(2, a.requests().size(), "nothing sent while the limit holds, not even a login");

        a.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, a.client().daily(esiid, yesterday(), asked -> true).size(), "requests go again once it ended");
    }

    @Test
    void a429WithoutRetryAfterHolds15MinutesAndAnHttpDateIsRead() throws Exception {
        SimulatorHarness a = start(Flow.PORTAL);
        a.client().login();
        a.sim.control().retryAfter(null);
        a.sim.control().faultOnce(Endpoint.PORTAL_DAILY, Fault.TOO_MANY_REQUESTS, 1);
        SmtException bare = assertThrows(SmtException.class,
                () -> a.client().daily(a.household(), yesterday(), asked -> true));
        Instant sent = a.requests().get(1).time();
        assertEquals(sent.plus(Duration.ofMinutes(15)), bare.retryNotBefore().orElseThrow());

        a.clock.advance(Duration.ofMinutes(15));
        Instant until = a.clock.instant().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        a.sim.control().retryAfter(DateTimeFormatter.RFC_1123_DATE_TIME.format(until.atOffset(ZoneOffset.UTC)));
        a.sim.control().faultOnce(Endpoint.PORTAL_DAILY, Fault.TOO_MANY_REQUESTS, 1);
        SmtException dated = assertThrows(SmtException.class,
                () -> a.client().daily(a.household(), yesterday(), asked -> true));
        assertEquals(until, dated.retryNotBefore().orElseThrow());
    }

    @Test
    void a429AtLoginAlsoClosesTheAccount() throws Exception {
        SimulatorHarness a = start(Flow.OFFICIAL);
        a.sim.control().faultOnce(Endpoint.OFFICIAL_TOKEN, Fault.TOO_MANY_REQUESTS, 1);

        assertEquals(Failure.SMT_RATE_LIMITED, assertThrows(SmtException.class, () -> a.client().login()).kind());
        assertEquals(Failure.SMT_RATE_LIMITED, assertThrows(SmtException.class, () -> a.client().login()).kind());
        assertEquals(1, a.requests().size(), "the second login was never sent");
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = { "ESIID_NOT_ON_ACCOUNT", "METER_NUMBER_NOT_OF_ESIID" })
    void smtsAnswersAboutTheUsersMistakesAreConfigurationErrors(Fault fault) throws Exception {
        for (Flow flow : Flow.values()) {
            SimulatorHarness a = start(flow);
            Endpoint odr = flow == Flow.PORTAL ? Endpoint.PORTAL_ODR : Endpoint.OFFICIAL_ODR;
            a.sim.control().faultOnce(odr, fault, 1);
            Esiid esiid = a.household();

            SmtException e = assertThrows(SmtException.class,
                    () -> a.client().requestRead(esiid, a.meterNumber(esiid)));

            Failure expected = fault == Fault.ESIID_NOT_ON_ACCOUNT ? Failure.UNKNOWN_ESIID
                    : Failure.METER_NUMBER_MISMATCH;
            assertEquals(expected, e.kind(), flow + ": " + e.getMessage());
            assertTrue(e.kind().fixConfiguration());
            assertEquals(2, e.kind().exitCode(), "a usage exit in the command line");
            a.close();
            account = null;
        }
    }

    @Test
    void aRealUnknownEsiidAndARefusedRequesterTypeAreConfigurationErrors() throws Exception {
        SimulatorHarness portal = start(Flow.PORTAL);
        Esiid foreign = new Esiid("10443720099999999");
        assertEquals(Failure.UNKNOWN_ESIID,
                assertThrows(SmtException.class, () -> portal.client().daily(foreign, yesterday(), asked -> true))
                        .kind());
        portal.close();

        SimulatorHarness official = start(Flow.OFFICIAL);
        assertEquals(Failure.UNKNOWN_ESIID,
                assertThrows(SmtException.class, () -> official.client().daily(foreign, yesterday(), asked -> true))
                        .kind());
        official.sim.control().faultOnce(Endpoint.OFFICIAL_DAILY, Fault.REQUESTER_TYPE_REFUSED, 1);
        SmtException requester = assertThrows(SmtException.class,
                () -> official.client().daily(official.household(), yesterday(), asked -> true));
        assertEquals(Failure.REQUESTER_REJECTED, requester.kind());
        assertTrue(requester.kind().accountWide());
    }

    @Test
    void notYetPublishedIsNeverTakenForAMistake() throws Exception {
        SimulatorHarness a = start(Flow.OFFICIAL);
        a.sim.control().rewrite(Endpoint.OFFICIAL_DAILY,
                body -> "{\"errorCode\":\"7\",\"errorMessage\":\"Data not yet available for ESIID\"}");
        SmtException e = assertThrows(SmtException.class,
                () -> a.client().daily(a.household(), yesterday(), asked -> true));
        assertFalse(e.kind().fixConfiguration(), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void aServerEchoingTheLoginBodyShowsNoRunOfThePassword(Flow flow) throws Exception {
        String password = RedactorTest.PASSWORD;
        SimulatorHarness a = SimulatorHarness.account(flow, c -> c.password(password), s -> {
        });
        account = a;
        a.sim.control().faultOnce(flow == Flow.PORTAL ? Endpoint.PORTAL_LOGIN : Endpoint.OFFICIAL_TOKEN,
                Fault.ECHO_REQUEST, 1);

        SmtException login = assertThrows(SmtException.class, () -> a.client().login());
        RedactorTest.assertNoRunOf(password, login.getMessage());
        assertTrue(login.getMessage().contains("***"), login.getMessage());

        a.client().login();
        a.sim.control().faultOnce(flow == Flow.PORTAL ? Endpoint.PORTAL_DAILY : Endpoint.OFFICIAL_DAILY,
                Fault.ECHO_REQUEST, 1);
        SmtException data = assertThrows(SmtException.class,
                () -> a.client().daily(a.household(), yesterday(), asked -> true));
        String token = bearer(a.requests());
        RedactorTest.assertNoRunOf(token, data.getMessage());
        RedactorTest.assertNoRunOf(password, data.getMessage());
    }

    @Test
    void controlCharactersInSmtsErrorTextNeverReachTheMessage() throws Exception {
        SimulatorHarness a = start(Flow.PORTAL);
        a.sim.control().rewrite(Endpoint.PORTAL_DAILY,
                body -> "{\"errorCode\":\"99\",\"errorMessage\":\"\\u001b]0;owned\\u0007\\u001b[2Jfake\\r\\nsmt: done"
                        + "\\u0000\\u202e\"}");
        SmtException e = assertThrows(SmtException.class,
                () -> a.client().daily(a.household(), yesterday(), asked -> true));
        assertTrue(e.getMessage().chars().noneMatch(c -> SafeText.isUnsafe((char) c)), e.getMessage());
        assertTrue(e.getMessage().contains("fake"), e.getMessage());
    }

    private static String bearer(List<RecordedRequest> requests) {
        for (RecordedRequest r : requests) {
            String authorization = r.header("Authorization");
            if (authorization != null && authorization.startsWith("Bearer ")) {
                return authorization.substring(7).trim();
            }
        }
        throw new AssertionError("no token was used");
    }
}
