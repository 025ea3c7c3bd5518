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
package org.openhab.binding.smartmetertexas.internal.policy;

import java.time.Clock;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Waits for a while. The binding waits only through this interface, so tests can move a virtual clock
 * instead of sleeping.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface Sleeper {

    /**
     * Real time: blocks the calling thread, never shorter than asked (a wait cut to whole milliseconds would wake up
     * before the instant it waits for).
     */
    Sleeper SYSTEM = duration -> {
        long millis = duration.toMillis();
        Thread.sleep(Math.max(0, duration.minusMillis(millis).isZero() ? millis : millis + 1));
    };

    /** Waits for the given duration (nothing happens for zero or negative durations). */
    void sleep(Duration duration) throws InterruptedException;

    /** Waits until the clock shows {@code when} (returns at once when it already does). */
    default void sleepUntil(Clock clock, java.time.Instant when) throws InterruptedException {
        Duration left = Duration.between(clock.instant(), when);
        if (!left.isNegative() && !left.isZero()) {
            sleep(left);
        }
    }
}
