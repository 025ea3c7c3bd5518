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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where the binding's jobs run: openHAB's thing-handler scheduler in production, virtual time in tests (so a simulated
 * week takes milliseconds and no test sleeps).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public interface TaskScheduler {

    /** A scheduled job that can be cancelled. */
    interface Job {
        void cancel();
    }

    /** Runs {@code task} once, as soon as possible. */
    Job execute(Runnable task);

    /** Runs {@code task} once after {@code delay}. */
    Job schedule(Runnable task, Duration delay);

    /** Runs {@code task} after {@code initialDelay}, then again {@code delay} after each run ends. */
    Job scheduleWithFixedDelay(Runnable task, Duration initialDelay, Duration delay);
}
