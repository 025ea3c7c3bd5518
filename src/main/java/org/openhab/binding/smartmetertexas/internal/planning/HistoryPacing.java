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
package org.openhab.binding.smartmetertexas.internal.planning;

import java.time.Clock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;

/**
 * Paces the chunks of a history fetch that runs in one go (the command line) as the binding paces its backfill:
 * at least 5 s between history requests of the account (doc/smt-protocol.md §7). Waits with the given sleeper.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class HistoryPacing {

    private final Clock clock;
    private final RequestPolicy policy;
    private final Sleeper sleeper;

    public HistoryPacing(RequestPolicy policy, Sleeper sleeper) {
        this.clock = policy.clock();
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** Waits until the next history request may go. */
    public void awaitTurn() throws InterruptedException {
        while (policy.backfillEarliest().isAfter(clock.instant())) {
            sleeper.sleepUntil(clock, policy.backfillEarliest());
        }
    }

    /** A history request went out (or was tried): the next one waits from now. */
    public void sent() {
        policy.backfillSent(clock.instant());
    }
}
