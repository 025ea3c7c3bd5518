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
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.testsupport.FlowEndpoints;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * Proves the read limits hold against the simulator: our own budget refuses a third read in an hour without
 * sending it; SMT's 5031 and 5032 end the hour or the Central day at once (and later attempts stay local); and a
 * burst of calls leaves the account at least 2 s apart and never more than 5 in 10 s.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientRateLimitTest {

    @RegisterExtension
    final SimulatorHarness.PerTest harnesses = new SimulatorHarness.PerTest();

    private SimulatorHarness start(Flow flow, int smtHourly, int smtDaily) throws Exception {
        return harnesses.closeAfter(
                SimulatorHarness.account(flow, c -> c.odrHourlyLimit(smtHourly).odrDailyLimit(smtDaily), s -> {
                }));
    }

    private long readRequests(SimulatorHarness a) {
        return a.count(FlowEndpoints.path(FlowEndpoints.of(a.client().flow()).read));
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void ourBudgetRefusesTheThirdReadOfTheHourWithoutSendingIt(Flow flow) throws Exception {
        SimulatorHarness a = start(flow, 10, 24);
        Esiid esiid = a.household();
        Instant first = a.reads().request(a.client(), esiid, a.meterNumber(esiid)).requestedAt();
        a.clock.advance(Duration.ofMinutes(10));
        a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        a.clock.advance(Duration.ofMinutes(10));

        var e = assertThrows(SmtException.class, () -> a.reads().request(a.client(), esiid, a.meterNumber(esiid)));
        assertEquals(Failure.RATE_LIMITED, e.kind());
        assertFalse(e.reportedBySmt());
        assertEquals(LimitScope.HOUR, e.limitScope().orElseThrow());
        assertEquals(first.plus(Duration.ofHours(1)), e.retryNotBefore().orElseThrow());
        assertEquals(2, readRequests(a), "the third request was never sent");
        assertEquals(22, a.reads().readsLeftToday(esiid));

        a.reads().request(a.client(), a.solar(), a.meterNumber(a.solar()));
        assertEquals(3, readRequests(a), "another meter has its own budget");
        a.clock.set(e.retryNotBefore().orElseThrow());
        a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        assertEquals(21, a.reads().readsLeftToday(esiid), "a request answered 401 (expired token) is not counted");
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void smtsHourlyLimitEndsTheHour(Flow flow) throws Exception {
        SimulatorHarness a = start(flow, 1, 24);
        Esiid esiid = a.household();
        a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        a.clock.advance(Duration.ofMinutes(5));
        Instant now = a.clock.instant();
        var smt = assertThrows(SmtException.class, () -> a.reads().request(a.client(), esiid, a.meterNumber(esiid)));
        assertEquals(Failure.RATE_LIMITED, smt.kind());
        assertTrue(smt.reportedBySmt());
        assertEquals(LimitScope.HOUR, smt.limitScope().orElseThrow());
        assertEquals(now.plus(Duration.ofHours(1)), smt.retryNotBefore().orElseThrow());
        assertEquals(2, readRequests(a));

        a.clock.advance(Duration.ofMinutes(50));
        var local = assertThrows(SmtException.class, () -> a.reads().request(a.client(), esiid, a.meterNumber(esiid)));
        assertEquals(Failure.RATE_LIMITED, local.kind());
        assertFalse(local.reportedBySmt());
        assertEquals(smt.retryNotBefore().orElseThrow(), local.retryNotBefore().orElseThrow());
        assertEquals(2, readRequests(a), "refused locally, not sent");
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void smtsDailyLimitEndsTheCentralDay(Flow flow) throws Exception {
        SimulatorHarness a = start(flow, 10, 1);
        Esiid esiid = a.household();
        a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        a.clock.advance(Duration.ofMinutes(5));
        var smt = assertThrows(SmtException.class, () -> a.reads().request(a.client(), esiid, a.meterNumber(esiid)));
        assertEquals(Failure.RATE_LIMITED, smt.kind());
        assertTrue(smt.reportedBySmt());
        assertEquals(LimitScope.DAY, smt.limitScope().orElseThrow());
        assertEquals(SmtTime.startOfDay(LocalDate.of(2025, 6, 11)), smt.retryNotBefore().orElseThrow());
        assertEquals(0, a.reads().readsLeftToday(esiid));

        a.clock.advance(Duration.ofHours(6));
        assertEquals(Failure.RATE_LIMITED,
                assertThrows(SmtException.class, () -> a.reads().request(a.client(), esiid, a.meterNumber(esiid)))
                        .kind());
        assertEquals(2, readRequests(a));
        a.clock.set(smt.retryNotBefore().orElseThrow());
        assertEquals(24, a.reads().readsLeftToday(esiid));
        a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        // Hours later the portal token has expired: its only sign is a 401 (not counted), then the retry.
        assertEquals(flow == Flow.PORTAL ? 4 : 3, readRequests(a));
        assertEquals(23, a.reads().readsLeftToday(esiid));
    }

    @Test
    void aBurstOfCallsIsPacedToTwoSecondsAndFivePerTenSeconds() throws Exception {
        SimulatorHarness a = start(Flow.PORTAL, 2, 24);
        for (int i = 0; i < 12; i++) {
            a.client().meters();
        }
        List<RecordedRequest> requests = a.requests();
        assertEquals(13, requests.size());
        for (int i = 1; i < requests.size(); i++) {
            assertTrue(Duration.between(requests.get(i - 1).time(), requests.get(i).time())
                    .compareTo(Duration.ofSeconds(2)) >= 0, "request " + i);
        }
        for (int i = 5; i < requests.size(); i++) {
            assertTrue(Duration.between(requests.get(i - 5).time(), requests.get(i).time())
                    .compareTo(Duration.ofSeconds(10)) >= 0, "six requests within 10 s at " + i);
        }
    }
}
