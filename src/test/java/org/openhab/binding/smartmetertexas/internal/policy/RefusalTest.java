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

import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Proves what a refusal tells: its rule, reason and retry; and that of two refusals the one that holds longer wins,
 * one that only a configuration change ends above all.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class RefusalTest {

    private static final Instant T0 = Instant.parse("2025-06-10T15:00:00Z");
    private static final Refusal SOON = new Refusal(Rule.SMT_RATE_LIMIT, T0, "429");
    private static final Refusal LATER = new Refusal(Rule.BLOCKED, T0.plusSeconds(3600), "403");
    private static final Refusal NEVER = new Refusal(Rule.CREDENTIALS_REJECTED, null, "wrong password");

    @Test
    void aRefusalTellsItsRuleReasonAndRetry() {
        assertEquals(Rule.BLOCKED, LATER.rule());
        assertEquals("403", LATER.reason());
        assertEquals(Optional.of(T0.plusSeconds(3600)), LATER.earliestRetry());
        assertEquals(Optional.empty(), NEVER.earliestRetry());
        assertNull(NEVER.retryAt());
    }

    @Test
    void theLaterRefusalWinsAndOneWithoutRetryWinsOverAll() {
        assertSame(SOON, Refusal.later(null, SOON));
        assertSame(LATER, Refusal.later(SOON, LATER));
        assertSame(LATER, Refusal.later(LATER, SOON));
        assertSame(NEVER, Refusal.later(NEVER, LATER));
        assertSame(NEVER, Refusal.later(LATER, NEVER));
    }
}
