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
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Growing waits between retries, with jitter so that many openHAB installations do not hit SMT in step after an
 * outage: 1, 2, 4 … minutes up to an hour, each ±20 %.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Backoff {

    private static final long FIRST_MILLIS = 60_000;
    private static final long LONGEST_MILLIS = 3_600_000;

    private final Random random;
    private int failures;

    public Backoff(Random random) {
        this.random = random;
    }

    /** The wait after one more failure. */
    public Duration next() {
        long base = FIRST_MILLIS << Math.min(failures, 12);
        failures++;
        long capped = Math.min(base, LONGEST_MILLIS);
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis((long) (capped * jitter));
    }

    public void reset() {
        failures = 0;
    }
}
