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
 * Everything one account must respect when talking to SMT (doc/smt-protocol.md §7), in one place. Make a new policy
 * when the account's configuration changes: that is what lifts a credentials rejection.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RequestPolicy {

    /** Backfill requests (one chunk of at most 31 days each) go at least this far apart. */
    public static final Duration BACKFILL_GAP = Duration.ofSeconds(5);

    private final Clock clock;
    private final AccountPacer pacer;
    private final AccessGate access;
    private final OdrBudget odrBudget;
    private final RoutineSpacing routine;
    private final OdrPollSchedule pollSchedule;
    private @Nullable Instant lastBackfill;

    public RequestPolicy(Clock clock) {
        this(clock, OdrPollSchedule.DEFAULT);
    }

    public RequestPolicy(Clock clock, OdrPollSchedule pollSchedule) {
        this.clock = clock;
        this.pacer = new AccountPacer(clock);
        this.access = new AccessGate(clock);
        this.odrBudget = new OdrBudget(clock);
        this.routine = new RoutineSpacing(clock);
        this.pollSchedule = pollSchedule;
    }

    public Clock clock() {
        return clock;
    }

    /** Spacing of every request of the account. */
    public AccountPacer pacer() {
        return pacer;
    }

    /** Blocks after 403 and after rejected credentials. */
    public AccessGate access() {
        return access;
    }

    /** On-demand read budget per ESIID. */
    public OdrBudget odrBudget() {
        return odrBudget;
    }

    /** The 15-minute rule for routine data requests. */
    public RoutineSpacing routine() {
        return routine;
    }

    /**
     * The earliest instant the next backfill request may go: {@link #BACKFILL_GAP} after the last one. A short wait,
     * not a refusal: callers wait until then and send.
     */
    public synchronized Instant backfillEarliest() {
        Instant now = clock.instant();
        Instant last = lastBackfill;
        return last == null || !last.plus(BACKFILL_GAP).isAfter(now) ? now : last.plus(BACKFILL_GAP);
    }

    /** Notes a backfill request sent at the given instant. */
    public synchronized void backfillSent(Instant sentAt) {
        Instant last = lastBackfill;
        if (last == null || sentAt.isAfter(last)) {
            lastBackfill = sentAt;
        }
    }

    /** When to poll the status of an on-demand read. */
    public OdrPollSchedule pollSchedule() {
        return pollSchedule;
    }
}
