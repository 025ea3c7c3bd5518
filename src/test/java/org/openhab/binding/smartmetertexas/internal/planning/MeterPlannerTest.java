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
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
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

    private final ManualClock clock = new ManualClock(central(2026, 3, 10, 8, 0));

    private static Instant central(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SmtTime.CENTRAL).toInstant();
    }

    private MeterPlanner planner(MeterSettings settings, MeterProgress progress) {
        return new MeterPlanner(clock, settings, progress, POLLS);
    }

    private static List<TaskKind> routineKinds(List<PlannedTask> tasks) {
        return tasks.stream().filter(t -> !t.backfill()).map(PlannedTask::kind).toList();
    }

    private static List<TaskKind> readKinds(List<PlannedTask> tasks) {
        return tasks.stream().map(PlannedTask::kind).filter(k -> k == TaskKind.READ || k == TaskKind.READ_STATUS)
                .toList();
    }

    /** Progress of a meter that has everything up to the day before yesterday. */
    private MeterProgress upTo(LocalDate day) {
        MeterProgress progress = new MeterProgress();
        progress.planHistory(List.of());
        progress.completeUntil(TaskKind.INTERVALS, day);
        progress.completeUntil(TaskKind.DAILY, day);
        progress.monthlyFetchedOn(day);
        return progress;
    }

    @Test
    void firstStartFetchesAWholeChunkAtOnceAndTheRestAsHistory() {
        MeterPlanner planner = planner(new MeterSettings(90, 90, 7), new MeterProgress());
        List<PlannedTask> tasks = planner.dueTasks();
        assertEquals(List.of(TaskKind.READ, TaskKind.INTERVALS, TaskKind.DAILY, TaskKind.MONTHLY), routineKinds(tasks),
                "the first fetch need not wait for 09:30: the days before yesterday are published");
        assertEquals(new DateRange(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 3, 9)), tasks.get(1).range(),
                "31 days up to yesterday");
        assertEquals(new DateRange(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 3, 10)), tasks.get(3).range(),
                "billing periods over the whole history, and at least the last three");
        PlannedTask history = tasks.get(tasks.size() - 1);
        assertTrue(history.backfill());
        assertEquals(TaskKind.INTERVALS, history.kind());
        assertEquals(new DateRange(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 6)), history.range(),
                "the chunk before the first fetch");
    }

    @Test
    void yesterdaysDataIsFirstAskedAt0930CentralWithTheRevisionWindow() {
        MeterPlanner planner = planner(new MeterSettings(0, 0, 7), upTo(LocalDate.of(2026, 3, 8)));
        clock.set(central(2026, 3, 10, 9, 29));
        assertEquals(List.of(), routineKinds(planner.dueTasks()));
        clock.set(central(2026, 3, 10, 9, 30));
        List<PlannedTask> tasks = planner.dueTasks();
        assertEquals(List.of(TaskKind.INTERVALS, TaskKind.DAILY, TaskKind.MONTHLY), routineKinds(tasks));
        assertEquals(new DateRange(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9)), tasks.get(0).range());
        assertEquals(new DateRange(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 3, 10)), tasks.get(2).range());
    }

    @Test
    void dataNotYetPublishedIsRetriedEveryTwoHoursThenNotUntilTomorrow() {
        MeterPlanner planner = planner(new MeterSettings(0, 0, 7), upTo(LocalDate.of(2026, 3, 8)));
        clock.set(central(2026, 3, 10, 9, 30));
        PlannedTask intervals = planner.dueTasks().get(0);
        planner.dataReceived(intervals, LocalDate.of(2026, 3, 8));
        clock.advance(Duration.ofMinutes(119));
        assertFalse(routineKinds(planner.dueTasks()).contains(TaskKind.INTERVALS), "not again within 2 hours");
        clock.advance(Duration.ofMinutes(1));
        PlannedTask retry = planner.dueTasks().get(0);
        assertEquals(TaskKind.INTERVALS, retry.kind());
        planner.dataReceived(retry, LocalDate.of(2026, 3, 9));
        clock.set(central(2026, 3, 11, 9, 29));
        assertFalse(routineKinds(planner.dueTasks()).contains(TaskKind.INTERVALS), "yesterday arrived: done today");
        clock.set(central(2026, 3, 11, 9, 30));
        assertTrue(routineKinds(planner.dueTasks()).contains(TaskKind.INTERVALS), "next day's data");
    }

    @Test
    void publicationWindowFollowsCentralWallTimeOnDstDays() {
        for (Instant firstTry : List.of(Instant.parse("2026-03-08T14:30:00Z"), Instant.parse("2026-11-01T15:30:00Z"))) {
            LocalDate today = SmtTime.dayOf(firstTry);
            MeterPlanner planner = planner(new MeterSettings(0, 0, 1), upTo(today.minusDays(2)));
            clock.set(firstTry.minusSeconds(60));
            assertEquals(List.of(), routineKinds(planner.dueTasks()), "before 09:30 Central at " + firstTry);
            clock.set(firstTry);
            assertTrue(routineKinds(planner.dueTasks()).contains(TaskKind.INTERVALS), "09:30 Central is " + firstTry);
        }
    }

    @Test
    void readFollowsTheIntervalAndItsStatusIsPolledOnScheduleThenGivenUp() {
        MeterPlanner planner = planner(new MeterSettings(90, 0, 7), new MeterProgress());
        Instant start = clock.instant();
        assertEquals(List.of(TaskKind.READ), readKinds(planner.dueTasks()));
        planner.readRequested();
        assertEquals(List.of(), readKinds(planner.dueTasks()), "one read in flight at a time");
        for (int poll = 0; poll < POLLS.size(); poll++) {
            clock.set(start.plus(POLLS.get(poll)).minusSeconds(1));
            assertEquals(List.of(), readKinds(planner.dueTasks()), "poll " + poll + " not early");
            clock.set(start.plus(POLLS.get(poll)));
            assertEquals(List.of(TaskKind.READ_STATUS), readKinds(planner.dueTasks()));
            boolean givenUp = planner.readPolled(false);
            assertEquals(poll == POLLS.size() - 1, givenUp, "given up only after the last poll");
        }
        clock.set(start.plus(Duration.ofMinutes(89)));
        assertEquals(List.of(), readKinds(planner.dueTasks()));
        clock.set(start.plus(Duration.ofMinutes(90)));
        assertEquals(List.of(TaskKind.READ), readKinds(planner.dueTasks()));
    }

    @Test
    void deferredReadWaitsUntilTheLimitEnds() {
        MeterPlanner planner = planner(new MeterSettings(30, 0, 7), new MeterProgress());
        Instant limitEnds = clock.instant().plus(Duration.ofHours(3));
        planner.readDeferred(limitEnds);
        clock.set(limitEnds.minusSeconds(1));
        assertEquals(List.of(), readKinds(planner.dueTasks()));
        clock.set(limitEnds);
        assertEquals(List.of(TaskKind.READ), readKinds(planner.dueTasks()));
    }

    @Test
    void longGapBecomesHistorySoRoutineRequestsStayOneChunk() {
        MeterProgress progress = new MeterProgress();
        progress.planHistory(List.of());
        progress.completeUntil(TaskKind.INTERVALS, LocalDate.of(2026, 1, 1));
        progress.completeUntil(TaskKind.DAILY, LocalDate.of(2026, 3, 9));
        progress.monthlyFetchedOn(LocalDate.of(2026, 3, 10));
        MeterPlanner planner = planner(new MeterSettings(0, 0, 7), progress);
        clock.set(central(2026, 3, 10, 10, 0));
        List<PlannedTask> tasks = planner.dueTasks();
        assertEquals(new DateRange(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 3, 9)), tasks.get(0).range());
        assertTrue(tasks.get(0).days().days() <= MeterPlanner.CHUNK_DAYS);
        assertEquals(List.of(
                new MeterProgress.BackfillItem(TaskKind.INTERVALS,
                        new DateRange(LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 6))),
                new MeterProgress.BackfillItem(TaskKind.INTERVALS,
                        new DateRange(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 6)))),
                progress.backfill());
    }

    @Test
    void historyResumesFromStoredProgressWithoutStartingOver() {
        MeterProgress progress = new MeterProgress();
        MeterPlanner planner = planner(new MeterSettings(0, 730, 7), progress);
        PlannedTask first = planner.dueTasks().stream().filter(PlannedTask::backfill).findFirst().orElseThrow();
        assertTrue(first.backfill());
        int planned = progress.backfill().size();
        assertEquals(23 * 2, planned, "699 days before the first 31-day fetch, in 31-day chunks, for two kinds");
        planner.dataReceived(first, first.days().to());

        MeterProgress restored = MeterProgress.fromJson(progress.toJson());
        MeterPlanner afterRestart = planner(new MeterSettings(0, 730, 7), restored);
        PlannedTask next = afterRestart.dueTasks().stream().filter(PlannedTask::backfill).findFirst().orElseThrow();
        assertEquals(planned - 1, restored.backfill().size(), "no history planned twice");
        assertNotEquals(first, next, "the loaded chunk is not asked again");
        assertEquals(progress.backfill().get(0), new MeterProgress.BackfillItem(next.kind(), next.days()));
    }

    @Test
    void userBackfillGoesFirst() {
        MeterProgress progress = new MeterProgress();
        MeterPlanner planner = planner(new MeterSettings(0, 60, 7), progress);
        planner.dueTasks();
        planner.requestBackfill(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 15)));
        PlannedTask next = planner.dueTasks().stream().filter(PlannedTask::backfill).findFirst().orElseThrow();
        assertEquals(new PlannedTask(TaskKind.INTERVALS,
                new DateRange(LocalDate.of(2025, 1, 16), LocalDate.of(2025, 2, 15)), true), next);
    }

    @Test
    void historySmtDoesNotHaveIsNotAskedAgain() {
        MeterProgress progress = new MeterProgress();
        MeterPlanner planner = planner(new MeterSettings(0, 120, 7), progress);
        PlannedTask first = planner.dueTasks().stream().filter(PlannedTask::backfill).findFirst().orElseThrow();
        assertTrue(progress.backfill().contains(new MeterProgress.BackfillItem(first.kind(), first.days())));
        planner.dataNotYetAvailable(first);
        assertFalse(progress.backfill().contains(new MeterProgress.BackfillItem(first.kind(), first.days())));
    }

    @Test
    void unreadableStoredProgressStartsAfresh() {
        assertFalse(MeterProgress.fromJson("{not json").historyPlanned());
        assertFalse(MeterProgress.fromJson("{\"backfill\":[{\"kind\":\"NOPE\"}]}").historyPlanned());
    }

    @Test
    void settingsOutsideTheLimitsAreNamed() {
        assertTrue(new MeterSettings(1441, 30, 7).problem().orElseThrow().contains("readInterval"));
        assertTrue(new MeterSettings(29, 30, 7).problem().isEmpty(), "below 30 minutes is taken as 30");
        assertEquals(Optional.of(Duration.ofMinutes(30)), new MeterSettings(10, 30, 7).readInterval());
        assertTrue(new MeterSettings(10, 30, 7).readIntervalRaised());
        assertFalse(new MeterSettings(30, 30, 7).readIntervalRaised());
        assertFalse(new MeterSettings(0, 30, 7).readIntervalRaised());
        assertTrue(new MeterSettings(0, 30, 7).problem().isEmpty());
        assertTrue(new MeterSettings(30, 731, 7).problem().orElseThrow().contains("historyDays"));
        assertTrue(new MeterSettings(30, 30, 0).problem().orElseThrow().contains("revisionDays"));
    }
}
