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

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * Runs scheduled jobs in virtual time on the test's thread: {@link #runUntil(Instant)} moves the clock from job to job,
 * so days pass in milliseconds and nothing sleeps. Stands in for openHAB's thing-handler scheduler
 * ({@code BindingTiming.schedulers}); only what the binding uses of a {@link ScheduledExecutorService} works.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VirtualTaskScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final class Entry implements ScheduledFuture<@Nullable Object> {
        final Runnable task;
        final @Nullable Duration delay;
        final long sequence;
        Instant due;
        boolean cancelled;

        Entry(Runnable task, Instant due, @Nullable Duration delay) {
            this.task = task;
            this.due = due;
            this.delay = delay;
            this.sequence = nextSequence++;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return queue.remove(this);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled || !queue.contains(this);
        }

        @Override
        public @Nullable Object get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public @Nullable Object get(long timeout, @Nullable TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long getDelay(@Nullable TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int compareTo(@Nullable Delayed other) {
            throw new UnsupportedOperationException();
        }
    }

    private final ManualClock clock;
    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            Comparator.<Entry, Instant> comparing(e -> e.due).thenComparingLong(e -> e.sequence));
    private long nextSequence;
    private long runs;

    public VirtualTaskScheduler(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(@Nullable Runnable task) {
        submit(task);
    }

    @Override
    public Future<?> submit(@Nullable Runnable task) {
        return add(task, 0, TimeUnit.MILLISECONDS, null);
    }

    @Override
    public ScheduledFuture<?> schedule(@Nullable Runnable task, long delay, @Nullable TimeUnit unit) {
        return add(task, delay, unit, null);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(@Nullable Runnable task, long initialDelay, long delay,
            @Nullable TimeUnit unit) {
        return add(task, initialDelay, unit, Duration.ofMillis(unit == null ? delay : unit.toMillis(delay)));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(@Nullable Callable<V> callable, long delay, @Nullable TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(@Nullable Runnable task, long initialDelay, long period,
            @Nullable TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    private Entry add(@Nullable Runnable task, long delay, @Nullable TimeUnit unit, @Nullable Duration period) {
        if (task == null || unit == null) {
            throw new IllegalArgumentException("a task and its time unit");
        }
        Entry entry = new Entry(task, clock.instant().plus(Duration.of(delay, unit.toChronoUnit())), period);
        queue.add(entry);
        return entry;
    }

    /** Runs every job due up to {@code end} in order, then leaves the clock at {@code end}. */
    public void runUntil(Instant end) {
        Entry next;
        while ((next = queue.peek()) != null && !next.due.isAfter(end)) {
            queue.poll();
            if (next.due.isAfter(clock.instant())) {
                clock.set(next.due);
            }
            runs++;
            next.task.run();
            Duration delay = next.delay;
            if (delay != null && !next.cancelled) {
                next.due = clock.instant().plus(delay);
                queue.add(next);
            }
        }
        if (end.isAfter(clock.instant())) {
            clock.set(end);
        }
    }

    public void runFor(Duration duration) {
        runUntil(clock.instant().plus(duration));
    }

    /** Jobs still scheduled (after dispose: none). */
    public int pendingJobs() {
        return queue.size();
    }

    public long runs() {
        return runs;
    }

    @Override
    public void shutdown() {
        queue.clear();
    }

    @Override
    @NonNullByDefault({})
    public List<Runnable> shutdownNow() {
        queue.clear();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, @Nullable TimeUnit unit) {
        return true;
    }
}
