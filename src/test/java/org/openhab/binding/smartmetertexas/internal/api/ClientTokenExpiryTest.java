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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.planning.OnDemandReads;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.testsupport.FlowEndpoints;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * Proves a token's life on both flows: it is reused while SMT accepts it, and a 401 (expired or revoked) costs
 * exactly one new login and one retry; a 401 that persists after a fresh login is an error, not a loop. The portal
 * learns of an expired token from that 401; the official API's token is refreshed about a minute before
 * {@code expiresIn} runs out, without waiting for a 401.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientTokenExpiryTest {

    private static final DateRange YESTERDAY_ONLY = new DateRange(YESTERDAY, YESTERDAY);

    @RegisterExtension
    final SimulatorHarness.PerTest harnesses = new SimulatorHarness.PerTest();

    private SimulatorHarness start(Flow flow) throws Exception {
        return harnesses.closeAfter(SimulatorHarness.account(flow,
                c -> c.portalTokenLifetime(Duration.ofMinutes(30)).officialTokenLifetime(Duration.ofSeconds(3600)),
                a -> {
                }));
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void theTokenIsReusedAcrossCalls(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        a.client().daily(a.household(), YESTERDAY_ONLY, asked -> true);
        a.client().intervals(a.household(), YESTERDAY_ONLY, asked -> true);
        a.client().monthly(a.household(), new DateRange(YESTERDAY.minusDays(60), YESTERDAY), asked -> true);
        assertEquals(1, a.count(path(FlowEndpoints.of(flow).login)));
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void revokedTokenCostsOneLoginAndOneRetry(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        FlowEndpoints endpoints = FlowEndpoints.of(flow);
        a.client().daily(a.household(), YESTERDAY_ONLY, asked -> true);
        a.sim.clearRequests();
        a.sim.control().expireTokens();
        assertEquals(1, a.client().daily(a.household(), YESTERDAY_ONLY, asked -> true).size());
        assertEquals(List.of(path(endpoints.daily), path(endpoints.login), path(endpoints.daily)), a.paths());
    }

    /** SMT counts the read it answered, not the one it refused with 401: the budget goes down by one. */
    @ParameterizedTest
    @EnumSource(Flow.class)
    void aReadRetriedAfterA401CountsOnceAgainstTheBudget(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        FlowEndpoints endpoints = FlowEndpoints.of(flow);
        a.client().login();
        OnDemandReads reads = a.reads();
        int before = reads.readsLeftToday(a.household());
        a.sim.clearRequests();
        a.sim.control().expireTokens();

        reads.request(a.client(), a.household(), a.meterNumber(a.household()));

        assertEquals(List.of(path(endpoints.read), path(endpoints.login), path(endpoints.read)), a.paths());
        assertEquals(before - 1, reads.readsLeftToday(a.household()), "one read counted");
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void a401AfterAFreshLoginFailsInsteadOfLooping(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        FlowEndpoints endpoints = FlowEndpoints.of(flow);
        a.client().login();
        a.sim.clearRequests();
        a.sim.control().fault(endpoints.daily, Fault.HTTP_401);
        assertEquals(Failure.PROTOCOL_ERROR,
                assertThrows(SmtException.class, () -> a.client().daily(a.household(), YESTERDAY_ONLY, asked -> true))
                        .kind());
        assertEquals(List.of(path(endpoints.daily), path(endpoints.login), path(endpoints.daily)), a.paths());
    }

    @Test
    void portalNaturallyExpiredTokenIsRenewedAfterA401() throws Exception {
        SimulatorHarness a = start(Flow.PORTAL);
        a.client().meters();
        a.clock.advance(Duration.ofMinutes(31));
        a.sim.clearRequests();
        a.client().daily(a.household(), YESTERDAY_ONLY, asked -> true);
        assertEquals(List.of("/api/usage/daily", "/commonapi/user/authenticate", "/api/usage/daily"), a.paths());
    }

    @Test
    void officialTokenIsRefreshedAMinuteBeforeItExpires() throws Exception {
        SimulatorHarness a = start(Flow.OFFICIAL);
        Esiid esiid = a.household();
        a.client().login();
        var issuedAt = a.requests().get(0).time();

        a.clock.set(issuedAt.plus(Duration.ofSeconds(3600 - 61)));
        a.client().daily(esiid, YESTERDAY_ONLY, asked -> true);
        assertEquals(1, a.count("/v2/token/"), "still valid for more than a minute: reused");

        a.clock.set(issuedAt.plus(Duration.ofSeconds(3600 - 59)));
        a.sim.clearRequests();
        a.client().daily(esiid, YESTERDAY_ONLY, asked -> true);
        assertEquals(List.of("/v2/token/", "/v2/dailyreads/"), a.paths(), "refreshed before use, no 401 needed");
    }
}
