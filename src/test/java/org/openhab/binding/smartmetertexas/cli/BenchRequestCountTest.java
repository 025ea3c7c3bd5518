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
package org.openhab.binding.smartmetertexas.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.policy.OdrPollSchedule;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

/**
 * The request counts the benchmark reports, held to their targets: a steady meter-day within 1.05 times the fewest
 * requests any client needs for the same data, and two years of history loaded at exactly the 31-day-chunk floor.
 * (Times are measured by the benchmark, never asserted here.)
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class BenchRequestCountTest {

    @Test
    void steadyMeterDayStaysWithinATwentiethOfTheFloor() throws Exception {
        double perDay = Bench.steadyRequestsPerDay(Duration.ofSeconds(25), OdrPollSchedule.DEFAULT, Bench.TICK);
        assertTrue(perDay <= 1.05 * Bench.floorPerDay(),
                perDay + " requests a meter-day, floor " + Bench.floorPerDay());
        assertTrue(perDay >= Bench.floorPerDay(), "nothing is skipped: " + perDay);
    }

    @Test
    void withHalfHourPortalTokensAMeterDayStaysWithinHalfARequestOfTheFloor() throws Exception {
        List<RecordedRequest> dayLong = Bench.steadyRequests(Duration.ofSeconds(25), OdrPollSchedule.DEFAULT,
                Bench.TICK, Bench.DAY_LONG_TOKEN);
        List<RecordedRequest> halfHour = Bench.steadyRequests(Duration.ofSeconds(25), OdrPollSchedule.DEFAULT,
                Bench.TICK, Bench.SHORT_TOKEN);
        double floor = Bench.floorWithTokensOf(dayLong, Bench.SHORT_TOKEN);
        double perDay = halfHour.size() / (double) Bench.STEADY_DAYS;
        assertTrue(perDay <= floor + 0.5, perDay + " requests a meter-day, floor " + floor);
        long logins = halfHour.stream().filter(r -> r.path().endsWith("/authenticate")).count();
        assertTrue(logins >= 7 * 20, "a new token for each read of the day: " + logins);
    }

    @Test
    void twoYearsOfHistoryCostExactlyTheirChunks() throws Exception {
        assertEquals(Bench.backfillFloor(), Bench.backfillRequests());
        assertEquals(51, Bench.backfillFloor(), "24 chunks for each of two kinds, 2 of billing periods, 1 login");
    }

    @Test
    void thePricingBenchPricesTenPlansOverTwentyFourMonths() throws Exception {
        // the figure is measured by 'bench' only; here only that it runs (it checks its 240 bills itself)
        assertTrue(CostBench.medianMillis(0, 1) > 0);
        assertEquals(10, CostBench.plans().size());
    }
}
