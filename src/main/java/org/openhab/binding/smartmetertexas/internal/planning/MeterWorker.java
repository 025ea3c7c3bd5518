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
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
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

        /** The account's request policy (budgets and spacing kept across the meters' restarts); null when offline. */
        @Nullable
        RequestPolicy policy();
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
        void accountFailed(SmtException failure);
    }

    /** Waits before the next try of something the account has to sort out first. */
    private static final Duration ACCOUNT_RETRY = Duration.ofSeconds(30);

    private final Logger logger = LoggerFactory.getLogger(MeterWorker.class);
    private final Clock clock;
    private final Esiid esiid;
    private final String meterNumber;
    private final MeterPlanner planner;
    private final Backoff backoff;
    private final Sleeper sleeper;

    /**
     * @param sleeper waits for the account's next history slot (real time in openHAB)
     */
    public MeterWorker(Clock clock, Esiid esiid, String meterNumber, MeterPlanner planner, Backoff backoff,
            Sleeper sleeper) {
        this.sleeper = sleeper;
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
        RequestPolicy policy = account.policy();
        if (policy == null) {
            return;
        }
        for (PlannedTask task : planner.dueTasks(policy)) {
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
        RequestPolicy policy = account.policy();
        if (policy == null) {
            return false;
        }
        try {
            PlannedTask.Step step = task.step();
            if (step == PlannedTask.Step.FETCH) {
                fetch(account, listener, task, policy);
            } else if (step == PlannedTask.Step.READ) {
                startRead(account, listener, new OnDemandReads(policy));
            } else {
                pollRead(account, listener, new OnDemandReads(policy));
            }
            backoff.reset();
            listener.succeeded();
            return true;
        } catch (SmtException e) {
            Failure kind = e.kind();
            Instant retry = clock.instant().plus(ACCOUNT_RETRY);
            if (kind == Failure.NOT_YET_AVAILABLE) {
                planner.dataNotYetAvailable(task);
                return true;
            }
            if (kind == Failure.RATE_LIMITED) {
                planner.readDeferred(e.retryNotBefore().orElse(retry));
                listener.read(MeterRead.withoutValue(ReadStatus.LIMIT));
                return true;
            }
            if (kind == Failure.REQUEST_REFUSED || kind == Failure.CREDENTIALS_HELD_BACK) {
                planner.failed(task, e.retryNotBefore().orElse(retry));
                return true;
            }
            logger.debug("{} for {} failed: {}", task, esiid, e.getMessage());
            // Failures of the login or of SMT as a whole: the account shows them and retries, not each meter.
            if (kind.accountWide()) {
                Instant notBefore = e.retryNotBefore().orElse(retry);
                planner.failed(task, notBefore.isAfter(retry) ? notBefore : retry);
                listener.accountFailed(e);
                account.failed(e);
                return false;
            }
            planner.failed(task, clock.instant().plus(backoff.next()));
            listener.failed(e);
            return true;
        }
    }

    private void fetch(Account account, Listener listener, PlannedTask task, RequestPolicy policy) throws SmtException {
        DateRange days = task.days();
        @Nullable
        HistoryPacing pacing = MeterPlanner.pacedAsHistory(task) ? new HistoryPacing(policy, sleeper) : null;
        if (pacing != null) {
            try {
                pacing.awaitTurn();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // Days SMT sends but nobody asked for are left out and logged; only an answer without any usable day asked
        // is a protocol problem the meter shows (a day too many must not hide the days that did come).
        DataKind kind = task.data();
        AskedDays asked = new AskedDays(kind, days, SmtTime.dayOf(clock.instant()));
        try {
            LocalDate newest = null;
            if (kind == DataKind.INTERVALS) {
                IntervalData data = account.call(c -> asked.intervals(c, esiid));
                requireUsable("15-minute data", !data.readings().isEmpty(), data.rejected(), asked, days);
                listener.intervals(data);
                newest = newestDay(data.readings());
            } else if (kind == DataKind.DAILY) {
                List<DailyRead> reads = account.call(c -> asked.daily(c, esiid));
                requireUsable("daily reads", !reads.isEmpty(), List.of(), asked, days);
                listener.daily(reads);
                for (DailyRead read : reads) {
                    newest = newest == null || read.day().isAfter(newest) ? read.day() : newest;
                }
            } else {
                List<MonthlyUsage> periods = account.call(c -> asked.monthly(c, esiid));
                requireUsable("billing periods", !periods.isEmpty(), List.of(), asked, days);
                listener.monthly(periods);
            }
            planner.dataReceived(task, newest);
        } finally {
            planner.sent(task, policy);
            if (pacing != null) {
                pacing.sent();
            }
        }
    }

    /** Logs what SMT sent that was unreadable or not asked for, and fails when no usable day asked came. */
    private void requireUsable(String what, boolean kept, List<RejectedPart> rejected, AskedDays asked, DateRange days)
            throws SmtException {
        if (!rejected.isEmpty()) {
            logger.debug("SMT's {} of {} for {} had {} unreadable parts, first {}", what, esiid, days, rejected.size(),
                    rejected.get(0));
        }
        List<RejectedPart> leftOut = asked.leftOut();
        if (!leftOut.isEmpty()) {
            logger.debug("SMT's {} of {} for {} held days not asked for, left out: {}", what, esiid, days, leftOut);
        }
        asked.requireUsable(kept, rejected, what);
    }

    private void startRead(Account account, Listener listener, OnDemandReads reads) throws SmtException {
        String number = meterNumber.isEmpty() ? account.meterNumber(esiid) : meterNumber;
        ReadTicket started = account.call(c -> reads.request(c, esiid, number));
        planner.readStarted(started);
        listener.read(MeterRead.withoutValue(ReadStatus.PENDING));
    }

    private void pollRead(Account account, Listener listener, OnDemandReads reads) throws SmtException {
        Optional<ReadTicket> pending = planner.readInFlight();
        if (pending.isEmpty()) {
            return;
        }
        ReadTicket ticket = pending.get();
        MeterRead read = account.call(c -> reads.poll(c, ticket));
        if (read.status() != ReadStatus.PENDING) {
            planner.readFinished();
            listener.read(read);
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
}
