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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;

/**
 * The 15-minute rule: no routine request asks about the same meter and data kind more often than every
 * 15 minutes (status polls of a running read and backfill chunks are not routine).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RoutineSpacing {

    public static final Duration MIN_GAP = Duration.ofMinutes(15);

    private final Clock clock;
    /** Keyed by kind and ESIID. */
    private final Map<List<Object>, Instant> lastSent = new HashMap<>();

    public RoutineSpacing(Clock clock) {
        this.clock = clock;
    }

    /** Why a routine request for this meter and kind may not go now, or empty when it may. */
    public synchronized Optional<Refusal> check(DataKind kind, Esiid esiid) {
        Instant last = lastSent.get(List.of(kind, esiid));
        if (last == null) {
            return Optional.empty();
        }
        Instant allowed = last.plus(MIN_GAP);
        if (clock.instant().isBefore(allowed)) {
            return Optional.of(new Refusal(Rule.ROUTINE_SPACING, allowed,
                    kind + " of " + esiid + " were requested less than 15 minutes ago"));
        }
        return Optional.empty();
    }

    /** Notes a routine request sent at the given instant. */
    public synchronized void recordSent(DataKind kind, Esiid esiid, Instant sentAt) {
        Instant last = lastSent.get(List.of(kind, esiid));
        if (last == null || sentAt.isAfter(last)) {
            lastSent.put(List.of(kind, esiid), sentAt);
        }
    }
}
