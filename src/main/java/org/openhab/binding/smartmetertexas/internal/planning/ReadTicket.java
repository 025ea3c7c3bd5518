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

import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.api.ReadRequest;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.policy.OdrPollSchedule;

/**
 * One on-demand read SMT accepted, and how far polling it has come: the one record of its status polls.
 * {@link #nextPollAt()} says when {@link OnDemandReads#poll} is due next; empty once the read is over.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ReadTicket {

    private final ReadRequest request;
    private final OdrPollSchedule schedule;
    private int pollsDone;
    private @Nullable MeterRead outcome;

    ReadTicket(ReadRequest request, OdrPollSchedule schedule) {
        this.request = request;
        this.schedule = schedule;
    }

    public Esiid esiid() {
        return request.esiid();
    }

    /** SMT's answer to the read request, which the status requests name. */
    public ReadRequest request() {
        return request;
    }

    /** When the read request went out; a result read before this (minus 2 minutes) is not this read's. */
    public Instant requestedAt() {
        return request.sentAt();
    }

    /** When the read is given up if still pending. */
    public Instant giveUpAt() {
        return schedule.giveUpAt(requestedAt());
    }

    /** When the next status poll is due; empty when the read is over. */
    public synchronized Optional<Instant> nextPollAt() {
        if (outcome != null) {
            return Optional.empty();
        }
        return schedule.pollAt(requestedAt(), pollsDone);
    }

    /** How many status polls went out (or were tried) for this read. */
    public synchronized int pollsDone() {
        return pollsDone;
    }

    /** The final result once the read is over. */
    public synchronized Optional<MeterRead> outcome() {
        MeterRead read = outcome;
        return read == null ? Optional.empty() : Optional.of(read);
    }

    synchronized void polled() {
        pollsDone++;
    }

    synchronized MeterRead finish(MeterRead read) {
        outcome = read;
        return read;
    }
}
