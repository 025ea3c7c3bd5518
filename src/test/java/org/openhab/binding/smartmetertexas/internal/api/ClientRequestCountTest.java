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
import static org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.smartmetertexas.cli.Chunks;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.planning.HistoryPacing;
import org.openhab.binding.smartmetertexas.internal.planning.ReadTicket;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.testsupport.FlowEndpoints;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * Proves what each operation costs in requests, counted by the simulator: an on-demand read cycle, one day of
 * each data kind, and a 730-day backfill (24 chunks of at most 31 days per data kind, at least 5 s apart), with
 * every request of the account at least 2 s after the previous one.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientRequestCountTest {

    @RegisterExtension
    final SimulatorHarness.PerTest harnesses = new SimulatorHarness.PerTest();

    private SimulatorHarness start(Flow flow) throws Exception {
        return harnesses.closeAfter(SimulatorHarness.account(flow));
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void anOnDemandReadCycleCostsLoginRequestAndOnePoll(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        Esiid esiid = a.household();
        ReadTicket ticket = a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        assertEquals(ReadStatus.COMPLETED, a.pollUntilDone(ticket).status());
        FlowEndpoints endpoints = FlowEndpoints.of(flow);
        assertEquals(List.of(path(endpoints.login), path(endpoints.read), path(endpoints.readStatus)), a.paths(),
                "a read completing within 30 s costs one poll; with a token at hand, two requests in all");
        assertEquals(23, a.reads().readsLeftToday(esiid));
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void aSlowReadCostsOnePollPerScheduledLook(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        a.sim.control().odrDelay(Duration.ofMinutes(5));
        Esiid esiid = a.household();
        a.client().login();
        ReadTicket ticket = a.reads().request(a.client(), esiid, a.meterNumber(esiid));
        assertEquals(ReadStatus.COMPLETED, a.pollUntilDone(ticket).status());
        assertEquals(5, a.count(path(FlowEndpoints.of(flow).readStatus)),
                "looks at 30 s, 1, 2, 4 and 8 minutes; done at the fifth");
        assertEquals(ticket.requestedAt().plus(Duration.ofMinutes(8)), a.clock.instant());
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void oneDayOfEachDataKindCostsOneRequestEach(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        Esiid esiid = a.household();
        a.client().intervals(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true);
        a.client().daily(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true);
        // Billing periods end on a cycle day: the routine monthly call looks back one chunk of 31 days.
        a.client().monthly(esiid, new DateRange(YESTERDAY.minusDays(30), YESTERDAY), asked -> true);
        assertEquals(4, a.requests().size(), "one login and one request per data kind: " + a.paths());
        assertEquals(1, a.count(path(FlowEndpoints.of(flow).login)));
    }

    @ParameterizedTest
    @EnumSource(Flow.class)
    void aTwoYearBackfillCosts24ChunksOf15MinuteAndDailyDataAndTwoYearsOfBillingPeriods(Flow flow) throws Exception {
        SimulatorHarness a = start(flow);
        Esiid esiid = a.household();
        DateRange range = new DateRange(YESTERDAY.minusDays(729), YESTERDAY);
        a.client().login();
        Instant started = a.clock.instant();

        // as the command line fetches history: the planner's chunks, paced as the binding's backfill
        HistoryPacing pacing = new HistoryPacing(a.policy(), a.sleeper);
        List<IntervalReading> intervals = new ArrayList<>();
        for (DateRange chunk : Chunks.oldestFirst(DataKind.INTERVALS, range)) {
            pacing.awaitTurn();
            intervals.addAll(a.client().intervals(esiid, chunk, asked -> true).readings());
            pacing.sent();
        }
        List<DailyRead> daily = new ArrayList<>();
        for (DateRange chunk : Chunks.oldestFirst(DataKind.DAILY, range)) {
            pacing.awaitTurn();
            daily.addAll(a.client().daily(esiid, chunk, asked -> true));
            pacing.sent();
        }
        List<MonthlyUsage> monthly = new ArrayList<>();
        for (DateRange chunk : Chunks.oldestFirst(DataKind.MONTHLY, range)) {
            pacing.awaitTurn();
            monthly.addAll(a.client().monthly(esiid, chunk, asked -> true));
            pacing.sent();
        }

        FlowEndpoints endpoints = FlowEndpoints.of(flow);
        assertEquals(24, a.count(path(endpoints.intervals)));
        assertEquals(24, a.count(path(endpoints.daily)));
        assertEquals(2, a.count(path(endpoints.monthly)), "billing periods a year per request");
        assertEquals(1 + 24 + 24 + 2, a.requests().size(), "one login, nothing else: " + a.paths());

        long published = 0;
        for (var day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            published += a.sim.truth().intervals(esiid.value(), day).size();
        }
        assertEquals(published, intervals.size(), "every published 15 minutes of 730 days");
        assertTrue(published > 729 * 96, "nearly all of 730 days (DST days and rare gaps aside)");
        assertEquals(730, daily.size());
        assertFalse(monthly.isEmpty());
        List<MonthlyUsage> once = Chunks.periodsOnce(monthly);
        assertEquals(monthly.size() - 1, once.size(), "the billing period across the chunk border kept once");

        List<RecordedRequest> data = a.requests().subList(1, a.requests().size());
        for (int i = 1; i < data.size(); i++) {
            Duration gap = Duration.between(data.get(i - 1).time(), data.get(i).time());
            assertTrue(gap.compareTo(Duration.ofSeconds(5)) >= 0, "backfill request " + i + " after " + gap);
        }
        assertEquals(Duration.ofSeconds(5 * 49 + 2), Duration.between(started, a.clock.instant()),
                "50 requests 5 s apart after a first 2 s wait: virtual time only");
    }
}
