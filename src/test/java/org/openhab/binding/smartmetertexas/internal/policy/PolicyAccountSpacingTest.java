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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * Proves one account's requests go at least 2 s apart and never more than 5 in any 10 s, and that waiting for
 * a slot through a virtual {@link Sleeper} costs no real time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class PolicyAccountSpacingTest {

    private static final Instant T0 = Instant.parse("2025-06-10T15:00:00Z");

    @Test
    void firstRequestGoesAtOnceAndTheNextTwoSecondsLater() {
        ManualClock clock = new ManualClock(T0);
        AccountPacer pacer = new AccountPacer(clock);
        assertEquals(T0, pacer.reserve());
        assertEquals(T0.plusSeconds(2), pacer.reserve());
        assertEquals(T0.plusSeconds(4), pacer.reserve());
    }

    @Test
    void aRequestAfterAPauseGoesAtOnce() {
        ManualClock clock = new ManualClock(T0);
        AccountPacer pacer = new AccountPacer(clock);
        pacer.reserve();
        clock.advance(Duration.ofSeconds(7));
        assertEquals(T0.plusSeconds(7), pacer.reserve());
        clock.advance(Duration.ofMillis(500));
        assertEquals(T0.plusSeconds(9), pacer.reserve(), "still 2 s after the previous one");
    }

    @Test
    void neverMoreThanFiveInAnyTenSecondsUnderLoad() {
        ManualClock clock = new ManualClock(T0);
        AccountPacer pacer = new AccountPacer(clock);
        Sleeper virtual = clock::advance;
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant slot = pacer.reserve();
            assertDoesNotThrow(() -> virtual.sleepUntil(clock, slot));
            assertEquals(slot, clock.instant(), "the virtual sleeper moved the clock to the slot");
            sent.add(clock.instant());
        }
        assertSpacingAndWindow(sent, Duration.ofSeconds(2));
    }

    @Test
    void theWindowRuleHoldsEvenWithoutSpacing() {
        // At 2 s spacing five requests already span 8 s; the window rule is the guard behind it.
        ManualClock clock = new ManualClock(T0);
        AccountPacer pacer = new AccountPacer(clock, Duration.ZERO, 5, Duration.ofSeconds(10));
        for (int i = 0; i < 5; i++) {
            assertEquals(T0, pacer.reserve());
        }
        assertEquals(T0.plusSeconds(10), pacer.reserve(), "the sixth waits for the first to leave the window");
    }

    @Test
    void parallelCallersGetDistinctSlots() {
        ManualClock clock = new ManualClock(T0);
        AccountPacer pacer = new AccountPacer(clock);
        // Reservations made at the same instant queue up instead of sharing a slot.
        Instant a = pacer.reserve();
        Instant b = pacer.reserve();
        Instant c = pacer.reserve();
        assertEquals(List.of(T0, T0.plusSeconds(2), T0.plusSeconds(4)), List.of(a, b, c));
    }

    static void assertSpacingAndWindow(List<Instant> sent, Duration spacing) {
        for (int i = 1; i < sent.size(); i++) {
            assertFalse(Duration.between(sent.get(i - 1), sent.get(i)).compareTo(spacing) < 0,
                    "request " + i + " came less than " + spacing + " after the previous one");
        }
        for (int i = 5; i < sent.size(); i++) {
            assertFalse(Duration.between(sent.get(i - 5), sent.get(i)).compareTo(Duration.ofSeconds(10)) < 0,
                    "six requests within 10 s ending at " + sent.get(i));
        }
    }
}
