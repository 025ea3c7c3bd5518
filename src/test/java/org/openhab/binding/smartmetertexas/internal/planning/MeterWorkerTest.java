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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.ReadRequest;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * One meter's work against a client without network: which request goes when, what reaches the items, which failure
 * the meter or the account shows, and how long it waits before trying again.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterWorkerTest {

    private static final Esiid ESIID = new Esiid("10443720000000001");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);
    /** Yesterday and the 7-day revision window before it. */
    private static final DateRange ROUTINE = new DateRange(TODAY.minusDays(7), YESTERDAY);
    private static final DateRange CHUNK_1 = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
    private static final DateRange CHUNK_2 = new DateRange(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));

    private final ManualClock clock = new ManualClock(central(10, 0));
    private final RequestPolicy policy = new RequestPolicy(clock);
    private final FakeSmtClient client = new FakeSmtClient(clock);
    private final List<String> events = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private @Nullable RequestPolicy accountPolicy = policy;

    /** Jitter in the middle: back-off waits of exactly 1, 2, 4 … minutes. */
    private final Backoff backoff = new Backoff(new Random() {
        private static final long serialVersionUID = 1L;

        @Override
        public double nextDouble() {
            return 0.5;
        }
    });

    private final MeterWorker.Account account = new MeterWorker.Account() {
        @Override
        public <T> T call(MeterWorker.ClientCall<T> call) throws SmtException {
            return call.apply(client);
        }

        @Override
        public void failed(SmtException failure) {
            events.add("account shows " + failure.kind());
        }

        @Override
        public String meterNumber(Esiid esiid) {
            return "from-list";
        }

        @Override
        public @Nullable RequestPolicy policy() {
            return accountPolicy;
        }
    };

    private final MeterWorker.Listener listener = new MeterWorker.Listener() {
        @Override
        public void read(MeterRead read) {
            events.add("read " + read.status());
        }

        @Override
        public void intervals(IntervalData data) {
            events.add("intervals " + data.readings().size());
        }

        @Override
        public void daily(List<DailyRead> reads) {
            events.add("daily " + reads.size());
        }

        @Override
        public void monthly(List<MonthlyUsage> periods) {
            events.add("monthly " + periods.size());
        }

        @Override
        public void succeeded() {
            events.add("succeeded");
        }

        @Override
        public void failed(SmtException failure) {
            events.add("meter shows " + failure.kind());
        }

        @Override
        public void accountFailed(SmtException failure) {
            events.add("meter shows account's " + failure.kind());
        }
    };

    private static Instant central(int hour, int minute) {
        return LocalDateTime.of(TODAY, java.time.LocalTime.of(hour, minute)).atZone(SmtTime.CENTRAL).toInstant();
    }

    /** A meter with everything up to {@code until}, billing periods fetched today, and the given history left. */
    private static MeterProgress progress(LocalDate until, PlannedTask... history) {
        MeterProgress progress = new MeterProgress();
        progress.planHistory(List.of(history));
        progress.completeUntil(DataKind.INTERVALS, until);
        progress.completeUntil(DataKind.DAILY, until);
        progress.monthlyFetchedOn(TODAY);
        return progress;
    }

    private MeterWorker worker(int readMinutes, MeterProgress progress, String meterNumber) {
        MeterPlanner planner = new MeterPlanner(clock, ESIID, new MeterSettings(readMinutes, 0, 7), progress);
        return new MeterWorker(clock, ESIID, meterNumber, planner, backoff, d -> {
            waits.add(d);
            clock.advance(d);
        });
    }

    /** A meter that reads every 30 minutes and has all its data. */
    private MeterWorker reader() {
        return worker(30, progress(YESTERDAY), "");
    }

    /** A meter with nothing to do but two chunks of history. */
    private MeterWorker loadingHistory() {
        return worker(0, progress(YESTERDAY, PlannedTask.backfill(DataKind.INTERVALS, CHUNK_1),
                PlannedTask.backfill(DataKind.INTERVALS, CHUNK_2)), "");
    }

    private List<PlannedTask.Step> dueSteps(MeterWorker worker) {
        return worker.planner().dueTasks(policy).stream().map(PlannedTask::step).toList();
    }

    private static IntervalReading reading(LocalDate day, IntervalKind kind) {
        Instant start = SmtTime.startOfDay(day).plus(Duration.ofHours(12));
        return new IntervalReading(start, start.plus(Duration.ofMinutes(15)), BigDecimal.ONE, kind, Quality.ACTUAL,
                null);
    }

    private static IntervalData intervals(IntervalReading... readings) {
        return new IntervalData(List.of(readings), List.of(), false);
    }

    private static DailyRead daily(LocalDate day) {
        return new DailyRead(day, null, null, BigDecimal.TEN);
    }

    private ReadRequest accepted() {
        return new ReadRequest(ESIID, "m", "c", clock.instant(), null);
    }

    /** Whether the read is due at {@code offset} after now but not a millisecond earlier. */
    private void assertReadDueAfter(MeterWorker worker, Duration offset, String why) {
        Instant now = clock.instant();
        clock.set(now.plus(offset).minusMillis(1));
        assertEquals(List.of(), dueSteps(worker), why + ": not a millisecond early");
        clock.set(now.plus(offset));
        assertEquals(List.of(PlannedTask.Step.READ), dueSteps(worker), why);
    }

    @Test
    void yesterdaysDataReachesTheItemsAndTheMeterIsCompleteUntilYesterday() {
        MeterWorker worker = worker(0, progress(LocalDate.of(2026, 3, 2)), "");
        assertEquals(ESIID, worker.esiid());
        client.answer(intervals(reading(YESTERDAY, IntervalKind.CONSUMPTION),
                reading(TODAY.minusDays(3), IntervalKind.CONSUMPTION)));
        client.answer(List.of(daily(TODAY.minusDays(4)), daily(YESTERDAY), daily(TODAY.minusDays(2))));
        worker.runDueTasks(account, listener);
        assertEquals(List.of("intervals " + ROUTINE, "daily " + ROUTINE), client.calls);
        assertEquals(List.of("intervals 2", "succeeded", "daily 3", "succeeded"), events);
        MeterProgress progress = worker.planner().progress();
        assertEquals(YESTERDAY, progress.completeUntil(DataKind.INTERVALS));
        assertEquals(YESTERDAY, progress.completeUntil(DataKind.DAILY), "the newest day, in whatever order");
        clock.set(central(23, 59));
        assertEquals(List.of(), dueSteps(worker), "nothing more today");
    }

    @Test
    void generationDoesNotMakeADayComplete() {
        assertEquals(TODAY.minusDays(2),
                MeterWorker.newestDay(List.of(reading(TODAY.minusDays(2), IntervalKind.CONSUMPTION),
                        reading(YESTERDAY, IntervalKind.GENERATION),
                        reading(TODAY.minusDays(5), IntervalKind.CONSUMPTION))));
        assertNull(MeterWorker.newestDay(List.of(reading(YESTERDAY, IntervalKind.GENERATION))));
        assertNull(MeterWorker.newestDay(List.of()));
    }

    @Test
    void billingPeriodsReachTheItemsAndAreNotAskedAgainToday() {
        MeterProgress progress = progress(YESTERDAY);
        progress.monthlyFetchedOn(TODAY.minusDays(1));
        MeterWorker worker = worker(0, progress, "");
        client.answer(List.of(new MonthlyUsage(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), BigDecimal.ONE)));
        worker.runDueTasks(account, listener);
        assertEquals(1, client.calls.size());
        assertTrue(client.calls.get(0).startsWith("monthly "), client.calls.get(0));
        assertEquals(List.of("monthly 1", "succeeded"), events);
        assertEquals(TODAY, progress.monthlyFetchedOn());
        assertFalse(MeterPlanner.pacedAsHistory(PlannedTask.routine(DataKind.MONTHLY, ROUTINE)));
        assertEquals(List.of(), waits, "routine billing periods are not paced as history");
    }

    @Test
    void anAnswerWithOnlyDaysNotAskedIsAProtocolProblemOfTheMeter() {
        MeterWorker worker = worker(0, progress(LocalDate.of(2026, 3, 2)), "");
        client.offered.add(new DateRange(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5)));
        client.answer(intervals());
        client.answer(List.of(daily(YESTERDAY)));
        worker.runDueTasks(account, listener);
        assertEquals(List.of("meter shows PROTOCOL_ERROR", "daily 1", "succeeded"), events,
                "the meter's own problem: its other requests go on");
        assertEquals(LocalDate.of(2026, 3, 2), worker.planner().progress().completeUntil(DataKind.INTERVALS));
        assertTrue(policy.routine().check(DataKind.INTERVALS, ESIID).isPresent(),
                "the failed request counts for the 15-minute rule");
    }

    @Test
    void dataNotYetPublishedIsAskedAgainTwoHoursLaterWithoutAnyFailureShown() {
        MeterWorker worker = worker(0, progress(LocalDate.of(2026, 3, 8)), "");
        client.answer(new SmtException(Failure.NOT_YET_AVAILABLE, "empty"));
        client.answer(new SmtException(Failure.NOT_YET_AVAILABLE, "empty"));
        worker.runDueTasks(account, listener);
        assertEquals(List.of(), events);
        clock.advance(MeterPlanner.DATA_RETRY.minusMillis(1));
        assertEquals(List.of(), dueSteps(worker));
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of(PlannedTask.Step.FETCH, PlannedTask.Step.FETCH), dueSteps(worker));
    }

    @Test
    void historyFailuresBackOffOneThenTwoMinutesAndASuccessStartsOver() {
        MeterWorker worker = loadingHistory();
        client.answer(new SmtException(Failure.PROTOCOL_ERROR, "garbled"));
        worker.runDueTasks(account, listener);
        assertEquals(List.of("intervals " + CHUNK_1), client.calls);
        assertEquals(List.of("meter shows PROTOCOL_ERROR"), events);
        assertEquals(clock.instant().plus(RequestPolicy.BACKFILL_GAP), policy.backfillEarliest(),
                "a failed history request counts for the account's pacing");

        Instant failedAt = clock.instant();
        clock.set(failedAt.plus(Duration.ofMinutes(1)).minusMillis(1));
        assertEquals(List.of(), dueSteps(worker));
        clock.set(failedAt.plus(Duration.ofMinutes(1)));
        client.answer(new SmtException(Failure.PROTOCOL_ERROR, "garbled"));
        worker.runDueTasks(account, listener);
        failedAt = clock.instant();
        clock.set(failedAt.plus(Duration.ofMinutes(2)).minusMillis(1));
        assertEquals(List.of(), dueSteps(worker), "the second failure waits twice as long");
        clock.set(failedAt.plus(Duration.ofMinutes(2)));

        client.answer(intervals(reading(CHUNK_1.to(), IntervalKind.CONSUMPTION)));
        worker.runDueTasks(account, listener);
        assertEquals(List.of(PlannedTask.backfill(DataKind.INTERVALS, CHUNK_2)), worker.planner().progress().backfill(),
                "the loaded chunk is done");
        assertEquals(YESTERDAY, worker.planner().progress().completeUntil(DataKind.INTERVALS),
                "history does not move the routine progress");

        client.answer(new SmtException(Failure.PROTOCOL_ERROR, "garbled"));
        worker.runDueTasks(account, listener);
        assertEquals(
                List.of("intervals " + CHUNK_1, "intervals " + CHUNK_1, "intervals " + CHUNK_1, "intervals " + CHUNK_2),
                client.calls);
        assertEquals(List.of(Duration.ofSeconds(5)), waits, "the next chunk waited 5 s after the last request");
        failedAt = clock.instant();
        clock.set(failedAt.plus(Duration.ofMinutes(1)).minusMillis(1));
        assertEquals(List.of(), dueSteps(worker));
        clock.set(failedAt.plus(Duration.ofMinutes(1)));
        assertEquals(List.of(PlannedTask.Step.FETCH), dueSteps(worker), "back to one minute after a success");
    }

    @Test
    void aHistoryWaitInterruptedSendsNothingAndKeepsTheInterrupt() {
        policy.backfillSent(clock.instant());
        MeterPlanner planner = new MeterPlanner(clock, ESIID, new MeterSettings(0, 0, 7),
                progress(YESTERDAY, PlannedTask.backfill(DataKind.INTERVALS, CHUNK_1)));
        MeterWorker worker = new MeterWorker(clock, ESIID, "", planner, backoff, d -> {
            throw new InterruptedException();
        });
        assertTrue(worker.run(account, listener, PlannedTask.backfill(DataKind.INTERVALS, CHUNK_1)));
        assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
        assertEquals(List.of(), client.calls);
        assertEquals(1, planner.progress().backfill().size(), "the chunk is still to load");
    }

    @Test
    void anAccountWideFailureStopsTheMeterAndIsRetriedAfter30Seconds() {
        MeterWorker worker = worker(30, progress(LocalDate.of(2026, 3, 2)), "");
        client.answer(new SmtException(Failure.SERVER_ERROR, "500"));
        worker.runDueTasks(account, listener);
        assertEquals(List.of("requestRead from-list"), client.calls, "the meter's other requests wait");
        assertEquals(List.of("meter shows account's SERVER_ERROR", "account shows SERVER_ERROR"), events);
        clock.set(central(10, 0).plusSeconds(30).minusMillis(1));
        assertFalse(dueSteps(worker).contains(PlannedTask.Step.READ));
        clock.set(central(10, 0).plusSeconds(30));
        assertTrue(dueSteps(worker).contains(PlannedTask.Step.READ));
    }

    @Test
    void anAccountWideFailureWithALaterRetryTimeWaitsForIt() {
        MeterWorker worker = reader();
        client.answer(SmtException.blocked("403", central(11, 0)));
        assertFalse(worker.run(account, listener, PlannedTask.read()));
        assertEquals(List.of("meter shows account's BLOCKED", "account shows BLOCKED"), events);
        assertReadDueAfter(worker, Duration.ofHours(1), "not before SMT's block ends");
    }

    @Test
    void anAccountWideFailureWithAnEarlierRetryTimeStillWaits30Seconds() {
        MeterWorker worker = reader();
        client.answer(SmtException.blocked("403", central(10, 0).plusSeconds(10)));
        assertFalse(worker.run(account, listener, PlannedTask.read()));
        assertReadDueAfter(worker, Duration.ofSeconds(30), "the account's retry");
    }

    @Test
    void aMeterFailureOfAReadBacksOffAndIsShownOnTheMeterOnly() {
        MeterWorker worker = reader();
        client.answer(new SmtException(Failure.UNKNOWN_ESIID, "no such meter"));
        assertTrue(worker.run(account, listener, PlannedTask.read()));
        assertEquals(List.of("meter shows UNKNOWN_ESIID"), events);
        assertReadDueAfter(worker, Duration.ofMinutes(1), "a minute's back-off");
    }

    @Test
    void aReadStartsWithTheListedMeterNumberAndItsOutcomeReachesTheItems() {
        MeterWorker worker = reader();
        client.answer(accepted());
        worker.runDueTasks(account, listener);
        assertEquals(List.of("requestRead from-list"), client.calls, "no configured number: the account's list");
        assertEquals(List.of("read PENDING", "succeeded"), events);
        assertTrue(worker.planner().readInFlight().isPresent());

        clock.advance(Duration.ofSeconds(30));
        client.answer(MeterRead.withoutValue(ReadStatus.PENDING));
        worker.runDueTasks(account, listener);
        assertEquals(List.of("read PENDING", "succeeded", "succeeded"), events, "still pending: nothing new shown");
        clock.advance(Duration.ofSeconds(30));
        client.answer(MeterRead.completed(BigDecimal.TEN, clock.instant()));
        worker.runDueTasks(account, listener);
        assertEquals(List.of("read PENDING", "succeeded", "succeeded", "read COMPLETED", "succeeded"), events);
        assertTrue(worker.planner().readInFlight().isEmpty());
        assertEquals(List.of("requestRead from-list", "login", "readStatus", "login", "readStatus"), client.calls);
    }

    @Test
    void aConfiguredMeterNumberIsUsedAsIs() {
        MeterWorker worker = worker(30, progress(YESTERDAY), "M-42");
        client.answer(accepted());
        worker.runDueTasks(account, listener);
        assertEquals(List.of("requestRead M-42"), client.calls);
    }

    @Test
    void aStatusPollWithoutAReadInFlightAsksNothing() {
        MeterWorker worker = reader();
        assertTrue(worker.run(account, listener, PlannedTask.readStatus()));
        assertEquals(List.of(), client.calls);
        assertEquals(List.of("succeeded"), events);
    }

    @Test
    void smtsReadLimitShowsLimitAndTheNextReadWaitsUntilMidnight() {
        MeterWorker worker = reader();
        client.answer(new ReadRequest(ESIID, "m", null, clock.instant(), LimitScope.DAY));
        assertTrue(worker.run(account, listener, PlannedTask.read()));
        assertEquals(List.of("read LIMIT"), events);
        assertReadDueAfter(worker, Duration.ofHours(14), "Central midnight");
    }

    @Test
    void aRefusedRequestWaitsForTheRefusalsTimeOr30SecondsWithoutShowingAFailure() {
        MeterWorker worker = reader();
        client.answer(SmtException.refused(new Refusal(Rule.ROUTINE_SPACING, central(10, 5), "spacing")));
        assertTrue(worker.run(account, listener, PlannedTask.read()));
        assertEquals(List.of(), events);
        assertReadDueAfter(worker, Duration.ofMinutes(5), "the refusal's time");

        client.answer(SmtException.refused(new Refusal(Rule.CREDENTIALS_REJECTED, null, "rejected")));
        assertTrue(worker.run(account, listener, PlannedTask.read()));
        assertEquals(List.of(), events, "the account shows rejected credentials, not each meter");
        assertReadDueAfter(worker, Duration.ofSeconds(30), "no time given: the account's retry");
    }

    @Test
    void aReadSmtHasNoDataForIsTriedAgainTwoHoursLater() {
        MeterWorker worker = reader();
        client.answer(new SmtException(Failure.NOT_YET_AVAILABLE, "nothing yet"));
        assertTrue(worker.run(account, listener, PlannedTask.read()));
        assertEquals(List.of(), events);
        assertReadDueAfter(worker, MeterPlanner.DATA_RETRY, "two hours");
    }

    @Test
    void anOfflineAccountGetsNoRequest() {
        MeterWorker worker = reader();
        accountPolicy = null;
        worker.runDueTasks(account, listener);
        assertFalse(worker.run(account, listener, PlannedTask.read()));
        assertEquals(List.of(), client.calls);
        assertEquals(List.of(), events);
    }

    @Test
    void aFailedStatusPollKeepsTheReadPolledOnScheduleAndAFailedLastPollEndsIt() {
        MeterWorker worker = reader();
        Instant start = clock.instant();
        client.answer(accepted());
        worker.runDueTasks(account, listener);
        for (Duration poll : List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8))) {
            clock.set(start.plus(poll));
            assertEquals(List.of(PlannedTask.Step.READ_STATUS), dueSteps(worker), "poll at " + poll);
            client.answer(new SmtException(Failure.PROTOCOL_ERROR, "garbled"));
            worker.runDueTasks(account, listener);
            assertTrue(worker.planner().readInFlight().isPresent(), "the read goes on after a failed poll");
        }
        clock.set(start.plus(Duration.ofMinutes(15)));
        client.answer(new SmtException(Failure.PROTOCOL_ERROR, "garbled"));
        worker.runDueTasks(account, listener);
        assertTrue(worker.planner().readInFlight().isEmpty(), "the last poll failed: the read is over");
        clock.set(start.plus(Duration.ofMinutes(30)));
        assertEquals(List.of(PlannedTask.Step.READ), dueSteps(worker), "the next read on the interval");
    }

    @Test
    void dailyReadsOrBillingPeriodsWithOnlyDaysNotAskedAreAProtocolProblem() {
        MeterProgress progress = progress(LocalDate.of(2026, 3, 8));
        progress.monthlyFetchedOn(TODAY.minusDays(1));
        MeterWorker worker = worker(0, progress, "");
        client.offered.add(new DateRange(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 31)));
        client.answer(intervals(reading(YESTERDAY, IntervalKind.CONSUMPTION)));
        client.answer(List.of());
        client.answer(List.of());
        worker.runDueTasks(account, listener);
        assertEquals(List.of("intervals 1", "succeeded", "meter shows PROTOCOL_ERROR", "meter shows PROTOCOL_ERROR"),
                events);
        assertEquals(TODAY.minusDays(1), progress.monthlyFetchedOn(), "not fetched today");
    }

    @Test
    void billingPeriodsAskedAreKeptBesideOnesNotAsked() {
        MeterProgress progress = progress(YESTERDAY);
        progress.monthlyFetchedOn(TODAY.minusDays(1));
        MeterWorker worker = worker(0, progress, "");
        client.offered.add(new DateRange(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 31)));
        client.answer(List.of(new MonthlyUsage(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), BigDecimal.ONE)));
        worker.runDueTasks(account, listener);
        assertEquals(List.of("monthly 1", "succeeded"), events);
        assertEquals(TODAY, progress.monthlyFetchedOn());
    }

    @Test
    void dataThatStopsBeforeYesterdayIsAskedAgainTwoHoursLater() {
        MeterWorker worker = worker(0, progress(LocalDate.of(2026, 3, 2)), "");
        client.answer(intervals(reading(TODAY.minusDays(2), IntervalKind.CONSUMPTION)));
        client.answer(List.of(daily(TODAY.minusDays(2))));
        worker.runDueTasks(account, listener);
        assertEquals(TODAY.minusDays(2), worker.planner().progress().completeUntil(DataKind.INTERVALS));
        clock.advance(MeterPlanner.DATA_RETRY.minusMillis(1));
        assertEquals(List.of(), dueSteps(worker), "not at the 15-minute rule's end: in two hours");
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of(PlannedTask.Step.FETCH, PlannedTask.Step.FETCH), dueSteps(worker));
    }

    @Test
    void fifteenMinuteDataWithoutConsumptionIsAskedAgainTwoHoursLater() {
        MeterProgress progress = progress(LocalDate.of(2026, 3, 2));
        progress.completeUntil(DataKind.DAILY, YESTERDAY);
        MeterWorker worker = worker(0, progress, "");
        client.answer(intervals(reading(YESTERDAY, IntervalKind.GENERATION)));
        worker.runDueTasks(account, listener);
        assertEquals(List.of("intervals 1", "succeeded"), events, "the generation reaches the items");
        assertEquals(LocalDate.of(2026, 3, 2), progress.completeUntil(DataKind.INTERVALS), "no day is complete");
        clock.advance(MeterPlanner.DATA_RETRY.minusMillis(1));
        assertEquals(List.of(), dueSteps(worker));
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of(PlannedTask.Step.FETCH), dueSteps(worker));
    }
}
