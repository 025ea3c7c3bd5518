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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * Proves the 15-minute rule per meter and data kind, and the 5-second spacing of backfill chunks.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class RoutineSpacingTest {

    private static final Instant T0 = Instant.parse("2025-06-10T15:00:00Z");
    private static final Esiid METER = new Esiid("10443720001234567");
    private static final Esiid OTHER = new Esiid("1008901023801234567100");

    @Test
    void sameMeterAndKindWaitFifteenMinutes() {
        ManualClock clock = new ManualClock(T0);
        RoutineSpacing routine = new RoutineSpacing(clock);
        assertTrue(routine.check(DataKind.INTERVALS, METER).isEmpty());
        routine.recordSent(DataKind.INTERVALS, METER, T0);
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        Refusal refusal = routine.check(DataKind.INTERVALS, METER).orElseThrow();
        assertEquals(Rule.ROUTINE_SPACING, refusal.rule());
        assertEquals(T0.plus(Duration.ofMinutes(15)), refusal.retryAt());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(routine.check(DataKind.INTERVALS, METER).isEmpty());
    }

    @Test
    void otherKindsAndOtherMetersAreIndependent() {
        ManualClock clock = new ManualClock(T0);
        RoutineSpacing routine = new RoutineSpacing(clock);
        routine.recordSent(DataKind.INTERVALS, METER, T0);
        assertTrue(routine.check(DataKind.DAILY, METER).isEmpty());
        assertTrue(routine.check(DataKind.MONTHLY, METER).isEmpty());
        assertTrue(routine.check(DataKind.INTERVALS, OTHER).isEmpty());
    }

    @Test
    void backfillChunksGoFiveSecondsApart() {
        ManualClock clock = new ManualClock(T0);
        RequestPolicy backfill = new RequestPolicy(clock);
        assertEquals(T0, backfill.backfillEarliest());
        backfill.backfillSent(T0);
        assertEquals(T0.plusSeconds(5), backfill.backfillEarliest());
        clock.advance(Duration.ofSeconds(9));
        assertEquals(T0.plusSeconds(9), backfill.backfillEarliest());
    }

    @Test
    void anEarlierRequestNotedLateDoesNotShortenTheWait() {
        ManualClock clock = new ManualClock(T0);
        RoutineSpacing routine = new RoutineSpacing(clock);
        routine.recordSent(DataKind.INTERVALS, METER, T0);
        routine.recordSent(DataKind.INTERVALS, METER, T0.minus(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(T0.plus(Duration.ofMinutes(15)), routine.check(DataKind.INTERVALS, METER).orElseThrow().retryAt());
    }

    @Test
    void anEarlierBackfillNotedLateDoesNotShortenTheGap() {
        ManualClock clock = new ManualClock(T0);
        RequestPolicy backfill = new RequestPolicy(clock);
        backfill.backfillSent(T0);
        backfill.backfillSent(T0.minusSeconds(3));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(T0.plusSeconds(5), backfill.backfillEarliest());
    }

    @Test
    void theRequestPolicyKeepsEveryRuleOnItsOwnClockAndSchedule() {
        ManualClock clock = new ManualClock(T0);
        OdrPollSchedule schedule = OdrPollSchedule.every(Duration.ofMinutes(1), Duration.ofMinutes(15));
        RequestPolicy policy = new RequestPolicy(clock, schedule);

        assertSame(clock, policy.clock());
        assertSame(schedule, policy.pollSchedule());
        assertEquals(T0, policy.pacer().reserve());
        assertEquals(T0.plus(AccountPacer.MIN_SPACING), policy.pacer().earliestSend());
        policy.routine().recordSent(DataKind.INTERVALS, METER, T0);
        assertEquals(Rule.ROUTINE_SPACING, policy.routine().check(DataKind.INTERVALS, METER).orElseThrow().rule());
        policy.odrBudget().recordSent(METER, T0);
        policy.odrBudget().recordSent(METER, T0);
        assertEquals(Rule.ODR_HOURLY_BUDGET, policy.odrBudget().check(METER).orElseThrow().rule());
        policy.access().blocked();
        assertEquals(Rule.BLOCKED, policy.access().check().orElseThrow().rule());
    }
}
