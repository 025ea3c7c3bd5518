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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Everything one account must respect when talking to SMT (doc/smt-protocol.md §7), in one place. Make a new policy
 * when the account's configuration changes: that is what lifts a credentials rejection.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RequestPolicy {

    private final Clock clock;
    private final AccountPacer pacer;
    private final AccessGate access;
    private final OdrBudget odrBudget;
    private final RoutineSpacing routine;
    private final BackfillPacer backfill;
    private final OdrPollSchedule pollSchedule;

    public RequestPolicy(Clock clock) {
        this(clock, OdrPollSchedule.DEFAULT);
    }

    public RequestPolicy(Clock clock, OdrPollSchedule pollSchedule) {
        this.clock = clock;
        this.pacer = new AccountPacer(clock);
        this.access = new AccessGate(clock);
        this.odrBudget = new OdrBudget(clock);
        this.routine = new RoutineSpacing(clock);
        this.backfill = new BackfillPacer(clock);
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

    /** Spacing of backfill chunks. */
    public BackfillPacer backfill() {
        return backfill;
    }

    /** When to poll the status of an on-demand read. */
    public OdrPollSchedule pollSchedule() {
        return pollSchedule;
    }
}
