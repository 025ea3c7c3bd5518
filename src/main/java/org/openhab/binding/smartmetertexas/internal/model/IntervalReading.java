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
package org.openhab.binding.smartmetertexas.internal.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One 15-minute value. Start and end are exact instants (never wall-clock arithmetic), so the two
 * 01:00 intervals of the fall-back day stay apart.
 *
 * @param start the interval's first instant
 * @param end the instant after its last
 * @param kwh energy in the interval
 * @param kind consumption or surplus generation
 * @param quality actual or estimated
 * @param revised when SMT last restated the day, if it said so
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record IntervalReading(Instant start, Instant end, BigDecimal kwh, IntervalKind kind, Quality quality,
        @Nullable Instant revised) {

    /** Sorts readings as every parser returns them: by kind, then by start. */
    public static final Comparator<IntervalReading> BY_KIND_THEN_START = Comparator.comparing(IntervalReading::kind)
            .thenComparing(IntervalReading::start);
}
