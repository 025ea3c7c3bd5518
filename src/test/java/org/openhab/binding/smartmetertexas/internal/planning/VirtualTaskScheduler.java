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
import java.util.PriorityQueue;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * Runs scheduled jobs in virtual time on the test's thread: {@link #runUntil(Instant)} moves the clock from job to job,
 * so days pass in milliseconds and nothing sleeps.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VirtualTaskScheduler implements TaskScheduler {

    private final class Entry implements Job {
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
        public void cancel() {
            cancelled = true;
            queue.remove(this);
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
    public Job execute(Runnable task) {
        return add(task, Duration.ZERO, null);
    }

    @Override
    public Job schedule(Runnable task, Duration delay) {
        return add(task, delay, null);
    }

    @Override
    public Job scheduleWithFixedDelay(Runnable task, Duration initialDelay, Duration delay) {
        return add(task, initialDelay, delay);
    }

    private Job add(Runnable task, Duration delay, @Nullable Duration period) {
        Entry entry = new Entry(task, clock.instant().plus(delay), period);
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
}
