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
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;

/**
 * Everything time-related the handlers use, in one injectable bundle: real time in openHAB, virtual time in tests.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BindingTiming {

    /** What "now" is. */
    public final Clock clock;
    /** How the request pacing waits for its slot. */
    public final Sleeper sleeper;
    /**
     * Turns the handler's openHAB scheduler into the scheduler its jobs use: itself in openHAB, virtual time in tests
     * (so a simulated week takes milliseconds and no test sleeps).
     */
    public final Function<ScheduledExecutorService, ScheduledExecutorService> schedulers;
    /** Jitter for back-off. */
    public final Random random;

    public BindingTiming(Clock clock, Sleeper sleeper,
            Function<ScheduledExecutorService, ScheduledExecutorService> schedulers, Random random) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.schedulers = schedulers;
        this.random = random;
    }

    public static BindingTiming real() {
        return new BindingTiming(Clock.systemUTC(), Sleeper.SYSTEM, Function.identity(), new Random());
    }
}
