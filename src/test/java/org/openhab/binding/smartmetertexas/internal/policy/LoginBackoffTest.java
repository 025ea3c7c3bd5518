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
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * Proves the login rules: after a 403 nothing for an hour, growing while SMT keeps blocking (at most a day);
 * after rejected credentials nothing at all until a new policy (a configuration change).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class LoginBackoffTest {

    private static final Instant T0 = Instant.parse("2025-06-10T15:00:00Z");

    @Test
    void a403BlocksEveryRequestForAnHour() {
        ManualClock clock = new ManualClock(T0);
        AccessGate gate = new AccessGate(clock);
        assertTrue(gate.check().isEmpty());
        Instant until = gate.blocked();
        assertEquals(T0.plus(Duration.ofHours(1)), until);
        clock.advance(Duration.ofMinutes(59));
        Refusal refusal = gate.check().orElseThrow();
        assertEquals(Rule.BLOCKED, refusal.rule());
        assertEquals(until, refusal.retryAt());
        clock.set(until);
        assertTrue(gate.check().isEmpty());
    }

    @Test
    void repeated403sWaitLongerUpToADayAndAnAnswerResetsTheGrowth() {
        ManualClock clock = new ManualClock(T0);
        AccessGate gate = new AccessGate(clock);
        long[] expectedHours = { 1, 2, 4, 8, 16, 24, 24 };
        for (long hours : expectedHours) {
            Instant now = clock.instant();
            Instant until = gate.blocked();
            assertEquals(now.plus(Duration.ofHours(hours)), until);
            clock.set(until);
        }
        gate.answered();
        assertEquals(clock.instant().plus(Duration.ofHours(1)), gate.blocked());
    }

    @Test
    void rejectedCredentialsRefuseEverythingUntilANewPolicy() {
        ManualClock clock = new ManualClock(T0);
        RequestPolicy policy = new RequestPolicy(clock);
        policy.access().credentialsRejected("SMT rejected the user name or password");
        clock.advance(Duration.ofDays(30));
        Refusal refusal = policy.access().check().orElseThrow();
        assertEquals(Rule.CREDENTIALS_REJECTED, refusal.rule());
        assertNull(refusal.retryAt(), "no time helps: only a configuration change");
        assertTrue(refusal.earliestRetry().isEmpty());

        RequestPolicy afterConfigurationChange = new RequestPolicy(clock);
        assertTrue(afterConfigurationChange.access().check().isEmpty());
    }
}
