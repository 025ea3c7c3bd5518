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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.api.ReadRequest;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.policy.OdrPollSchedule;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * What the planner asks for, and when, over simulated time: the user sees reads every read interval, yesterday's data
 * soon after SMT publishes it, and history loading in the background.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterPlannerTest {

    private static final List<Duration> POLLS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15));
    private static final Esiid ESIID = new Esiid("10443720000000001");

    /** What a planned task asks for, in one word. */
    private enum TaskKind {
        READ,
        READ_STATUS,
        INTERVALS,
        DAILY,
        MONTHLY
    }

    private final ManualClock clock = new ManualClock(central(2026, 3, 10, 8, 0));
    private final RequestPolicy policy = new RequestPolicy(clock);

    private static TaskKind kindOf(PlannedTask task) {
        return switch (task.step()) {
            case READ -> TaskKind.READ;
            case READ_STATUS -> TaskKind.READ_STATUS;
            case FETCH -> TaskKind.valueOf(task.data().name());
        };
    }

    private List<PlannedTask> due(MeterPlanner planner) {
        return planner.dueTasks(policy);
    }

    private static Instant central(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SmtTime.CENTRAL).toInstant();
    }

    private MeterPlanner planner(MeterSettings settings, MeterProgress progress) {
        return new MeterPlanner(clock, ESIID, settings, progress);
    }

    private static List<TaskKind> routineKinds(List<PlannedTask> tasks) {
        return tasks.stream().filter(t -> !t.backfill()).map(MeterPlannerTest::kindOf).toList();
    }

    private static List<TaskKind> readKinds(List<PlannedTask> tasks) {
        return tasks.stream().map(MeterPlannerTest::kindOf).filter(k -> k == TaskKind.READ || k == TaskKind.READ_STATUS)
                .toList();
    }

    /** Progress of a meter that has everything up to the day before yesterday. */
    private MeterProgress upTo(LocalDate day) {
        MeterProgress progress = new MeterProgress();
        progress.planHistory(List.of());
        progress.completeUntil(DataKind.INTERVALS, day);
        progress.completeUntil(DataKind.DAILY, day);
        progress.monthlyFetchedOn(day);
        return progress;
    }

    @Test
    void firstStartFetchesAWholeChunkAtOnceAndTheRestAsHistory() {
        MeterPlanner planner = planner(new MeterSettings(90, 90, 7), new MeterProgress());
        List<PlannedTask> tasks = due(planner);
        assertEquals(List.of(TaskKind.READ, TaskKind.INTERVALS, TaskKind.DAILY, TaskKind.MONTHLY), routineKinds(tasks),
                "the first fetch need not wait for 09:30: the days before yesterday are published");
        assertEquals(new DateRange(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 3, 9)), tasks.get(1).range(),
                "31 days up to yesterday");
        assertEquals(new DateRange(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 3, 10)), tasks.get(3).range(),
                "billing periods over the whole history, and at least the last three");
        PlannedTask history = tasks.get(tasks.size() - 1);
        assertTrue(history.backfill());
        assertEquals(TaskKind.INTERVALS, kindOf(history));
        assertEquals(new DateRange(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 6)), history.range(),
                "the chunk before the first fetch");
    }

    @Test
    void neverAsksForDaysOlderThanSmtKeeps() {
        LocalDate oldest = AskedDays.oldestKept(LocalDate.of(2026, 3, 10));
        assertEquals(LocalDate.of(2024, 3, 9), oldest, "24 months back from yesterday");
        // a meter whose data stopped three years ago: its gap is loaded back to what SMT keeps, no further
        MeterPlanner behind = planner(new MeterSettings(0, 730, 7), upTo(LocalDate.of(2023, 1, 1)));
        clock.set(central(2026, 3, 10, 9, 30));
        due(behind);
        List<DateRange> asked = behind.progress().backfill().stream().map(PlannedTask::days).toList();
        assertFalse(asked.isEmpty());
        assertEquals(oldest, asked.stream().map(DateRange::from).min(LocalDate::compareTo).orElseThrow());

        // the user asks for history reaching back past it: only the kept days are queued
        MeterPlanner planner = planner(new MeterSettings(0, 0, 7), upTo(LocalDate.of(2026, 3, 8)));
        assertEquals(new DateRange(oldest, LocalDate.of(2024, 4, 30)), planner
                .requestBackfill(new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 4, 30))).orElseThrow());
        assertEquals(oldest, planner.progress().backfill().stream().map(b -> b.days().from()).min(LocalDate::compareTo)
                .orElseThrow());
        assertTrue(planner.requestBackfill(new DateRange(LocalDate.of(2023, 1, 1), oldest.minusDays(1))).isEmpty(),
                "a range entirely older than SMT keeps is not queued");
    }

    @Test
    void yesterdaysDataIsFirstAskedAt0930CentralWithTheRevisionWindow() {
        MeterPlanner planner = planner(new MeterSettings(0, 0, 7), upTo(LocalDate.of(2026, 3, 8)));
        clock.set(central(2026, 3, 10, 9, 29));
        assertEquals(List.of(), routineKinds(due(planner)));
        clock.set(central(2026, 3, 10, 9, 30));
        List<PlannedTask> tasks = due(planner);
        assertEquals(List.of(TaskKind.INTERVALS, TaskKind.DAILY, TaskKind.MONTHLY), routineKinds(tasks));
        assertEquals(new DateRange(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9)), tasks.get(0).range());
        assertEquals(new DateRange(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 3, 10)), tasks.get(2).range());
    }

    @Test
    void dataNotYetPublishedIsRetriedEveryTwoHoursThenNotUntilTomorrow() {
        MeterPlanner planner = planner(new MeterSettings(0, 0, 7), upTo(LocalDate.of(2026, 3, 8)));
        clock.set(central(2026, 3, 10, 9, 30));
        PlannedTask intervals = due(planner).get(0);
        planner.dataReceived(intervals, LocalDate.of(2026, 3, 8));
        clock.advance(Duration.ofMinutes(119));
        assertFalse(routineKinds(due(planner)).contains(TaskKind.INTERVALS), "not again within 2 hours");
        clock.advance(Duration.ofMinutes(1));
        PlannedTask retry = due(planner).get(0);
        assertEquals(TaskKind.INTERVALS, kindOf(retry));
        planner.dataReceived(retry, LocalDate.of(2026, 3, 9));
        clock.set(central(2026, 3, 11, 9, 29));
        assertFalse(routineKinds(due(planner)).contains(TaskKind.INTERVALS), "yesterday arrived: done today");
        clock.set(central(2026, 3, 11, 9, 30));
        assertTrue(routineKinds(due(planner)).contains(TaskKind.INTERVALS), "next day's data");
    }

    @Test
    void publicationWindowFollowsCentralWallTimeOnDstDays() {
        for (Instant firstTry : List.of(Instant.parse("2026-03-08T14:30:00Z"), Instant.parse("2026-11-01T15:30:00Z"))) {
            LocalDate today = SmtTime.dayOf(firstTry);
            MeterPlanner planner = planner(new MeterSettings(0, 0, 1), upTo(today.minusDays(2)));
            clock.set(firstTry.minusSeconds(60));
            assertEquals(List.of(), routineKinds(due(planner)), "before 09:30 Central at " + firstTry);
            clock.set(firstTry);
            assertTrue(routineKinds(due(planner)).contains(TaskKind.INTERVALS), "09:30 Central is " + firstTry);
        }
    }

    @Test
    void readFollowsTheIntervalAndItsStatusIsPolledOnScheduleThenGivenUp() {
        MeterPlanner planner = planner(new MeterSettings(90, 0, 7), new MeterProgress());
        Instant start = clock.instant();
        assertEquals(List.of(TaskKind.READ), readKinds(due(planner)));
        ReadTicket ticket = new ReadTicket(new ReadRequest(ESIID, "1", null, start, null), OdrPollSchedule.DEFAULT);
        planner.readStarted(ticket);
        assertEquals(List.of(), readKinds(due(planner)), "one read in flight at a time");
        for (int poll = 0; poll < POLLS.size(); poll++) {
            clock.set(start.plus(POLLS.get(poll)).minusMillis(1));
            assertEquals(List.of(), readKinds(due(planner)), "poll " + poll + " not early, not even by a millisecond");
            clock.set(start.plus(POLLS.get(poll)));
            assertEquals(List.of(TaskKind.READ_STATUS), readKinds(due(planner)));
            ticket.polled();
            assertEquals(poll < POLLS.size() - 1, planner.readInFlight().isPresent(),
                    "given up only after the last poll");
        }
        clock.set(start.plus(Duration.ofMinutes(89)));
        assertEquals(List.of(), readKinds(due(planner)));
        clock.set(start.plus(Duration.ofMinutes(90)));
        assertEquals(List.of(TaskKind.READ), readKinds(due(planner)));
    }

    @Test
    void aRoutineRequestOfAKindWaits15MinutesAfterTheLastOneEvenWhenARetryIsDueSooner() {
        MeterPlanner planner = planner(new MeterSettings(0, 0, 7), upTo(LocalDate.of(2026, 3, 8)));
        clock.set(central(2026, 3, 10, 9, 30));
        PlannedTask daily = due(planner).stream().filter(t -> kindOf(t) == TaskKind.DAILY).findFirst().orElseThrow();
        planner.sent(daily, policy);
        planner.failed(daily, clock.instant().plusSeconds(60));
        clock.advance(Duration.ofMinutes(15).minusMillis(1));
        assertFalse(routineKinds(due(planner)).contains(TaskKind.DAILY), "not within 15 minutes of the last one");
        MeterPlanner otherMeter = new MeterPlanner(clock, new Esiid("10443720000000002"), new MeterSettings(0, 0, 7),
                upTo(LocalDate.of(2026, 3, 8)));
        assertTrue(routineKinds(otherMeter.dueTasks(policy)).contains(TaskKind.DAILY), "another meter is free");
        clock.advance(Duration.ofMillis(1));
        assertTrue(routineKinds(due(planner)).contains(TaskKind.DAILY), "after 15 minutes it goes again");
    }

    @Test
    void historyChunksAndAFirstMonthlyRequestReachingBackAYearArePacedAsHistory() {
        MeterPlanner planner = planner(new MeterSettings(0, 730, 7), new MeterProgress());
        List<PlannedTask> tasks = due(planner);
        PlannedTask monthly = tasks.stream().filter(t -> kindOf(t) == TaskKind.MONTHLY).findFirst().orElseThrow();
        assertEquals(MeterPlanner.MONTHLY_REQUEST_DAYS, monthly.days().days(), "the newest year of billing periods");
        assertTrue(MeterPlanner.pacedAsHistory(monthly));
        assertTrue(tasks.stream().filter(PlannedTask::backfill).allMatch(MeterPlanner::pacedAsHistory));
        PlannedTask intervals = tasks.stream().filter(t -> kindOf(t) == TaskKind.INTERVALS).findFirst().orElseThrow();
        assertFalse(MeterPlanner.pacedAsHistory(intervals), "yesterday's data is not history");
        assertFalse(MeterPlanner.pacedAsHistory(PlannedTask.read()));
    }

    @Test
    void historyRequestsOfTheAccountGoFiveSecondsApart() throws InterruptedException {
        List<Duration> waits = new java.util.ArrayList<>();
        HistoryPacing pacing = new HistoryPacing(policy, d -> {
            waits.add(d);
            clock.advance(d);
        });
        pacing.awaitTurn();
        assertEquals(List.of(), waits, "the first history request waits for nothing");
        pacing.sent();
        clock.advance(Duration.ofSeconds(2));
        new HistoryPacing(policy, d -> {
            waits.add(d);
            clock.advance(d);
        }).awaitTurn();
        assertEquals(List.of(Duration.ofSeconds(3)), waits, "another meter of the account waits the rest of 5 s");
    }

    @Test
    void deferredReadWaitsUntilTheLimitEnds() {
        MeterPlanner planner = planner(new MeterSettings(30, 0, 7), new MeterProgress());
        Instant limitEnds = clock.instant().plus(Duration.ofHours(3));
        planner.readDeferred(limitEnds);
        clock.set(limitEnds.minusSeconds(1));
        assertEquals(List.of(), readKinds(due(planner)));
        clock.set(limitEnds);
        assertEquals(List.of(TaskKind.READ), readKinds(due(planner)));
    }

    @Test
    void longGapBecomesHistorySoRoutineRequestsStayOneChunk() {
        MeterProgress progress = new MeterProgress();
        progress.planHistory(List.of());
        progress.completeUntil(DataKind.INTERVALS, LocalDate.of(2026, 1, 1));
        progress.completeUntil(DataKind.DAILY, LocalDate.of(2026, 3, 9));
        progress.monthlyFetchedOn(LocalDate.of(2026, 3, 10));
        MeterPlanner planner = planner(new MeterSettings(0, 0, 7), progress);
        clock.set(central(2026, 3, 10, 10, 0));
        List<PlannedTask> tasks = due(planner);
        assertEquals(new DateRange(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 3, 9)), tasks.get(0).range());
        assertTrue(tasks.get(0).days().days() <= MeterPlanner.REQUEST_DAYS);
        assertEquals(List.of(
                PlannedTask.backfill(DataKind.INTERVALS,
                        new DateRange(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 6))),
                PlannedTask.backfill(DataKind.INTERVALS,
                        new DateRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 6)))),
                progress.backfill());
    }

    @Test
    void historyResumesFromStoredProgressWithoutStartingOver() {
        MeterProgress progress = new MeterProgress();
        MeterPlanner planner = planner(new MeterSettings(0, 730, 7), progress);
        PlannedTask first = due(planner).stream().filter(PlannedTask::backfill).findFirst().orElseThrow();
        assertTrue(first.backfill());
        int planned = progress.backfill().size();
        assertEquals(23 * 2 + 1, planned, "699 days before the first 31-day fetch, in 31-day chunks, for two kinds, "
                + "and the billing periods older than the first year-long monthly request");
        planner.dataReceived(first, first.days().to());

        MeterProgress restored = MeterProgress.fromJson(progress.toJson());
        MeterPlanner afterRestart = planner(new MeterSettings(0, 730, 7), restored);
        PlannedTask next = due(afterRestart).stream().filter(PlannedTask::backfill).findFirst().orElseThrow();
        assertEquals(planned - 1, restored.backfill().size(), "no history planned twice");
        assertNotEquals(first, next, "the loaded chunk is not asked again");
        assertEquals(progress.backfill().get(0), next);
    }

    @Test
    void userBackfillGoesFirst() {
        MeterProgress progress = new MeterProgress();
        MeterPlanner planner = planner(new MeterSettings(0, 60, 7), progress);
        due(planner);
        planner.requestBackfill(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 15)));
        PlannedTask next = due(planner).stream().filter(PlannedTask::backfill).findFirst().orElseThrow();
        assertEquals(PlannedTask.backfill(DataKind.INTERVALS,
                new DateRange(LocalDate.of(2025, 1, 16), LocalDate.of(2025, 2, 15))), next);
    }

    @Test
    void historySmtDoesNotHaveIsNotAskedAgain() {
        MeterProgress progress = new MeterProgress();
        MeterPlanner planner = planner(new MeterSettings(0, 120, 7), progress);
        PlannedTask first = due(planner).stream().filter(PlannedTask::backfill).findFirst().orElseThrow();
        assertTrue(progress.backfill().contains(first));
        planner.dataNotYetAvailable(first);
        assertFalse(progress.backfill().contains(first));
    }

    @Test
    void unreadableStoredProgressStartsAfresh() {
        assertFalse(MeterProgress.fromJson("{not json").historyPlanned());
        assertFalse(MeterProgress.fromJson("{\"backfill\":[{\"kind\":\"NOPE\"}]}").historyPlanned());
    }

    @Test
    void settingsOutsideTheLimitsAreNamed() {
        assertTrue(String.valueOf(new MeterSettings(1441, 30, 7).problem()).contains("readInterval"));
        assertNull(new MeterSettings(29, 30, 7).problem(), "below 30 minutes is taken as 30");
        assertEquals(Duration.ofMinutes(30), new MeterSettings(10, 30, 7).readInterval());
        assertTrue(new MeterSettings(10, 30, 7).readIntervalRaised());
        assertFalse(new MeterSettings(30, 30, 7).readIntervalRaised());
        assertFalse(new MeterSettings(0, 30, 7).readIntervalRaised());
        assertNull(new MeterSettings(0, 30, 7).problem());
        assertNull(new MeterSettings(0, 30, 7).readInterval());
        assertTrue(String.valueOf(new MeterSettings(30, 731, 7).problem()).contains("historyDays"));
        assertTrue(String.valueOf(new MeterSettings(30, 30, 0).problem()).contains("revisionDays"));
    }

    @Test
    void storedProgressKeepsEveryDayAndNeverMovesBack() {
        MeterProgress progress = new MeterProgress();
        progress.planHistory(List.of(PlannedTask.backfill(DataKind.DAILY,
                new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)))));
        progress.completeUntil(DataKind.INTERVALS, LocalDate.of(2026, 3, 8));
        progress.completeUntil(DataKind.INTERVALS, LocalDate.of(2026, 3, 5));
        progress.completeUntil(DataKind.DAILY, LocalDate.of(2026, 3, 7));
        progress.monthlyFetchedOn(LocalDate.of(2026, 3, 9));
        assertEquals(LocalDate.of(2026, 3, 8), progress.completeUntil(DataKind.INTERVALS), "a re-fetch of older days");

        MeterProgress restored = MeterProgress.fromJson(progress.toJson());
        assertEquals(LocalDate.of(2026, 3, 8), restored.completeUntil(DataKind.INTERVALS));
        assertEquals(LocalDate.of(2026, 3, 7), restored.completeUntil(DataKind.DAILY));
        assertEquals(LocalDate.of(2026, 3, 9), restored.monthlyFetchedOn());
        assertTrue(restored.historyPlanned());
        assertEquals(progress.backfill(), restored.backfill());
        assertThrows(IllegalArgumentException.class, () -> restored.completeUntil(DataKind.MONTHLY));

        MeterProgress fresh = MeterProgress.fromJson(new MeterProgress().toJson());
        assertNull(fresh.completeUntil(DataKind.INTERVALS));
        assertNull(fresh.completeUntil(DataKind.DAILY));
        assertNull(fresh.monthlyFetchedOn());
        assertNull(MeterProgress.fromJson("{\"dailyUntil\":null}").completeUntil(DataKind.DAILY));
        assertFalse(MeterProgress.fromJson(null).historyPlanned());
        assertFalse(MeterProgress.fromJson(" ").historyPlanned());
    }

    @Test
    void settingsAtTheirLimitsAreAccepted() {
        assertNull(new MeterSettings(1440, 730, 31).problem());
        assertNull(new MeterSettings(0, 0, 1).problem());
        assertTrue(String.valueOf(new MeterSettings(-1, 30, 7).problem()).contains("readInterval"));
        assertTrue(String.valueOf(new MeterSettings(30, -1, 7).problem()).contains("historyDays"));
        assertTrue(String.valueOf(new MeterSettings(30, 30, 32).problem()).contains("revisionDays"));
    }

    @Test
    void tasksSayWhatTheyAskFor() {
        DateRange january = new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertEquals("backfill INTERVALS 2026-01-01..2026-01-31",
                PlannedTask.backfill(DataKind.INTERVALS, january).toString());
        assertEquals("DAILY 2026-01-01..2026-01-31", PlannedTask.routine(DataKind.DAILY, january).toString());
        assertEquals(DataKind.DAILY, PlannedTask.routine(DataKind.DAILY, january).kind());
        assertNull(PlannedTask.read().kind());
        assertEquals("READ", PlannedTask.read().toString());
        assertEquals("READ_STATUS", PlannedTask.readStatus().toString());
        assertThrows(IllegalStateException.class, () -> PlannedTask.read().data());
        assertThrows(IllegalStateException.class, () -> PlannedTask.readStatus().days());
    }

    @Test
    void monthlyRequestsLongerThanTheRoutineWindowArePacedAsHistory() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        DateRange routine = new DateRange(today.minusDays(MeterPlanner.MONTHLY_ROUTINE_DAYS - 1L), today);
        assertFalse(MeterPlanner.pacedAsHistory(PlannedTask.routine(DataKind.MONTHLY, routine)));
        assertTrue(MeterPlanner.pacedAsHistory(
                PlannedTask.routine(DataKind.MONTHLY, new DateRange(routine.from().minusDays(1), today))));
        assertEquals(MeterPlanner.REQUEST_DAYS, MeterPlanner.chunkDays(DataKind.DAILY));
        assertEquals(MeterPlanner.MONTHLY_REQUEST_DAYS, MeterPlanner.chunkDays(DataKind.MONTHLY));
    }

    @Test
    void twoYearsOfHistoryAskTheOlderBillingPeriodsInOneRequest() {
        MeterPlanner planner = planner(new MeterSettings(0, 730, 7), new MeterProgress());
        due(planner);
        List<PlannedTask> monthly = planner.progress().backfill().stream().filter(t -> t.data() == DataKind.MONTHLY)
                .toList();
        assertEquals(
                List.of(PlannedTask.backfill(DataKind.MONTHLY,
                        new DateRange(LocalDate.of(2024, 3, 11), LocalDate.of(2025, 3, 9)))),
                monthly, "730 days up to today: the year before the newest 366 days");
    }

    @Test
    void historyStartsWhereTheFirstFetchEnds() {
        MeterPlanner whole = planner(new MeterSettings(0, 31, 7), new MeterProgress());
        due(whole);
        assertEquals(List.of(), whole.progress().backfill(), "31 days: the first fetch has them all");
        MeterPlanner oneMore = planner(new MeterSettings(0, 32, 7), new MeterProgress());
        due(oneMore);
        DateRange dayBefore = new DateRange(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 6));
        assertEquals(List.of(PlannedTask.backfill(DataKind.INTERVALS, dayBefore),
                PlannedTask.backfill(DataKind.DAILY, dayBefore)), oneMore.progress().backfill());
    }

    @Test
    void backOffGrowsToAnHourWithin20PercentJitter() {
        Backoff low = new Backoff(new java.util.Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public double nextDouble() {
                return 0;
            }
        });
        assertEquals(Duration.ofSeconds(48), low.next(), "1 minute less 20 %");
        assertEquals(Duration.ofSeconds(96), low.next());
        Backoff high = new Backoff(new java.util.Random() {
            private static final long serialVersionUID = 1L;

            @Override
            public double nextDouble() {
                return 0.5;
            }
        });
        List<Duration> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            waits.add(high.next());
        }
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofMinutes(60)), waits.subList(0, 7));
        assertTrue(waits.subList(7, 80).stream().allMatch(Duration.ofMinutes(60)::equals), "an hour, however long");
        high.reset();
        assertEquals(Duration.ofMinutes(1), high.next());
    }

    @Test
    void openHabRunsOnRealTime() {
        BindingTiming real = BindingTiming.real();
        assertSame(org.openhab.binding.smartmetertexas.internal.policy.Sleeper.SYSTEM, real.sleeper);
        assertTrue(Duration.between(real.clock.instant(), Instant.now()).abs().getSeconds() < 60);
    }

    @Test
    void aFailedStatusPollWithoutAReadInFlightChangesNothing() {
        MeterPlanner planner = planner(new MeterSettings(30, 0, 7), upTo(LocalDate.of(2026, 3, 9)));
        planner.failed(PlannedTask.readStatus(), clock.instant().plusSeconds(60));
        assertEquals(List.of(TaskKind.READ), readKinds(due(planner)));
    }
}
