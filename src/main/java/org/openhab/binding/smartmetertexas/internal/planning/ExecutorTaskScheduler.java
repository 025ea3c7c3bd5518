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
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A {@link TaskScheduler} on an executor the caller owns (openHAB's thing-handler scheduler).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ExecutorTaskScheduler implements TaskScheduler {

    private final ScheduledExecutorService executor;

    public ExecutorTaskScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public Job execute(Runnable task) {
        return cancelling(executor.submit(task));
    }

    @Override
    public Job schedule(Runnable task, Duration delay) {
        return cancelling(executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public Job scheduleWithFixedDelay(Runnable task, Duration initialDelay, Duration delay) {
        return cancelling(executor.scheduleWithFixedDelay(task, initialDelay.toMillis(), delay.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    private static Job cancelling(Future<?> future) {
        // Interrupting stops a job that waits for its request slot, so dispose() does not wait on SMT.
        return () -> future.cancel(true);
    }
}
