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
package org.openhab.binding.smartmetertexas.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.planning.OnDemandReads;
import org.openhab.binding.smartmetertexas.internal.planning.ReadTicket;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;

/**
 * An on-demand read from request to result, as the binding does it: one read request (counted in the meter's read
 * budget), then status checks on the request policy's schedule (30 s, 1, 2, 4, 8 minutes; given up after 15),
 * accepting only a fresh result. Shows progress while it waits.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class OnDemandRead {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final SmtClient client;
    private final OnDemandReads reads;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Progress progress;
    private final boolean ticking;

    /**
     * @param ticking redraw the waiting bar every second (a terminal); otherwise one line per status check
     */
    OnDemandRead(SmtClient client, OnDemandReads reads, Sleeper sleeper, Progress progress, boolean ticking) {
        this.client = client;
        this.reads = reads;
        this.clock = reads.clock();
        this.sleeper = sleeper;
        this.progress = progress;
        this.ticking = ticking;
    }

    /** Requests a read and waits for its outcome: COMPLETED with a fresh value, FAILED or T-FAILED. */
    MeterRead read(Esiid esiid, String meterNumber) throws SmtException, InterruptedException {
        String label = "read " + esiid.value();
        ReadTicket ticket = reads.request(client, esiid, meterNumber);
        Instant requested = ticket.requestedAt();
        long giveUpSeconds = Duration.between(requested, ticket.giveUpAt()).toSeconds();
        progress.note(label + ": SMT accepted the read request; a read takes from 30 seconds to several minutes");
        while (true) {
            Optional<Instant> due = ticket.nextPollAt();
            if (due.isEmpty()) {
                return reads.poll(client, ticket);
            }
            int check = ticket.pollsDone() + 1;
            String detail = "check " + check + " at +" + clockText(Duration.between(requested, due.get()));
            if (ticking) {
                while (clock.instant().isBefore(due.get())) {
                    long elapsed = Duration.between(requested, clock.instant()).toSeconds();
                    progress.bar(label, (int) Math.min(elapsed, giveUpSeconds), (int) giveUpSeconds,
                            "s waiting, " + detail);
                    Duration left = Duration.between(clock.instant(), due.get());
                    sleeper.sleep(left.compareTo(TICK) < 0 ? left : TICK);
                }
            } else {
                progress.note(label + ": waiting for the result, " + detail);
            }
            while (clock.instant().isBefore(due.get())) {
                sleeper.sleepUntil(clock, due.get());
            }
            MeterRead read = reads.poll(client, ticket);
            if (read.status() != ReadStatus.PENDING) {
                progress.endBar();
                progress.note(label + ": " + read.status().label() + " after "
                        + clockText(Duration.between(requested, clock.instant())));
                return read;
            }
            if (!ticking) {
                progress.note(label + ": still pending");
            }
        }
    }

    /** m:ss */
    static String clockText(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
