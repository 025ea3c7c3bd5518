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
package org.openhab.binding.smartmetertexas.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * On-demand reads: the per-ESIID limits (counted on reads requested) and each read's life
 * PENDING → COMPLETED / FAILED / T-FAILED on the simulator clock.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class OdrDesk {

    /** How a read ends. */
    enum Fate {
        COMPLETE,
        FAILED,
        T_FAILED,
        STUCK
    }

    /** What a status answer shows. */
    enum Status {
        PENDING,
        COMPLETED,
        FAILED,
        T_FAILED
    }

    /** One read. registerWh is the register at {@link #readAt()}. */
    record Read(String esiid, String correlationId, Instant requestedAt, Instant readAt, Fate fate, long registerWh) {

        Status statusAt(Instant now) {
            if (fate == Fate.STUCK || now.isBefore(readAt)) {
                return Status.PENDING;
            }
            return switch (fate) {
                case FAILED -> Status.FAILED;
                case T_FAILED -> Status.T_FAILED;
                default -> Status.COMPLETED;
            };
        }
    }

    /** The answer to a request: a read, or a refusal code (5031 hourly, 5032 daily). */
    record Outcome(@Nullable Read read, String statusCode) {
    }

    private final Map<String, SyntheticMeter> meters;
    private final Map<String, List<Read>> reads = new HashMap<>();
    private final Map<String, Read> byCorrelation = new HashMap<>();
    private final int hourlyLimit;
    private final int dailyLimit;

    OdrDesk(Map<String, SyntheticMeter> meters, Instant start, int hourlyLimit, int dailyLimit) {
        this.meters = meters;
        this.hourlyLimit = hourlyLimit;
        this.dailyLimit = dailyLimit;
        // every real meter has read before: one completed read yesterday evening
        Instant previous = LocalDate.ofInstant(start, SyntheticMeter.CENTRAL).minusDays(1).atTime(18, 42, 7)
                .atZone(SyntheticMeter.CENTRAL).toInstant();
        for (SyntheticMeter meter : meters.values()) {
            Read read = new Read(meter.esiid(), UUID.randomUUID().toString(), previous, previous, Fate.COMPLETE,
                    meter.registerAtWh(previous));
            reads.computeIfAbsent(meter.esiid(), e -> new ArrayList<>()).add(read);
            byCorrelation.put(read.correlationId(), read);
        }
    }

    synchronized Outcome request(String esiid, Instant now, Duration delay, Fate fate) {
        List<Read> list = reads.computeIfAbsent(esiid, e -> new ArrayList<>());
        LocalDate today = LocalDate.ofInstant(now, SyntheticMeter.CENTRAL);
        Instant hourAgo = now.minus(Duration.ofHours(1));
        // the initial read is history, not a request anybody made here
        long todayCount = list.stream().skip(1)
                .filter(r -> LocalDate.ofInstant(r.requestedAt(), SyntheticMeter.CENTRAL).equals(today)).count();
        long hourCount = list.stream().skip(1).filter(r -> r.requestedAt().isAfter(hourAgo)).count();
        if (todayCount >= dailyLimit) {
            return new Outcome(null, "5032");
        }
        if (hourCount >= hourlyLimit) {
            return new Outcome(null, "5031");
        }
        SyntheticMeter meter = meters.get(esiid);
        Instant readAt = now.plus(delay);
        long register = meter == null ? 0 : meter.registerAtWh(readAt);
        Read read = new Read(esiid, UUID.randomUUID().toString(), now, readAt, fate, register);
        list.add(read);
        byCorrelation.put(read.correlationId(), read);
        return new Outcome(read, "0");
    }

    /** Every read of an ESIID, oldest first (the one before the simulator started included). */
    synchronized List<Read> reads(String esiid) {
        return List.copyOf(reads.getOrDefault(esiid, List.of()));
    }

    /** The newest read of an ESIID (never null: every meter starts with one). */
    synchronized Read latest(String esiid) {
        List<Read> list = reads.getOrDefault(esiid, List.of());
        return list.get(list.size() - 1);
    }

    /** The newest read before {@code read} that completed by {@code now}, if any. */
    synchronized @Nullable Read previousCompleted(Read read, Instant now) {
        List<Read> list = reads.getOrDefault(read.esiid(), List.of());
        int index = list.indexOf(read);
        for (int i = index - 1; i >= 0; i--) {
            if (list.get(i).statusAt(now) == Status.COMPLETED) {
                return list.get(i);
            }
        }
        return null;
    }

    synchronized @Nullable Read byCorrelationId(String correlationId) {
        return byCorrelation.get(correlationId);
    }
}
