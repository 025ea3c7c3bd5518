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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Purpose;
import org.openhab.binding.smartmetertexas.internal.api.ReadTicket;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does one meter's work: makes the requests its planner finds due, through the account, and tells a listener what
 * came back. Plain Java, so the openHAB handler and the command line's benchmark run exactly the same logic. Not
 * thread-safe: one caller at a time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MeterWorker {

    /** A call on the account's client. */
    @FunctionalInterface
    public interface ClientCall<T> {
        T apply(SmtClient client) throws SmtException;
    }

    /** What the worker needs of the meter's account. */
    public interface Account {
        /** Makes a call on the account's client (one caller at a time). */
        <T> T call(ClientCall<T> call) throws SmtException;

        /** A request failed in a way that concerns the whole account: login, bot protection, TLS, SMT down. */
        void failed(SmtException failure);

        /** The meter number the account's meter list gives for the ESIID, or "". */
        String meterNumber(Esiid esiid);
    }

    /** Where the results go. */
    public interface Listener {
        /** A read changed state: PENDING after the request, then its outcome (or LIMIT when refused). */
        void read(MeterRead read);

        void intervals(IntervalData data);

        void daily(List<DailyRead> reads);

        void monthly(List<MonthlyUsage> periods);

        /** A request succeeded (the meter works again after a failure). */
        void succeeded();

        /** A request of this meter failed on its own (not the account's doing). */
        void failed(SmtException failure);

        /** A request of this meter failed in a way that concerns the whole account (the account shows it). */
        default void accountFailed(SmtException failure) {
        }
    }

    /** Waits before the next try of something the account has to sort out first. */
    private static final Duration ACCOUNT_RETRY = Duration.ofSeconds(30);

    private final Logger logger = LoggerFactory.getLogger(MeterWorker.class);
    private final Clock clock;
    private final Esiid esiid;
    private final String meterNumber;
    private final MeterPlanner planner;
    private final Backoff backoff;
    private @Nullable ReadTicket ticket;

    public MeterWorker(Clock clock, Esiid esiid, String meterNumber, MeterPlanner planner, Backoff backoff) {
        this.clock = clock;
        this.esiid = esiid;
        this.meterNumber = meterNumber;
        this.planner = planner;
        this.backoff = backoff;
    }

    public Esiid esiid() {
        return esiid;
    }

    public MeterPlanner planner() {
        return planner;
    }

    /** Makes every request due now; stops early when the account failed. */
    public void runDueTasks(Account account, Listener listener) {
        for (PlannedTask task : planner.dueTasks()) {
            if (!run(account, listener, task)) {
                return;
            }
        }
    }

    /**
     * Makes one request.
     *
     * @return false when the account failed and the rest should wait
     */
    public boolean run(Account account, Listener listener, PlannedTask task) {
        try {
            switch (task.kind()) {
                case READ -> startRead(account, listener);
                case READ_STATUS -> pollRead(account, listener);
                case INTERVALS -> {
                    DateRange days = task.days();
                    IntervalData data = account.call(c -> c.intervals(esiid, days.from(), days.to(), purpose(task)));
                    List<IntervalReading> readings = AskedDays.intervals(data, days);
                    if (!data.rejected().isEmpty()) {
                        logger.debug("SMT's 15-minute data of {} for {} had {} unreadable parts, first {}", esiid, days,
                                data.rejected().size(), data.rejected().get(0));
                    }
                    listener.intervals(new IntervalData(readings, data.rejected(), data.reportsGeneration()));
                    planner.dataReceived(task, newestDay(readings));
                }
                case DAILY -> {
                    DateRange days = task.days();
                    List<DailyRead> reads = AskedDays
                            .daily(account.call(c -> c.daily(esiid, days.from(), days.to(), purpose(task))), days);
                    listener.daily(reads);
                    planner.dataReceived(task, newestDailyDay(reads));
                }
                case MONTHLY -> {
                    DateRange days = task.days();
                    listener.monthly(AskedDays
                            .monthly(account.call(c -> c.monthly(esiid, days.from(), days.to(), purpose(task))), days));
                    planner.dataReceived(task, null);
                }
            }
            backoff.reset();
            listener.succeeded();
            return true;
        } catch (SmtException e) {
            switch (e.kind()) {
                case NOT_YET_AVAILABLE -> {
                    planner.dataNotYetAvailable(task);
                    return true;
                }
                case RATE_LIMITED -> {
                    planner.readDeferred(e.retryNotBefore().orElse(clock.instant().plus(ACCOUNT_RETRY)));
                    ticket = null;
                    listener.read(MeterRead.withoutValue(ReadStatus.LIMIT));
                    return true;
                }
                case REQUEST_REFUSED, CREDENTIALS_HELD_BACK -> {
                    Instant retry = e.retryNotBefore().orElse(clock.instant().plus(ACCOUNT_RETRY));
                    if (task.kind() == TaskKind.READ) {
                        planner.readDeferred(retry);
                    } else {
                        planner.failed(task, retry);
                    }
                    return true;
                }
                default -> {
                }
            }
            logger.debug("{} for {} failed: {}", task.kind(), esiid, e.getMessage());
            if (concernsAccount(e)) {
                planner.failed(task, clock.instant().plus(ACCOUNT_RETRY));
                listener.accountFailed(e);
                account.failed(e);
                return false;
            }
            planner.failed(task, clock.instant().plus(backoff.next()));
            listener.failed(e);
            return true;
        }
    }

    private void startRead(Account account, Listener listener) throws SmtException {
        String number = meterNumber.isEmpty() ? account.meterNumber(esiid) : meterNumber;
        ReadTicket started = account.call(c -> c.requestRead(esiid, number));
        planner.readRequested();
        ticket = started;
        listener.read(MeterRead.withoutValue(ReadStatus.PENDING));
    }

    private void pollRead(Account account, Listener listener) throws SmtException {
        ReadTicket pending = ticket;
        if (pending == null) {
            planner.readPolled(true);
            return;
        }
        MeterRead read = account.call(c -> c.pollRead(pending));
        boolean finished = read.status() != ReadStatus.PENDING;
        boolean givenUp = planner.readPolled(finished);
        if (finished || givenUp) {
            ticket = null;
            listener.read(givenUp ? MeterRead.withoutValue(ReadStatus.FAILED) : read);
        }
    }

    /** The newest Central day with consumption values. */
    public static @Nullable LocalDate newestDay(List<IntervalReading> readings) {
        LocalDate newest = null;
        for (IntervalReading reading : readings) {
            LocalDate day = SmtTime.dayOf(reading.start());
            if (reading.kind() == IntervalKind.CONSUMPTION && (newest == null || day.isAfter(newest))) {
                newest = day;
            }
        }
        return newest;
    }

    private static @Nullable LocalDate newestDailyDay(List<DailyRead> reads) {
        LocalDate newest = null;
        for (DailyRead read : reads) {
            if (newest == null || read.day().isAfter(newest)) {
                newest = read.day();
            }
        }
        return newest;
    }

    private static Purpose purpose(PlannedTask task) {
        return task.backfill() ? Purpose.BACKFILL : Purpose.ROUTINE;
    }

    /** Failures of the login or of SMT as a whole: the account shows them and retries, not each meter. */
    private static boolean concernsAccount(SmtException e) {
        return e.kind().scope() == Failure.Scope.ACCOUNT;
    }
}
