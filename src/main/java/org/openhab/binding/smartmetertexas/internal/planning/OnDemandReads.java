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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.ReadRequest;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.internal.policy.OdrBudget;
import org.openhab.binding.smartmetertexas.internal.policy.OdrPollSchedule;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On-demand reads of one account, from request to outcome (doc/smt-protocol.md §7): the read budget (2 requests
 * an hour, 24 a Central day, SMT's 5031/5032), the status-poll schedule and giving up after 15 minutes. The
 * binding's planner and the command line both read meters through here. Status polls go only when
 * {@link ReadTicket#nextPollAt()} is due: the caller waits for it.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class OnDemandReads {

    /** The last status poll is due when a read is given up; it may go this much later, no poll after that. */
    static final Duration LATE_POLL_GRACE = Duration.ofSeconds(30);

    private final Logger logger = LoggerFactory.getLogger(OnDemandReads.class);
    private final Clock clock;
    private final OdrBudget budget;
    private final OdrPollSchedule schedule;

    public OnDemandReads(RequestPolicy policy) {
        this.clock = policy.clock();
        this.budget = policy.odrBudget();
        this.schedule = policy.pollSchedule();
    }

    /** The account's clock, which the poll schedule is on. */
    public Clock clock() {
        return clock;
    }

    /** Why a read of this meter may not be requested now, or empty when it may. */
    public Optional<Refusal> refusal(Esiid esiid) {
        return budget.check(esiid);
    }

    /** How many reads of this meter today's Central day still allows. */
    public int readsLeftToday(Esiid esiid) {
        return budget.readsLeftToday(esiid);
    }

    /**
     * Requests a read when the budget allows, and counts it: one request, whatever SMT answers.
     *
     * @throws SmtException {@link Failure#RATE_LIMITED} when the budget or SMT's own limit keeps the read back
     */
    public ReadTicket request(SmtClient client, Esiid esiid, String meterNumber) throws SmtException {
        Optional<Refusal> refusal = budget.check(esiid);
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            logger.debug("read of {} not requested: {}", esiid, r.reason());
            throw SmtException.rateLimited("Not sent: " + r.reason(), scope(r.rule()),
                    r.earliestRetry().orElse(clock.instant()), false);
        }
        ReadRequest answer;
        try {
            answer = client.requestRead(esiid, meterNumber);
        } catch (SmtException e) {
            if (e.kind() != Failure.REQUEST_REFUSED && e.kind() != Failure.CREDENTIALS_HELD_BACK) {
                budget.recordSent(esiid, clock.instant()); // it may have reached SMT: the safe side counts it
            } // else never sent: not counted
            throw e;
        }
        budget.recordSent(esiid, answer.sentAt());
        Optional<LimitScope> limit = answer.limit();
        if (limit.isPresent()) {
            LimitScope scope = limit.get();
            Instant until = budget.limitReported(esiid, scope);
            throw SmtException.rateLimited(
                    "SMT reports the " + (scope == LimitScope.HOUR ? "hourly" : "daily") + " read limit of " + esiid,
                    scope, until, true);
        }
        ReadTicket ticket = new ReadTicket(answer, schedule);
        logger.debug("SMT accepted a read of {}; first status poll at {}", esiid, ticket.nextPollAt());
        return ticket;
    }

    /**
     * One status poll, due at {@link ReadTicket#nextPollAt()}. FAILED when SMT says so, when the read is still
     * pending at its last poll, or when it could not be polled in time (then SMT is not asked). Once the read is
     * over, returns its outcome without a request.
     */
    public MeterRead poll(SmtClient client, ReadTicket ticket) throws SmtException {
        Optional<MeterRead> outcome = ticket.outcome();
        if (outcome.isPresent()) {
            return outcome.get();
        }
        if (ticket.nextPollAt().isEmpty() || tooLate(ticket)) {
            return givenUp(ticket);
        }
        // a token renewal first: a slow login must not push the poll past the read's time
        client.login();
        if (tooLate(ticket)) {
            return givenUp(ticket);
        }
        MeterRead read;
        try {
            read = client.readStatus(ticket.request());
        } finally {
            ticket.polled();
        }
        if (read.status() != ReadStatus.PENDING) {
            return ticket.finish(read);
        }
        if (ticket.nextPollAt().isEmpty()) {
            logger.debug("read of {} still pending after {} polls: given up", ticket.esiid(), ticket.pollsDone());
            return ticket.finish(MeterRead.withoutValue(ReadStatus.FAILED));
        }
        return read;
    }

    private boolean tooLate(ReadTicket ticket) {
        return clock.instant().isAfter(ticket.giveUpAt().plus(LATE_POLL_GRACE));
    }

    /** The account could not poll in time (blocked, offline): the read is over, SMT is not asked again. */
    private MeterRead givenUp(ReadTicket ticket) {
        logger.debug("read of {} requested at {} not polled in time: given up", ticket.esiid(), ticket.requestedAt());
        return ticket.finish(MeterRead.withoutValue(ReadStatus.FAILED));
    }

    private static LimitScope scope(Rule rule) {
        return rule == Rule.ODR_HOURLY_BUDGET || rule == Rule.SMT_HOURLY_LIMIT ? LimitScope.HOUR : LimitScope.DAY;
    }
}
