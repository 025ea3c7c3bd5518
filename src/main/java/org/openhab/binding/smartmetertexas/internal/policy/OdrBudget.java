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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
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
    /** Each ESIID's sends, oldest first. */
    private final Map<Esiid, Deque<Instant>> sent = new HashMap<>();
    /** Until when SMT's reported hour / day limit holds, per ESIID. */
    private final Map<Esiid, Instant> hourBlocked = new HashMap<>();
    private final Map<Esiid, Instant> dayBlocked = new HashMap<>();

    public OdrBudget(Clock clock) {
        this.clock = clock;
    }

    /** Why a read request for this ESIID may not go now, or empty when it may. */
    public synchronized Optional<Refusal> check(Esiid esiid) {
        Instant now = clock.instant();
        Deque<Instant> sends = sends(esiid);
        Instant horizon = now.minus(KEEP);
        while (!sends.isEmpty() && sends.peekFirst().isBefore(horizon)) {
            sends.removeFirst();
        }
        Refusal refusal = null;
        Instant hourBlock = hourBlocked.get(esiid);
        if (hourBlock != null && hourBlock.isAfter(now)) {
            refusal = new Refusal(Rule.SMT_HOURLY_LIMIT, hourBlock, "SMT reported the hourly read limit for " + esiid);
        }
        Instant dayBlock = dayBlocked.get(esiid);
        if (dayBlock != null && dayBlock.isAfter(now)) {
            refusal = Refusal.later(refusal,
                    new Refusal(Rule.SMT_DAILY_LIMIT, dayBlock, "SMT reported the daily read limit for " + esiid));
        }
        // The rolling hour has room again when all but PER_HOUR - 1 of its sends have left it.
        List<Instant> inHour = new ArrayList<>();
        for (Instant t : sends) {
            if (t.isAfter(now.minus(HOUR))) {
                inHour.add(t);
            }
        }
        if (inHour.size() >= PER_HOUR) {
            Collections.sort(inHour);
            refusal = Refusal.later(refusal,
                    new Refusal(Rule.ODR_HOURLY_BUDGET, inHour.get(inHour.size() - PER_HOUR).plus(HOUR),
                            PER_HOUR + " reads of " + esiid + " requested in the last 60 minutes"));
        }
        if (sentToday(sends, now) >= PER_DAY) {
            refusal = Refusal.later(refusal, new Refusal(Rule.ODR_DAILY_BUDGET, nextCentralMidnight(now),
                    PER_DAY + " reads of " + esiid + " requested today"));
        }
        return refusal == null ? Optional.empty() : Optional.of(refusal);
    }

    /** Counts a read request as sent at the given instant (whatever SMT answers). */
    public synchronized void recordSent(Esiid esiid, Instant sentAt) {
        sends(esiid).addLast(sentAt);
    }

    /** SMT said the hour's or the day's limit is reached: no request until the returned instant. */
    public synchronized Instant limitReported(Esiid esiid, LimitScope scope) {
        Instant now = clock.instant();
        if (scope == LimitScope.HOUR) {
            // SMT's hour holds reads of other tools we cannot see: a whole hour from now is the safe side.
            Instant until = now.plus(HOUR);
            hourBlocked.put(esiid, until);
            return until;
        }
        Instant until = nextCentralMidnight(now);
        dayBlocked.put(esiid, until);
        return until;
    }

    /** How many read requests for this ESIID the rest of today's Central day allows (ignoring the hour). */
    public synchronized int readsLeftToday(Esiid esiid) {
        Instant now = clock.instant();
        Instant dayBlock = dayBlocked.get(esiid);
        if (dayBlock != null && dayBlock.isAfter(now)) {
            return 0;
        }
        return Math.max(0, PER_DAY - sentToday(sends(esiid), now));
    }

    private Deque<Instant> sends(Esiid esiid) {
        Deque<Instant> sends = sent.get(esiid);
        if (sends == null) {
            sends = new ArrayDeque<>();
            sent.put(esiid, sends);
        }
        return sends;
    }

    private static int sentToday(Deque<Instant> sends, Instant now) {
        LocalDate today = SmtTime.dayOf(now);
        int count = 0;
        for (Instant t : sends) {
            if (SmtTime.dayOf(t).equals(today)) {
                count++;
            }
        }
        return count;
    }

    private static Instant nextCentralMidnight(Instant now) {
        return SmtTime.startOfDay(SmtTime.dayOf(now).plusDays(1));
    }
}
