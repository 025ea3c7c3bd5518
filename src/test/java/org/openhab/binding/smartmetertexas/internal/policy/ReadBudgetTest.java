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
package org.openhab.binding.smartmetertexas.internal.policy;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * Proves the on-demand read budget per ESIID: 2 requests per rolling hour, 24 per Central calendar day
 * (including 23- and 25-hour DST days), SMT's 5031/5032 ending the hour or the day early, and
 * {@code readsLeftToday}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ReadBudgetTest {

    private static final Esiid METER = new Esiid("10443720001234567");
    private static final Esiid OTHER = new Esiid("1008901023801234567100");

    private static Instant central(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SmtTime.CENTRAL).toInstant();
    }

    @Test
    void twoRequestsPerRollingHour() {
        ManualClock clock = new ManualClock(central("2025-06-10T10:00:00"));
        OdrBudget budget = new OdrBudget(clock);
        assertTrue(budget.check(METER).isEmpty());
        budget.recordSent(METER, clock.instant());
        clock.advance(Duration.ofMinutes(20));
        assertTrue(budget.check(METER).isEmpty());
        budget.recordSent(METER, clock.instant());

        clock.advance(Duration.ofMinutes(5));
        Refusal refusal = budget.check(METER).orElseThrow();
        assertEquals(Rule.ODR_HOURLY_BUDGET, refusal.rule());
        assertEquals(central("2025-06-10T11:00:00"), refusal.retryAt(), "when the first request leaves the hour");
        assertTrue(budget.check(OTHER).isEmpty(), "another ESIID has its own budget");

        clock.set(central("2025-06-10T10:59:59"));
        assertTrue(budget.check(METER).isPresent());
        clock.set(central("2025-06-10T11:00:00"));
        assertTrue(budget.check(METER).isEmpty());
    }

    @Test
    void twentyFourRequestsPerCentralDayThenNothingUntilCentralMidnight() {
        ManualClock clock = new ManualClock(central("2025-06-10T00:00:00"));
        OdrBudget budget = new OdrBudget(clock);
        for (int i = 0; i < 24; i++) {
            assertTrue(budget.check(METER).isEmpty(), "request " + (i + 1));
            budget.recordSent(METER, clock.instant());
            assertEquals(23 - i, budget.readsLeftToday(METER));
            clock.advance(Duration.ofMinutes(i % 2 == 0 ? 1 : 59));
        }
        Refusal refusal = budget.check(METER).orElseThrow();
        assertEquals(Rule.ODR_DAILY_BUDGET, refusal.rule());
        assertEquals(central("2025-06-11T00:00:00"), refusal.retryAt());
        assertEquals(Instant.parse("2025-06-11T05:00:00Z"), refusal.retryAt(), "Central midnight is 05:00 UTC in June");
        assertEquals(0, budget.readsLeftToday(METER));

        clock.set(central("2025-06-11T00:00:00"));
        assertTrue(budget.check(METER).isEmpty());
        assertEquals(24, budget.readsLeftToday(METER));
    }

    @Test
    void theDayIsTheCentralDayNotTheUtcDay() {
        // 23:30 Central on June 10 is already June 11 in UTC: it still counts for June 10.
        ManualClock clock = new ManualClock(central("2025-06-10T23:30:00"));
        OdrBudget budget = new OdrBudget(clock);
        budget.recordSent(METER, clock.instant());
        assertEquals(23, budget.readsLeftToday(METER));
        clock.set(central("2025-06-11T00:10:00"));
        assertEquals(24, budget.readsLeftToday(METER), "a new Central day");
        budget.recordSent(METER, clock.instant());
        Refusal refusal = budget.check(METER).orElseThrow();
        assertEquals(Rule.ODR_HOURLY_BUDGET, refusal.rule(), "the rolling hour still spans midnight");
        assertEquals(central("2025-06-11T00:30:00"), refusal.retryAt());
    }

    @Test
    void springForwardDayHas23HoursAndItsBudgetEndsAtTheRealMidnight() {
        ManualClock clock = new ManualClock(central("2025-03-09T00:00:00"));
        OdrBudget budget = new OdrBudget(clock);
        for (int i = 0; i < 24; i++) {
            budget.recordSent(METER, clock.instant());
            clock.advance(Duration.ofMinutes(i % 2 == 0 ? 1 : 59));
        }
        // 12 hours of real time later it is 13:00 CDT (the 02:00 hour does not exist).
        Refusal refusal = budget.check(METER).orElseThrow();
        assertEquals(Rule.ODR_DAILY_BUDGET, refusal.rule());
        assertEquals(Instant.parse("2025-03-10T05:00:00Z"), refusal.retryAt(), "midnight CDT");
        assertEquals(Duration.ofHours(23), Duration.between(central("2025-03-09T00:00:00"), refusal.retryAt()));
    }

    @Test
    void fallBackDayHas25HoursAndTheRepeatedHourIsMeasuredInRealTime() {
        ManualClock clock = new ManualClock(Instant.parse("2025-11-02T06:30:00Z")); // 01:30 CDT, first 01:30
        OdrBudget budget = new OdrBudget(clock);
        budget.recordSent(METER, clock.instant());
        clock.advance(Duration.ofMinutes(40)); // 01:10 CST, wall clock went back
        budget.recordSent(METER, clock.instant());
        Refusal refusal = budget.check(METER).orElseThrow();
        assertEquals(Instant.parse("2025-11-02T07:30:00Z"), refusal.retryAt(),
                "60 real minutes after the first request, although the wall clock shows 01:30 twice");

        ManualClock dayClock = new ManualClock(central("2025-11-02T00:00:00"));
        OdrBudget day = new OdrBudget(dayClock);
        for (int i = 0; i < 24; i++) {
            day.recordSent(METER, dayClock.instant());
            dayClock.advance(Duration.ofMinutes(i % 2 == 0 ? 1 : 59));
        }
        Refusal full = day.check(METER).orElseThrow();
        assertEquals(Rule.ODR_DAILY_BUDGET, full.rule());
        assertEquals(Instant.parse("2025-11-03T06:00:00Z"), full.retryAt(), "midnight CST");
        assertEquals(Duration.ofHours(25), Duration.between(central("2025-11-02T00:00:00"), full.retryAt()));
    }

    @Test
    void smtHourlyLimitEndsTheHourAtOnce() {
        ManualClock clock = new ManualClock(central("2025-06-10T10:00:00"));
        OdrBudget budget = new OdrBudget(clock);
        budget.recordSent(METER, clock.instant());
        Instant until = budget.limitReported(METER, LimitScope.HOUR);
        assertEquals(central("2025-06-10T11:00:00"), until);
        Refusal refusal = budget.check(METER).orElseThrow();
        assertEquals(Rule.SMT_HOURLY_LIMIT, refusal.rule());
        assertEquals(until, refusal.retryAt());
        assertEquals(23, budget.readsLeftToday(METER), "the day still has room");
        clock.set(until);
        assertTrue(budget.check(METER).isEmpty());
    }

    @Test
    void smtDailyLimitEndsTheDayAtOnce() {
        ManualClock clock = new ManualClock(central("2025-06-10T18:00:00"));
        OdrBudget budget = new OdrBudget(clock);
        budget.recordSent(METER, clock.instant());
        Instant until = budget.limitReported(METER, LimitScope.DAY);
        assertEquals(central("2025-06-11T00:00:00"), until);
        assertEquals(0, budget.readsLeftToday(METER));
        Refusal refusal = budget.check(METER).orElseThrow();
        assertEquals(Rule.SMT_DAILY_LIMIT, refusal.rule());
        clock.advance(Duration.ofHours(5));
        assertEquals(Rule.SMT_DAILY_LIMIT, budget.check(METER).orElseThrow().rule(), "still the same Central day");
        clock.set(until);
        assertTrue(budget.check(METER).isEmpty());
        assertEquals(24, budget.readsLeftToday(METER));
    }

    @Test
    void whenBothLimitsHoldTheLaterRetryIsGiven() {
        ManualClock clock = new ManualClock(central("2025-06-10T23:20:00"));
        OdrBudget budget = new OdrBudget(clock);
        budget.limitReported(METER, LimitScope.DAY);
        budget.recordSent(METER, clock.instant());
        budget.recordSent(METER, clock.instant());
        Refusal refusal = budget.check(METER).orElseThrow();
        assertEquals(central("2025-06-11T00:20:00"), refusal.retryAt(), "the hour outlasts the day here");
        assertEquals(Rule.ODR_HOURLY_BUDGET, refusal.rule());
    }

    @Test
    void aSendNotedLateStillLeavesTheHourFirst() {
        ManualClock clock = new ManualClock(central("2025-06-10T10:40:00"));
        OdrBudget budget = new OdrBudget(clock);
        budget.recordSent(METER, central("2025-06-10T10:30:00"));
        budget.recordSent(METER, central("2025-06-10T10:00:00"));

        assertEquals(central("2025-06-10T11:00:00"), budget.check(METER).orElseThrow().retryAt());
    }

    @Test
    void onlyTheReadBudgetsAndSmtsReadLimitsAreReadLimits() {
        assertEquals(
                EnumSet.of(Rule.ODR_HOURLY_BUDGET, Rule.ODR_DAILY_BUDGET, Rule.SMT_HOURLY_LIMIT, Rule.SMT_DAILY_LIMIT),
                EnumSet.copyOf(Arrays.stream(Rule.values()).filter(Rule::isReadLimit).toList()));
    }
}
