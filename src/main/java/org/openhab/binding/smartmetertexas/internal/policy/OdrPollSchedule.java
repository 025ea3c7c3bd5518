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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * When to ask for the status of one on-demand read: first 30 s after the request, then after 30 s, 60 s,
 * 120 s, 240 s… and a last look when 15 minutes have passed; a read still pending then has FAILED (its
 * request stays counted in the budget).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class OdrPollSchedule {

    public static final OdrPollSchedule DEFAULT = new OdrPollSchedule(Duration.ofSeconds(30), Duration.ofMinutes(15));

    private final Duration giveUpAfter;
    private final List<Duration> offsets;

    public OdrPollSchedule(Duration first, Duration giveUpAfter) {
        this(giveUpAfter, doubling(first, giveUpAfter));
    }

    private OdrPollSchedule(Duration giveUpAfter, List<Duration> offsets) {
        this.giveUpAfter = giveUpAfter;
        this.offsets = List.copyOf(offsets);
    }

    /**
     * Polls at a fixed interval, as some other SMT clients do (the benchmark compares with it); the binding itself
     * uses {@link #DEFAULT}.
     */
    public static OdrPollSchedule every(Duration interval, Duration giveUpAfter) {
        if (interval.isNegative() || interval.isZero() || interval.compareTo(giveUpAfter) > 0) {
            throw new IllegalArgumentException("the poll interval must be positive and before giving up");
        }
        List<Duration> list = new ArrayList<>();
        for (Duration at = interval; at.compareTo(giveUpAfter) <= 0; at = at.plus(interval)) {
            list.add(at);
        }
        return new OdrPollSchedule(giveUpAfter, list);
    }

    private static List<Duration> doubling(Duration first, Duration giveUpAfter) {
        if (first.isNegative() || first.isZero() || first.compareTo(giveUpAfter) > 0) {
            throw new IllegalArgumentException("the first poll must come after the request and before giving up");
        }
        List<Duration> list = new ArrayList<>();
        Duration gap = first;
        Duration at = first;
        list.add(at);
        while (at.compareTo(giveUpAfter) < 0) {
            at = at.plus(gap);
            if (at.compareTo(giveUpAfter) >= 0) {
                list.add(giveUpAfter);
                break;
            }
            list.add(at);
            gap = at;
        }
        return list;
    }

    /** Every poll's distance from the request, in order (default 30 s, 1, 2, 4, 8 and 15 min). */
    public List<Duration> offsets() {
        return offsets;
    }

    /** When poll number {@code pollsDone + 1} is due; empty when the read is given up. */
    public Optional<Instant> pollAt(Instant requestedAt, int pollsDone) {
        if (pollsDone < 0 || pollsDone >= offsets.size()) {
            return Optional.empty();
        }
        return Optional.of(requestedAt.plus(offsets.get(pollsDone)));
    }

    /** When a read requested at {@code requestedAt} is given up if still pending. */
    public Instant giveUpAt(Instant requestedAt) {
        return requestedAt.plus(giveUpAfter);
    }

    /** How many status polls one read costs at most. */
    public int maxPolls() {
        return offsets.size();
    }
}
