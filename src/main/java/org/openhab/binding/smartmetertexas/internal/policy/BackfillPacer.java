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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Spaces backfill requests of one account at least 5 s apart (one chunk of at most 31 days each).
 * A short wait, not a refusal: callers wait until {@link #earliestSend()} and then send.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BackfillPacer {

    public static final Duration MIN_GAP = Duration.ofSeconds(5);

    private final Clock clock;
    private @Nullable Instant lastSent;

    public BackfillPacer(Clock clock) {
        this.clock = clock;
    }

    /** The earliest instant the next backfill request may go. */
    public synchronized Instant earliestSend() {
        Instant now = clock.instant();
        Instant last = lastSent;
        if (last == null) {
            return now;
        }
        Instant allowed = last.plus(MIN_GAP);
        return allowed.isAfter(now) ? allowed : now;
    }

    /** Notes a backfill request sent at the given instant. */
    public synchronized void recordSent(Instant sentAt) {
        Instant last = lastSent;
        if (last == null || sentAt.isAfter(last)) {
            lastSent = sentAt;
        }
    }
}
