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
package org.openhab.core.types;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code TimeSeries}: states with their timestamps, sent to persistence together.
 * <p>
 * Entries are kept in timestamp order whatever the order they were added in. As in openHAB, there is at most one
 * entry per timestamp: adding a second state for a timestamp already present keeps the first one.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class TimeSeries {

    private final TreeSet<Entry> states = new TreeSet<>(Comparator.comparing(Entry::timestamp));
    private final Policy policy;

    public TimeSeries(Policy policy) {
        this.policy = policy;
    }

    /**
     * {@link Policy#ADD} adds the entries to what is persisted; {@link Policy#REPLACE} first removes what is
     * persisted between {@link #getBegin()} and {@link #getEnd()}.
     */
    public Policy getPolicy() {
        return policy;
    }

    /** The earliest timestamp, or {@link Instant#MAX} when empty. */
    public Instant getBegin() {
        return states.isEmpty() ? Instant.MAX : states.first().timestamp();
    }

    /** The latest timestamp, or {@link Instant#MIN} when empty. */
    public Instant getEnd() {
        return states.isEmpty() ? Instant.MIN : states.last().timestamp();
    }

    public int size() {
        return states.size();
    }

    /** Adds a state; ignored if the series already holds a state for this timestamp. */
    public void add(Instant timestamp, State state) {
        states.add(new Entry(timestamp, state));
    }

    /** The entries, earliest first. */
    public Stream<Entry> getStates() {
        return List.copyOf(states).stream();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        TimeSeries other = (TimeSeries) obj;
        // compares timestamps and states in order (the set itself would compare timestamps only)
        return policy == other.policy && List.copyOf(states).equals(List.copyOf(other.states));
    }

    @Override
    public int hashCode() {
        return Objects.hash(List.copyOf(states), policy);
    }

    /**
     * One state of a {@link TimeSeries} and its timestamp.
     *
     * @param timestamp when the state applies
     * @param state the state
     * @author Smart Meter Texas binding contributors - Initial contribution
     */
    public record Entry(Instant timestamp, State state) {
    }

    /**
     * How persistence stores a {@link TimeSeries}.
     *
     * @author Smart Meter Texas binding contributors - Initial contribution
     */
    public enum Policy {
        ADD,
        REPLACE
    }
}
