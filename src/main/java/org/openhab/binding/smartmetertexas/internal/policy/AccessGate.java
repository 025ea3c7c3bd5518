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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether an account may talk to SMT at all. After a 403 or a bot challenge nothing goes out for an hour,
 * then two, four… (at most a day) while SMT keeps blocking. After SMT rejected the credentials nothing goes
 * out again: only a new configuration (a new policy) helps, because retrying would only lock the account.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AccessGate {

    public static final Duration FIRST_BLOCK = Duration.ofHours(1);
    public static final Duration LONGEST_BLOCK = Duration.ofHours(24);

    private final Clock clock;
    private @Nullable Instant blockedUntil;
    private int blocksInARow;
    private @Nullable String rejection;

    public AccessGate(Clock clock) {
        this.clock = clock;
    }

    /** Why no request may go now, or empty when requests may go. */
    public synchronized Optional<Refusal> check() {
        String rejected = rejection;
        if (rejected != null) {
            return Optional.of(new Refusal(Rule.CREDENTIALS_REJECTED, null, rejected));
        }
        Instant until = blockedUntil;
        if (until != null && clock.instant().isBefore(until)) {
            return Optional.of(new Refusal(Rule.BLOCKED, until, "SMT blocked this account's requests (HTTP 403)"));
        }
        return Optional.empty();
    }

    /** SMT answered 403 or a bot challenge: returns the end of the (growing) back-off. */
    public synchronized Instant blocked() {
        Duration wait = FIRST_BLOCK;
        for (int i = 0; i < blocksInARow && wait.compareTo(LONGEST_BLOCK) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(LONGEST_BLOCK) > 0) {
            wait = LONGEST_BLOCK;
        }
        blocksInARow++;
        Instant until = clock.instant().plus(wait);
        blockedUntil = until;
        return until;
    }

    /** SMT rejected the credentials; {@code why} is shown on every later refusal (never a secret). */
    public synchronized void credentialsRejected(String why) {
        rejection = why;
    }

    /** SMT answered normally: the next block starts again at one hour. */
    public synchronized void answered() {
        blocksInARow = 0;
    }
}
