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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.ReadRequest;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * On-demand reads as the user sees them: the read budget keeps requests back with the time the next may go, status
 * polls follow the schedule, and a read that cannot be polled in time or stays pending ends as FAILED.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class OnDemandReadsTest {

    private static final Esiid ESIID = new Esiid("10443720000000001");
    /** 10:00 Central (CDT) on 2026-06-10; the next Central midnight is 2026-06-11T05:00Z. */
    private static final Instant START = Instant.parse("2026-06-10T15:00:00Z");
    private static final Instant NEXT_MIDNIGHT = Instant.parse("2026-06-11T05:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final RequestPolicy policy = new RequestPolicy(clock);
    private final OnDemandReads reads = new OnDemandReads(policy);
    private final FakeSmtClient client = new FakeSmtClient(clock);

    private ReadRequest accepted(Instant sentAt) {
        return new ReadRequest(ESIID, "123", "c1", sentAt, null);
    }

    private ReadTicket started() throws SmtException {
        client.answer(accepted(clock.instant()));
        return reads.request(client, ESIID, "123");
    }

    private static MeterRead completed() {
        return MeterRead.completed(new BigDecimal("12345.6"), START.plusSeconds(20));
    }

    @Test
    void anAcceptedReadIsCountedAtItsSendTimeAndFirstPolled30SecondsLater() throws SmtException {
        assertEquals(clock, reads.clock());
        assertEquals(24, reads.readsLeftToday(ESIID));
        Instant sentAt = START.plusSeconds(3);
        client.answer(accepted(sentAt));
        ReadTicket ticket = reads.request(client, ESIID, "123");
        assertEquals(List.of("requestRead 123"), client.calls);
        assertEquals(ESIID, ticket.esiid());
        assertEquals("c1", ticket.request().correlationId());
        assertEquals(sentAt, ticket.requestedAt());
        assertEquals(Optional.of(sentAt.plusSeconds(30)), ticket.nextPollAt());
        assertEquals(sentAt.plus(Duration.ofMinutes(15)), ticket.giveUpAt());
        assertEquals(0, ticket.pollsDone());
        assertEquals(Optional.empty(), ticket.outcome());
        assertEquals(23, reads.readsLeftToday(ESIID));
        assertEquals(Optional.empty(), reads.refusal(ESIID), "one read of two this hour");

        clock.advance(Duration.ofSeconds(10));
        client.answer(accepted(clock.instant()));
        reads.request(client, ESIID, "123");
        Refusal refusal = reads.refusal(ESIID).orElseThrow();
        assertEquals(Rule.ODR_HOURLY_BUDGET, refusal.rule());
        assertEquals(sentAt.plus(Duration.ofHours(1)), refusal.retryAt(), "the hour counts from the first send");
    }

    @Test
    void theHourlyBudgetKeepsTheThirdReadBackWithoutAskingSmt() throws SmtException {
        started();
        started();
        SmtException e = assertThrows(SmtException.class, () -> reads.request(client, ESIID, "123"));
        assertEquals(Failure.RATE_LIMITED, e.kind());
        assertEquals(Optional.of(LimitScope.HOUR), e.limitScope());
        assertEquals(Optional.of(START.plus(Duration.ofHours(1))), e.retryNotBefore());
        assertFalse(e.reportedBySmt(), "our own budget, not SMT");
        assertTrue(e.detail().startsWith("Not sent: "), e.detail());
        assertEquals(2, client.calls.size(), "the third read never reached SMT");
        assertEquals(22, reads.readsLeftToday(ESIID));
    }

    @Test
    void aDayLimitReportedBySmtHoldsUntilCentralMidnightAndLaterRequestsAreRefusedForTheDay() throws SmtException {
        client.answer(new ReadRequest(ESIID, "123", null, START, LimitScope.DAY));
        SmtException e = assertThrows(SmtException.class, () -> reads.request(client, ESIID, "123"));
        assertEquals(Failure.RATE_LIMITED, e.kind());
        assertEquals(Optional.of(LimitScope.DAY), e.limitScope());
        assertEquals(Optional.of(NEXT_MIDNIGHT), e.retryNotBefore());
        assertTrue(e.reportedBySmt());
        assertTrue(e.detail().contains("daily read limit of " + ESIID), e.detail());
        assertEquals(0, reads.readsLeftToday(ESIID));

        SmtException refused = assertThrows(SmtException.class, () -> reads.request(client, ESIID, "123"));
        assertEquals(Optional.of(LimitScope.DAY), refused.limitScope(), "SMT's daily limit is a day's refusal");
        assertEquals(Optional.of(NEXT_MIDNIGHT), refused.retryNotBefore());
        assertEquals(1, client.calls.size());
    }

    @Test
    void anHourLimitReportedBySmtHoldsAWholeHourFromTheAnswer() throws SmtException {
        clock.advance(Duration.ofSeconds(5));
        client.answer(new ReadRequest(ESIID, "123", null, START, LimitScope.HOUR));
        SmtException e = assertThrows(SmtException.class, () -> reads.request(client, ESIID, "123"));
        assertEquals(Optional.of(LimitScope.HOUR), e.limitScope());
        assertEquals(Optional.of(START.plusSeconds(5).plus(Duration.ofHours(1))), e.retryNotBefore());
        assertTrue(e.detail().contains("hourly read limit of " + ESIID), e.detail());
        assertEquals(23, reads.readsLeftToday(ESIID), "the hour's limit leaves the day's reads");

        SmtException refused = assertThrows(SmtException.class, () -> reads.request(client, ESIID, "123"));
        assertEquals(Optional.of(LimitScope.HOUR), refused.limitScope(), "SMT's hourly limit is an hour's refusal");
    }

    @Test
    void theDailyBudgetRefusalNamesTheDay() throws SmtException {
        for (int i = 0; i < 24; i++) {
            started();
            clock.advance(Duration.ofMinutes(31));
        }
        assertEquals(0, reads.readsLeftToday(ESIID));
        SmtException e = assertThrows(SmtException.class, () -> reads.request(client, ESIID, "123"));
        assertEquals(Optional.of(LimitScope.DAY), e.limitScope());
    }

    @Test
    void aRequestThatMayHaveReachedSmtCountsOneThatNeverWentOutDoesNot() throws SmtException {
        client.answer(new SmtException(Failure.REQUEST_REFUSED, "spacing"));
        assertThrows(SmtException.class, () -> reads.request(client, ESIID, "123"));
        client.answer(new SmtException(Failure.CREDENTIALS_HELD_BACK, "rejected"));
        assertThrows(SmtException.class, () -> reads.request(client, ESIID, "123"));
        assertEquals(24, reads.readsLeftToday(ESIID), "never sent: not counted");

        clock.advance(Duration.ofSeconds(7));
        client.answer(new SmtException(Failure.TIMEOUT, "no answer"));
        SmtException e = assertThrows(SmtException.class, () -> reads.request(client, ESIID, "123"));
        assertEquals(Failure.TIMEOUT, e.kind(), "the failure reaches the caller");
        assertEquals(23, reads.readsLeftToday(ESIID), "it may have reached SMT: counted");
        started();
        assertEquals(START.plusSeconds(7).plus(Duration.ofHours(1)), reads.refusal(ESIID).orElseThrow().retryAt(),
                "counted at the time it went out");
    }

    @Test
    void aCompletedPollEndsTheReadAndLaterPollsAskNothing() throws SmtException {
        ReadTicket ticket = started();
        clock.advance(Duration.ofSeconds(30));
        client.answer(completed());
        assertEquals(completed(), reads.poll(client, ticket));
        assertEquals(List.of("requestRead 123", "login", "readStatus"), client.calls, "a token renewal first");
        assertEquals(1, ticket.pollsDone());
        assertEquals(Optional.of(completed()), ticket.outcome());
        assertEquals(Optional.empty(), ticket.nextPollAt(), "the read is over");
        assertEquals(completed(), reads.poll(client, ticket));
        assertEquals(3, client.calls.size(), "the outcome without a request");
    }

    @Test
    void aPendingPollKeepsTheReadOpenUntilItsLastPollThenFails() throws SmtException {
        ReadTicket ticket = started();
        MeterRead pending = MeterRead.withoutValue(ReadStatus.PENDING);
        List<Duration> offsets = List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15));
        for (int i = 0; i < offsets.size(); i++) {
            assertEquals(Optional.of(START.plus(offsets.get(i))), ticket.nextPollAt(), "poll " + (i + 1));
            clock.set(START.plus(offsets.get(i)));
            client.answer(pending);
            MeterRead read = reads.poll(client, ticket);
            assertEquals(i + 1, ticket.pollsDone());
            if (i < offsets.size() - 1) {
                assertEquals(ReadStatus.PENDING, read.status());
                assertEquals(Optional.empty(), ticket.outcome());
            } else {
                assertEquals(ReadStatus.FAILED, read.status(), "still pending at the last poll: given up");
                assertEquals(Optional.of(read), ticket.outcome());
            }
        }
        assertEquals(Optional.empty(), ticket.nextPollAt());
    }

    @Test
    void aFailedPollStillCountsAsAPoll() throws SmtException {
        ReadTicket ticket = started();
        clock.advance(Duration.ofSeconds(30));
        client.answer(new SmtException(Failure.TIMEOUT, "no answer"));
        assertThrows(SmtException.class, () -> reads.poll(client, ticket));
        assertEquals(1, ticket.pollsDone());
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(1))), ticket.nextPollAt());
    }

    @Test
    void aReadPolledWithin30SecondsAfterGivingUpIsStillAsked() throws SmtException {
        ReadTicket ticket = started();
        clock.set(ticket.giveUpAt().plus(OnDemandReads.LATE_POLL_GRACE));
        client.answer(completed());
        assertEquals(completed(), reads.poll(client, ticket), "the grace's last instant still polls");
    }

    @Test
    void aReadNotPolledInTimeFailsWithoutAskingSmt() throws SmtException {
        ReadTicket ticket = started();
        clock.set(ticket.giveUpAt().plus(OnDemandReads.LATE_POLL_GRACE).plusMillis(1));
        MeterRead read = reads.poll(client, ticket);
        assertEquals(ReadStatus.FAILED, read.status());
        assertEquals(Optional.of(read), ticket.outcome());
        assertEquals(List.of("requestRead 123"), client.calls, "SMT is not asked");
    }

    @Test
    void aSlowLoginThatPushesThePollPastTheReadsTimeFailsItWithoutAStatusRequest() throws SmtException {
        ReadTicket ticket = started();
        clock.set(ticket.giveUpAt());
        client.loginTakes = OnDemandReads.LATE_POLL_GRACE.plusMillis(1);
        MeterRead read = reads.poll(client, ticket);
        assertEquals(ReadStatus.FAILED, read.status());
        assertEquals(List.of("requestRead 123", "login"), client.calls);
        assertEquals(0, ticket.pollsDone());
    }

    @Test
    void aSlowLoginThatEndsWithinTheGraceStillPolls() throws SmtException {
        ReadTicket ticket = started();
        clock.set(ticket.giveUpAt());
        client.loginTakes = OnDemandReads.LATE_POLL_GRACE;
        client.answer(completed());
        assertEquals(completed(), reads.poll(client, ticket));
    }

    @Test
    void aReadPastItsLastPollIsOverWithoutARequest() throws SmtException {
        ReadTicket ticket = started();
        for (int i = 0; i < 6; i++) {
            ticket.polled();
        }
        assertEquals(Optional.empty(), ticket.nextPollAt());
        MeterRead read = reads.poll(client, ticket);
        assertEquals(ReadStatus.FAILED, read.status());
        assertEquals(1, client.calls.size());
    }
}
