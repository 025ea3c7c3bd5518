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
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.MeterProgress.BackfillItem;

/**
 * Decides what to ask SMT about one meter, and when (doc/smt-protocol.md §7): on-demand reads every read interval with
 * their
 * status polls; yesterday's 15-minute and daily data from 09:30 Central, retried every 2 hours until it arrives, each
 * time with the trailing revision window; monthly data once a day; and the history, one chunk at a time. Pure
 * decisions on an injected clock: the caller makes the requests and reports back.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MeterPlanner {

    /** SMT publishes yesterday's data from about 09:00 Central; asking earlier only earns "not yet". */
    public static final LocalTime FIRST_DATA_TRY = LocalTime.of(9, 30);
    public static final Duration DATA_RETRY = Duration.ofHours(2);
    /** History goes out in the chunks the client sends anyway: one request each. */
    public static final int CHUNK_DAYS = SmtClient.REQUEST_DAYS;
    /** About three billing periods: the current one, and the two SMT may still restate. */
    public static final int MONTHLY_ROUTINE_DAYS = 93;

    private final Clock clock;
    private final MeterSettings settings;
    private final MeterProgress progress;
    private final List<Duration> pollOffsets;

    private final Map<TaskKind, Instant> notBefore = new EnumMap<>(TaskKind.class);
    private @Nullable Instant lastReadRequest;
    private @Nullable Instant readInFlightSince;
    private int pollsDone;
    private @Nullable Instant backfillNotBefore;

    /**
     * @param pollOffsets when to poll a read's status, counted from its request (the request policy's schedule)
     */
    public MeterPlanner(Clock clock, MeterSettings settings, MeterProgress progress, List<Duration> pollOffsets) {
        this.clock = clock;
        this.settings = settings;
        this.progress = progress;
        this.pollOffsets = List.copyOf(pollOffsets);
    }

    public MeterProgress progress() {
        return progress;
    }

    /** The requests due now, routine before history, at most one piece of history at a time. */
    public List<PlannedTask> dueTasks() {
        Instant now = clock.instant();
        ZonedDateTime central = now.atZone(SmtTime.CENTRAL);
        LocalDate today = central.toLocalDate();
        LocalDate yesterday = today.minusDays(1);
        planHistoryOnce(today);

        List<PlannedTask> tasks = new ArrayList<>();
        if (readStatusDue(now)) {
            tasks.add(PlannedTask.readStatus());
        } else if (readDue(now)) {
            tasks.add(PlannedTask.read());
        }
        boolean published = !central.toLocalTime().isBefore(FIRST_DATA_TRY);
        for (TaskKind kind : List.of(TaskKind.INTERVALS, TaskKind.DAILY)) {
            LocalDate until = progress.completeUntil(kind);
            // The very first fetch need not wait for yesterday's publication: the days before it are there.
            boolean due = until == null || (published && until.isBefore(yesterday));
            if (due && allowed(kind, now)) {
                tasks.add(PlannedTask.routine(kind, routineRange(kind, until, yesterday)));
            }
        }
        LocalDate monthlyDone = progress.monthlyFetchedOn();
        if ((monthlyDone == null || (published && !today.equals(monthlyDone))) && allowed(TaskKind.MONTHLY, now)) {
            tasks.add(PlannedTask.routine(TaskKind.MONTHLY,
                    new DateRange(today.minusDays(monthlyDays(monthlyDone) - 1L), today)));
        }
        List<BackfillItem> history = progress.backfill();
        Instant backfillFrom = backfillNotBefore;
        if (!history.isEmpty() && (backfillFrom == null || !now.isBefore(backfillFrom))) {
            BackfillItem next = history.get(0);
            tasks.add(PlannedTask.backfill(next.kind(), next.range()));
        }
        return tasks;
    }

    /** The read request went out (whatever SMT answered, it counts). */
    public void readRequested() {
        Instant now = clock.instant();
        lastReadRequest = now;
        readInFlightSince = now;
        pollsDone = 0;
    }

    /** No read before {@code until}: the budget or SMT's limit said so, or SMT failed. */
    public void readDeferred(Instant until) {
        readInFlightSince = null;
        notBefore.put(TaskKind.READ, until);
    }

    /**
     * One status poll was answered.
     *
     * @param finished whether the read has its outcome (completed or failed)
     * @return true when the read is still pending after its last allowed poll: give it up as failed
     */
    public boolean readPolled(boolean finished) {
        pollsDone++;
        if (finished) {
            readInFlightSince = null;
            return false;
        }
        if (pollsDone >= pollOffsets.size()) {
            readInFlightSince = null;
            return true;
        }
        return false;
    }

    public boolean readInFlight() {
        return readInFlightSince != null;
    }

    /**
     * Data came back.
     *
     * @param newestDay the newest Central day the answer held, if any
     */
    public void dataReceived(PlannedTask task, @Nullable LocalDate newestDay) {
        Instant now = clock.instant();
        LocalDate today = SmtTime.dayOf(now);
        if (task.backfill()) {
            progress.backfillDone(new BackfillItem(task.kind(), task.days()));
            return;
        }
        if (task.kind() == TaskKind.MONTHLY) {
            progress.monthlyFetchedOn(today);
            return;
        }
        if (newestDay != null) {
            progress.completeUntil(task.kind(), newestDay);
        }
        if (newestDay == null || newestDay.isBefore(today.minusDays(1))) {
            notBefore.put(task.kind(), now.plus(DATA_RETRY));
        }
    }

    /** SMT has nothing yet: try yesterday's data again later; history it does not have is not asked again. */
    public void dataNotYetAvailable(PlannedTask task) {
        if (task.backfill()) {
            progress.backfillDone(new BackfillItem(task.kind(), task.days()));
        } else {
            notBefore.put(task.kind(), clock.instant().plus(DATA_RETRY));
        }
    }

    /** The request failed or was refused; nothing of this kind before {@code retryAt}. */
    public void failed(PlannedTask task, Instant retryAt) {
        if (task.backfill()) {
            backfillNotBefore = retryAt;
        } else if (task.kind() == TaskKind.READ_STATUS) {
            pollsDone++;
            if (pollsDone >= pollOffsets.size()) {
                readInFlightSince = null;
            }
        } else {
            notBefore.put(task.kind(), retryAt);
        }
    }

    /** The user asked for history: it goes before what remains of the first start's history. */
    public void requestBackfill(DateRange range) {
        List<BackfillItem> items = new ArrayList<>();
        for (DateRange chunk : range.chunksNewestFirst(CHUNK_DAYS)) {
            items.add(new BackfillItem(TaskKind.INTERVALS, chunk));
            items.add(new BackfillItem(TaskKind.DAILY, chunk));
        }
        progress.addBackfillFirst(items);
    }

    /** Reads requested so far today are the request policy's business; this is only about the read interval. */
    private boolean readDue(Instant now) {
        if (settings.readInterval().isEmpty() || readInFlightSince != null || !allowed(TaskKind.READ, now)) {
            return false;
        }
        Instant last = lastReadRequest;
        return last == null || !now.isBefore(last.plus(settings.readInterval().get()));
    }

    private boolean readStatusDue(Instant now) {
        Instant since = readInFlightSince;
        return since != null && pollsDone < pollOffsets.size() && !now.isBefore(since.plus(pollOffsets.get(pollsDone)));
    }

    private boolean allowed(TaskKind kind, Instant now) {
        Instant earliest = notBefore.get(kind);
        return earliest == null || !now.isBefore(earliest);
    }

    /**
     * Yesterday and the revision window before it; after a gap, from the first missing day. A gap longer than one
     * chunk becomes history to load, so a routine request never spans more than one chunk.
     */
    private DateRange routineRange(TaskKind kind, @Nullable LocalDate until, LocalDate yesterday) {
        if (until == null) {
            return new DateRange(yesterday.minusDays(firstFetchDays() - 1L), yesterday);
        }
        LocalDate from = yesterday.minusDays(settings.revisionDays() - 1L);
        if (until.plusDays(1).isBefore(from)) {
            from = until.plusDays(1);
        }
        LocalDate oldestInChunk = yesterday.minusDays(CHUNK_DAYS - 1L);
        if (from.isBefore(oldestInChunk)) {
            DateRange gap = new DateRange(from, oldestInChunk.minusDays(1));
            List<BackfillItem> items = new ArrayList<>();
            for (DateRange chunk : gap.chunksNewestFirst(CHUNK_DAYS)) {
                items.add(new BackfillItem(kind, chunk));
            }
            progress.addBackfillFirst(items);
            from = oldestInChunk;
        }
        return new DateRange(from, yesterday);
    }

    /**
     * Days the very first routine fetch covers: the revision window, or up to a whole chunk of the history, so that
     * loading history costs no more requests than its chunks.
     */
    private int firstFetchDays() {
        return Math.min(CHUNK_DAYS, Math.max(settings.historyDays(), settings.revisionDays()));
    }

    /** The first monthly fetch reaches back over the whole history; later ones over the last few periods. */
    private int monthlyDays(@Nullable LocalDate fetchedBefore) {
        return fetchedBefore == null ? Math.max(settings.historyDays(), MONTHLY_ROUTINE_DAYS) : MONTHLY_ROUTINE_DAYS;
    }

    /** On the very first start: the configured history older than the first routine fetch, newest chunk first. */
    private void planHistoryOnce(LocalDate today) {
        if (progress.historyPlanned()) {
            return;
        }
        List<BackfillItem> items = new ArrayList<>();
        LocalDate oldest = today.minusDays(settings.historyDays());
        LocalDate newest = today.minusDays(1L + firstFetchDays());
        if (!newest.isBefore(oldest)) {
            for (DateRange chunk : new DateRange(oldest, newest).chunksNewestFirst(CHUNK_DAYS)) {
                items.add(new BackfillItem(TaskKind.INTERVALS, chunk));
                items.add(new BackfillItem(TaskKind.DAILY, chunk));
            }
        }
        progress.planHistory(items);
    }
}
