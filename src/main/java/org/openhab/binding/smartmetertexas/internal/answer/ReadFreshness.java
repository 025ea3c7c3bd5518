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
package org.openhab.binding.smartmetertexas.internal.answer;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;

/**
 * Tells whether a completed on-demand read answers our request or is an older one: the portal returns the latest
 * read, so polling too early shows the previous read (doc/smt-protocol.md §6).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ReadFreshness {

    /** A read counts as fresh when its time is no more than this before the request. */
    public static final Duration TOLERANCE = Duration.ofMinutes(2);

    private ReadFreshness() {
    }

    /** True when the read is completed and was taken at most 2 minutes before {@code requestedAt}, or later. */
    public static boolean isFresh(MeterRead read, Instant requestedAt) {
        var readTime = read.readTime();
        return read.status() == ReadStatus.COMPLETED && readTime != null
                && !readTime.isBefore(requestedAt.minus(TOLERANCE));
    }
}
