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
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;

/**
 * Decides what to ask SMT about one meter, and when (doc/smt-protocol.md §7): on-demand reads every read interval
 * with their status polls; yesterday's 15-minute and daily data from 09:30 Central, retried every 2 hours until it
 * arrives, each time with the trailing revision window; monthly data once a day; and the history, one chunk at a
 * time, newest first. No routine request of a data kind within 15 minutes of the last one (the account's
 * {@link RequestPolicy} remembers it across restarts of the thing); history requests are paced by whoever sends them,
 * with {@link HistoryPacing}. Pure decisions
 * on an injected clock: the caller makes the requests and reports back.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MeterPlanner {

    /** The most days one request for 15-minute or daily data asks for (doc/smt-protocol.md §7, backfill). */
    public static final int REQUEST_DAYS = 31;
    /** The most days one request for billing periods asks for: a year, as the portal's own monthly view. */
    public static final int MONTHLY_REQUEST_DAYS = 366;
    /** SMT publishes yesterday's data from about 09:00 Central; asking earlier only earns "not yet". */
    public static final LocalTime FIRST_DATA_TRY = LocalTime.of(9, 30);
    public static final Duration DATA_RETRY = Duration.ofHours(2);
    /** About three billing periods: the current one, and the two SMT may still restate. */
    public static final int MONTHLY_ROUTINE_DAYS = 93;

    private final Clock clock;
    private final Esiid esiid;
    private final MeterSettings settings;
    private final MeterProgress progress;

    private final Map<DataKind, Instant> notBefore = new EnumMap<>(DataKind.class);
    private @Nullable Instant readNotBefore;
    private @Nullable Instant lastReadRequest;
    private @Nullable ReadTicket read;
    private @Nullable Instant backfillNotBefore;

    public MeterPlanner(Clock clock, Esiid esiid, MeterSettings settings, MeterProgress progress) {
        this.clock = clock;
        this.esiid = esiid;
        this.settings = settings;
        this.progress = progress;
    }

    public MeterProgress progress() {
        return progress;
    }

    /** The requests due now, routine before history, at most one piece of history at a time. */
    public List<PlannedTask> dueTasks(RequestPolicy policy) {
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
        for (DataKind kind : List.of(DataKind.INTERVALS, DataKind.DAILY)) {
            LocalDate until = progress.completeUntil(kind);
            // The very first fetch need not wait for yesterday's publication: the days before it are there.
            boolean due = until == null || (published && until.isBefore(yesterday));
            if (due && allowed(kind, now, policy)) {
                tasks.add(PlannedTask.routine(kind, routineRange(kind, until, yesterday)));
            }
        }
        LocalDate monthlyDone = progress.monthlyFetchedOn();
        if ((monthlyDone == null || (published && !today.equals(monthlyDone)))
                && allowed(DataKind.MONTHLY, now, policy)) {
            DateRange window = new DateRange(today.minusDays(monthlyDays(monthlyDone) - 1L), today);
            tasks.add(PlannedTask.routine(DataKind.MONTHLY, window.chunksNewestFirst(MONTHLY_REQUEST_DAYS).get(0)));
        }
        List<PlannedTask> history = progress.backfill();
        Instant backfillFrom = backfillNotBefore;
        if (!history.isEmpty() && (backfillFrom == null || !now.isBefore(backfillFrom))) {
            tasks.add(history.get(0));
        }
        return tasks;
    }

    /** A routine data request went out (or was tried): the 15-minute rule counts from now. */
    public void sent(PlannedTask task, RequestPolicy policy) {
        if (task.step() == PlannedTask.Step.FETCH && !task.backfill()) {
            policy.routine().recordSent(task.data(), esiid, clock.instant());
        }
    }

    /**
     * Whether a data request loads history, to be paced as such ({@link HistoryPacing}): history chunks, and a first
     * monthly request reaching back past the routine window.
     */
    public static boolean pacedAsHistory(PlannedTask task) {
        return task.step() == PlannedTask.Step.FETCH && (task.backfill() || task.days().days() > MONTHLY_ROUTINE_DAYS);
    }

    /** SMT accepted a read request: poll it on its schedule. */
    public void readStarted(ReadTicket ticket) {
        lastReadRequest = ticket.requestedAt();
        read = ticket;
    }

    /** The read in flight has its outcome (or was given up). */
    public void readFinished() {
        read = null;
    }

    /** No read before {@code until}: the budget or SMT's limit said so, or SMT failed. */
    public void readDeferred(Instant until) {
        read = null;
        readNotBefore = until;
    }

    /** The read in flight (accepted, and not past its last status poll), if any. */
    public Optional<ReadTicket> readInFlight() {
        ReadTicket ticket = read;
        return ticket == null || ticket.nextPollAt().isEmpty() ? Optional.empty() : Optional.of(ticket);
    }

    /**
     * Data came back.
     *
     * @param newestDay the newest Central day the answer held, if any
     */
    public void dataReceived(PlannedTask task, @Nullable LocalDate newestDay) {
        Instant now = clock.instant();
        LocalDate today = SmtTime.dayOf(now);
        DataKind kind = task.data();
        if (task.backfill()) {
            progress.backfillDone(task);
            return;
        }
        if (kind == DataKind.MONTHLY) {
            progress.monthlyFetchedOn(today);
            return;
        }
        if (newestDay != null) {
            progress.completeUntil(kind, newestDay);
        }
        if (newestDay == null || newestDay.isBefore(today.minusDays(1))) {
            notBefore.put(kind, now.plus(DATA_RETRY));
        }
    }

    /** SMT has nothing yet: try yesterday's data again later; history it does not have is not asked again. */
    public void dataNotYetAvailable(PlannedTask task) {
        if (task.step() != PlannedTask.Step.FETCH) {
            // SMT's "no data yet" to a read: the meter's data is not there yet either
            failed(task, clock.instant().plus(DATA_RETRY));
        } else if (task.backfill()) {
            progress.backfillDone(task);
        } else {
            notBefore.put(task.data(), clock.instant().plus(DATA_RETRY));
        }
    }

    /** The request failed or was refused; nothing of this kind before {@code retryAt}. */
    public void failed(PlannedTask task, Instant retryAt) {
        if (task.step() == PlannedTask.Step.READ) {
            readDeferred(retryAt);
        } else if (task.step() == PlannedTask.Step.READ_STATUS) {
            // the ticket counted the poll; a read past its last poll is over
            ReadTicket ticket = read;
            if (ticket != null && ticket.nextPollAt().isEmpty()) {
                read = null;
            }
        } else if (task.backfill()) {
            backfillNotBefore = retryAt;
        } else {
            notBefore.put(task.data(), retryAt);
        }
    }

    /**
     * The user asked for history: it goes before what remains of the first start's history. Days older than SMT
     * keeps are not asked ({@link AskedDays#SMT_KEEPS}).
     *
     * @return the days queued, empty when all of them are older than SMT keeps
     */
    public Optional<DateRange> requestBackfill(DateRange range) {
        LocalDate oldest = AskedDays.oldestKept(SmtTime.dayOf(clock.instant()));
        if (range.to().isBefore(oldest)) {
            return Optional.empty();
        }
        DateRange kept = range.from().isBefore(oldest) ? new DateRange(oldest, range.to()) : range;
        List<PlannedTask> items = new ArrayList<>();
        addHistory(items, kept);
        progress.addBackfillFirst(items);
        return Optional.of(kept);
    }

    /** Reads requested so far today are the read budget's business; this is only about the read interval. */
    private boolean readDue(Instant now) {
        Instant earliest = readNotBefore;
        Duration interval = settings.readInterval();
        if (interval == null || read != null || (earliest != null && now.isBefore(earliest))) {
            return false;
        }
        Instant last = lastReadRequest;
        return last == null || !now.isBefore(last.plus(interval));
    }

    private boolean readStatusDue(Instant now) {
        ReadTicket ticket = read;
        if (ticket == null) {
            return false;
        }
        Optional<Instant> next = ticket.nextPollAt();
        if (next.isEmpty()) {
            read = null;
            return false;
        }
        return !now.isBefore(next.get());
    }

    private boolean allowed(DataKind kind, Instant now, RequestPolicy policy) {
        Instant earliest = notBefore.get(kind);
        return (earliest == null || !now.isBefore(earliest)) && policy.routine().check(kind, esiid).isEmpty();
    }

    /**
     * Yesterday and the revision window before it; after a gap, from the first missing day, but never a day older
     * than SMT keeps. A gap longer than one chunk becomes history to load, so a routine request never spans more
     * than one chunk.
     */
    private DateRange routineRange(DataKind kind, @Nullable LocalDate until, LocalDate yesterday) {
        int chunkDays = chunkDays(kind);
        if (until == null) {
            return new DateRange(yesterday.minusDays(firstFetchDays() - 1L), yesterday);
        }
        LocalDate from = yesterday.minusDays(settings.revisionDays() - 1L);
        if (until.plusDays(1).isBefore(from)) {
            LocalDate oldest = AskedDays.oldestKept(yesterday.plusDays(1));
            from = until.plusDays(1).isBefore(oldest) ? oldest : until.plusDays(1);
        }
        LocalDate oldestInChunk = yesterday.minusDays(chunkDays - 1L);
        if (from.isBefore(oldestInChunk)) {
            List<PlannedTask> items = new ArrayList<>();
            for (DateRange chunk : new DateRange(from, oldestInChunk.minusDays(1)).chunksNewestFirst(chunkDays)) {
                items.add(PlannedTask.backfill(kind, chunk));
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
        return Math.min(REQUEST_DAYS, Math.max(settings.historyDays(), settings.revisionDays()));
    }

    /**
     * The first monthly fetch reaches back over the whole history (its newest chunk now, older ones as history);
     * later ones over the last few periods.
     */
    private int monthlyDays(@Nullable LocalDate fetchedBefore) {
        return fetchedBefore == null ? Math.max(settings.historyDays(), MONTHLY_ROUTINE_DAYS) : MONTHLY_ROUTINE_DAYS;
    }

    /**
     * On the very first start: the configured history older than the first routine fetches, newest chunk first.
     */
    private void planHistoryOnce(LocalDate today) {
        if (progress.historyPlanned()) {
            return;
        }
        // billing periods older than the first monthly request first: one request for the whole history
        List<PlannedTask> items = new ArrayList<>();
        DateRange monthly = new DateRange(today.minusDays(monthlyDays(null) - 1L), today);
        List<DateRange> monthlyChunks = monthly.chunksNewestFirst(MONTHLY_REQUEST_DAYS);
        for (DateRange chunk : monthlyChunks.subList(1, monthlyChunks.size())) {
            items.add(PlannedTask.backfill(DataKind.MONTHLY, chunk));
        }
        LocalDate configured = today.minusDays(settings.historyDays());
        LocalDate kept = AskedDays.oldestKept(today);
        LocalDate oldest = configured.isBefore(kept) ? kept : configured;
        LocalDate newest = today.minusDays(1L + firstFetchDays());
        if (!newest.isBefore(oldest)) {
            addHistory(items, new DateRange(oldest, newest));
        }
        progress.planHistory(items);
    }

    /** 15-minute and daily data of the days, newest chunk first. */
    private static void addHistory(List<PlannedTask> items, DateRange days) {
        for (DateRange chunk : days.chunksNewestFirst(REQUEST_DAYS)) {
            items.add(PlannedTask.backfill(DataKind.INTERVALS, chunk));
            items.add(PlannedTask.backfill(DataKind.DAILY, chunk));
        }
    }

    /** The most days one request for this kind asks for: the range goes to SMT in chunks of this many days. */
    public static int chunkDays(DataKind kind) {
        return kind == DataKind.MONTHLY ? MONTHLY_REQUEST_DAYS : REQUEST_DAYS;
    }
}
