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
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * doc/smt-protocol.md §7 on HTTP 429: nothing goes to the account before Retry-After ends, given in seconds or as an
 * HTTP date; 15 minutes without one (or an unreadable one); never more than 24 hours.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class RateLimitGateTest {

    private static final Instant T0 = Instant.parse("2025-06-10T15:00:00Z");

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = { "120, PT2M", "0, PT0S", "NONE, PT15M", "'', PT15M", "soon, PT15M",
            "-5, PT15M", "86400, PT24H", "90000, PT24H", "99999999999999, PT24H", "000000030, PT30S",
            "'Tue, 10 Jun 2025 17:30:00 GMT', PT2H30M", "'Sun, 15 Jun 2025 15:00:00 GMT', PT24H" })
    void retryAfterInSecondsOrAsHttpDateCappedAtADay(@Nullable String retryAfter, Duration wait) {
        AccessGate gate = new AccessGate(new ManualClock(T0));
        assertEquals(T0.plus(wait), gate.rateLimited(retryAfter));
    }

    @Test
    void nothingGoesOutUntilItEnds() {
        ManualClock clock = new ManualClock(T0);
        AccessGate gate = new AccessGate(clock);
        Instant until = gate.rateLimited("600");
        clock.advance(Duration.ofMinutes(9));
        Refusal refusal = gate.check().orElseThrow();
        assertEquals(Rule.SMT_RATE_LIMIT, refusal.rule());
        assertEquals(until, refusal.retryAt());
        assertEquals(until, gate.rateLimited("1"), "a shorter limit never shortens the one that holds");
        clock.set(until);
        assertTrue(gate.check().isEmpty());
    }

    @Test
    void theLaterOfABlockAndARateLimitHolds() {
        ManualClock clock = new ManualClock(T0);
        AccessGate gate = new AccessGate(clock);
        Instant blocked = gate.blocked();
        gate.rateLimited("60");
        assertEquals(Rule.BLOCKED, gate.check().orElseThrow().rule());
        Instant limited = gate.rateLimited("7200");
        assertTrue(limited.isAfter(blocked));
        assertEquals(Rule.SMT_RATE_LIMIT, gate.check().orElseThrow().rule());
    }
}
