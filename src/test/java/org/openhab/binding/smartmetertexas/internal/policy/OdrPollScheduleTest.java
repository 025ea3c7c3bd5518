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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Proves the status-poll schedule of one read: 30 s, then gaps of 30 s, 60 s, 120 s, 240 s, a last look at
 * 15 minutes, then given up.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class OdrPollScheduleTest {

    private static final Instant REQUESTED = Instant.parse("2025-06-10T15:00:00Z");

    @Test
    void pollsAt30sThenDoublingGapsAndALastLookAt15Minutes() {
        OdrPollSchedule schedule = OdrPollSchedule.DEFAULT;
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                Duration.ofSeconds(240), Duration.ofSeconds(480), Duration.ofMinutes(15)), schedule.offsets());
        assertEquals(6, schedule.maxPolls());
    }

    @Test
    void eachPollIsDueAtItsOffsetAndNoneAfterTheLast() {
        OdrPollSchedule schedule = OdrPollSchedule.DEFAULT;
        assertEquals(REQUESTED.plusSeconds(30), schedule.pollAt(REQUESTED, 0).orElseThrow());
        assertEquals(REQUESTED.plusSeconds(60), schedule.pollAt(REQUESTED, 1).orElseThrow());
        assertEquals(REQUESTED.plusSeconds(900), schedule.pollAt(REQUESTED, 5).orElseThrow());
        assertTrue(schedule.pollAt(REQUESTED, 6).isEmpty(), "given up after the 15-minute look");
        assertEquals(REQUESTED.plusSeconds(900), schedule.giveUpAt(REQUESTED));
    }

    @Test
    void aShortScheduleStillEndsWithALookAtTheDeadline() {
        OdrPollSchedule schedule = new OdrPollSchedule(Duration.ofSeconds(30), Duration.ofSeconds(100));
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(100)),
                schedule.offsets());
    }

    @Test
    void aFirstPollAtTheDeadlineIsTheOnlyLook() {
        OdrPollSchedule schedule = new OdrPollSchedule(Duration.ofMinutes(15), Duration.ofMinutes(15));
        assertEquals(List.of(Duration.ofMinutes(15)), schedule.offsets());
    }

    @Test
    void aFixedIntervalPollsUpToAndIncludingTheDeadline() {
        assertEquals(List.of(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15)),
                OdrPollSchedule.every(Duration.ofMinutes(5), Duration.ofMinutes(15)).offsets());
        assertEquals(List.of(Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(12)),
                OdrPollSchedule.every(Duration.ofMinutes(4), Duration.ofMinutes(15)).offsets());
        assertEquals(List.of(Duration.ofMinutes(15)),
                OdrPollSchedule.every(Duration.ofMinutes(15), Duration.ofMinutes(15)).offsets());
        assertEquals(REQUESTED.plusSeconds(900),
                OdrPollSchedule.every(Duration.ofMinutes(5), Duration.ofMinutes(15)).giveUpAt(REQUESTED));
    }

    @Test
    void aPollIntervalThatIsNotPositiveOrPastTheDeadlineIsRejected() {
        for (Duration interval : List.of(Duration.ZERO, Duration.ofSeconds(-30), Duration.ofSeconds(901))) {
            assertThrows(IllegalArgumentException.class, () -> OdrPollSchedule.every(interval, Duration.ofMinutes(15)),
                    interval.toString());
            assertThrows(IllegalArgumentException.class, () -> new OdrPollSchedule(interval, Duration.ofMinutes(15)),
                    interval.toString());
        }
    }
}
