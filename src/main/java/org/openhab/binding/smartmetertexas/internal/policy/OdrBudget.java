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
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;

/**
 * The on-demand read budget of each ESIID: at most 2 requests in any rolling 60 minutes and 24 per Central
 * calendar day, counting requests sent (SMT counts completed reads, and other tools share its count, so
 * counting what we send is the safe side). SMT's own "limit reached" answers end the hour or day early.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class OdrBudget {

    public static final int PER_HOUR = 2;
    public static final int PER_DAY = 24;
    public static final Duration HOUR = Duration.ofMinutes(60);
    /** Sends older than this can matter neither to the hour nor to the (at most 25-hour) day. */
    private static final Duration KEEP = Duration.ofHours(26);

    private final Clock clock;
    private final Map<Esiid, Meter> meters = new HashMap<>();

    public OdrBudget(Clock clock) {
        this.clock = clock;
    }

    /** Why a read request for this ESIID may not go now, or empty when it may. */
    public synchronized Optional<Refusal> check(Esiid esiid) {
        Meter meter = meters.get(esiid);
        if (meter == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        meter.forget(now);
        Refusal refusal = null;
        Instant hourBlock = meter.hourBlockedUntil;
        if (hourBlock != null && hourBlock.isAfter(now)) {
            refusal = new Refusal(Rule.SMT_HOURLY_LIMIT, hourBlock, "SMT reported the hourly read limit for " + esiid);
        }
        Instant dayBlock = meter.dayBlockedUntil;
        if (dayBlock != null && dayBlock.isAfter(now)) {
            refusal = Refusal.later(refusal,
                    new Refusal(Rule.SMT_DAILY_LIMIT, dayBlock, "SMT reported the daily read limit for " + esiid));
        }
        Instant hourFree = meter.hourFree(now);
        if (hourFree != null) {
            refusal = Refusal.later(refusal, new Refusal(Rule.ODR_HOURLY_BUDGET, hourFree,
                    PER_HOUR + " reads of " + esiid + " requested in the last 60 minutes"));
        }
        if (meter.sentOn(SmtTime.dayOf(now)) >= PER_DAY) {
            refusal = Refusal.later(refusal, new Refusal(Rule.ODR_DAILY_BUDGET, nextCentralMidnight(now),
                    PER_DAY + " reads of " + esiid + " requested today"));
        }
        return refusal == null ? Optional.empty() : Optional.of(refusal);
    }

    /** Counts a read request as sent at the given instant (whatever SMT answers). */
    public synchronized void recordSent(Esiid esiid, Instant sentAt) {
        meters.computeIfAbsent(esiid, e -> new Meter()).sent.addLast(sentAt);
    }

    /**
     * Takes back a request SMT turned away as unauthorized (HTTP 401, an expired token): it started no read, and
     * counting it would make the retry with a fresh token exceed the budget.
     */
    public synchronized void withdraw(Esiid esiid, Instant sentAt) {
        Meter meter = meters.get(esiid);
        if (meter != null) {
            meter.sent.removeLastOccurrence(sentAt);
        }
    }

    /** SMT said the hour's or the day's limit is reached: no request until the returned instant. */
    public synchronized Instant limitReported(Esiid esiid, LimitScope scope) {
        Instant now = clock.instant();
        Meter meter = meters.computeIfAbsent(esiid, e -> new Meter());
        if (scope == LimitScope.HOUR) {
            // SMT's hour holds reads of other tools we cannot see: a whole hour from now is the safe side.
            Instant until = now.plus(HOUR);
            meter.hourBlockedUntil = until;
            return until;
        }
        Instant until = nextCentralMidnight(now);
        meter.dayBlockedUntil = until;
        return until;
    }

    /** How many read requests for this ESIID the rest of today's Central day allows (ignoring the hour). */
    public synchronized int readsLeftToday(Esiid esiid) {
        Meter meter = meters.get(esiid);
        if (meter == null) {
            return PER_DAY;
        }
        Instant now = clock.instant();
        Instant dayBlock = meter.dayBlockedUntil;
        if (dayBlock != null && dayBlock.isAfter(now)) {
            return 0;
        }
        return Math.max(0, PER_DAY - meter.sentOn(SmtTime.dayOf(now)));
    }

    private static Instant nextCentralMidnight(Instant now) {
        return SmtTime.startOfDay(SmtTime.dayOf(now).plusDays(1));
    }

    /** What one ESIID has used. */
    private static final class Meter {
        final Deque<Instant> sent = new ArrayDeque<>();
        @Nullable
        Instant hourBlockedUntil;
        @Nullable
        Instant dayBlockedUntil;

        void forget(Instant now) {
            Instant horizon = now.minus(KEEP);
            while (!sent.isEmpty() && sent.peekFirst().isBefore(horizon)) {
                sent.removeFirst();
            }
        }

        /** When the rolling hour has room again, or null when it has room now. */
        @Nullable
        Instant hourFree(Instant now) {
            Instant windowStart = now.minus(HOUR);
            Instant[] inWindow = sent.stream().filter(t -> t.isAfter(windowStart)).sorted().toArray(Instant[]::new);
            if (inWindow.length < PER_HOUR) {
                return null;
            }
            // Room comes back when all but PER_HOUR - 1 of them have left the window.
            return inWindow[inWindow.length - PER_HOUR].plus(HOUR);
        }

        int sentOn(LocalDate day) {
            int count = 0;
            for (Instant t : sent) {
                if (SmtTime.dayOf(t).equals(day)) {
                    count++;
                }
            }
            return count;
        }
    }
}
