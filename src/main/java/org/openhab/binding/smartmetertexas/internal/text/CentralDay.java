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
package org.openhab.binding.smartmetertexas.internal.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;

/**
 * The quarter-hours of one Central calendar day as exact instants: on the fall-back day the 01:00–01:45 labels
 * occur twice, on the spring-forward day 02:00–02:45 do not exist. Every parser maps wall-clock labels through this
 * class, so no parser adds minutes to a wall time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CentralDay {

    public static final Duration QUARTER = Duration.ofMinutes(15);
    static final int QUARTERS_PER_DAY = 96;

    /** Per wall quarter (0 = 00:00, 95 = 23:45): its first occurrence, or null when that wall time is skipped. */
    private final @Nullable Instant[] first = new @Nullable Instant[QUARTERS_PER_DAY];
    /** Per wall quarter: its second occurrence (fall-back hour only), else null. */
    private final @Nullable Instant[] second = new @Nullable Instant[QUARTERS_PER_DAY];
    private final boolean fallBack;
    private final boolean springForward;

    public CentralDay(LocalDate day) {
        boolean anyRepeated = false;
        boolean anySkipped = false;
        for (int quarter = 0; quarter < QUARTERS_PER_DAY; quarter++) {
            LocalDateTime wall = day.atTime(quarter / 4, (quarter % 4) * 15);
            ZonedDateTime earlier = ZonedDateTime.ofLocal(wall, SmtTime.CENTRAL, null).withEarlierOffsetAtOverlap();
            if (!earlier.toLocalDateTime().equals(wall)) {
                // in the spring-forward gap ZonedDateTime moves the time on: this label does not exist
                anySkipped = true;
                continue;
            }
            first[quarter] = earlier.toInstant();
            ZonedDateTime later = earlier.withLaterOffsetAtOverlap();
            if (!later.getOffset().equals(earlier.getOffset())) {
                second[quarter] = later.toInstant();
                anyRepeated = true;
            }
        }
        this.fallBack = anyRepeated;
        this.springForward = anySkipped;
    }

    /** The day has 25 hours (01:00–01:45 occur twice). */
    boolean isFallBack() {
        return fallBack;
    }

    /** The day has 23 hours (02:00–02:45 do not exist). */
    boolean isSpringForward() {
        return springForward;
    }

    /**
     * The start of a wall quarter's given occurrence (0 = first, 1 = second), or null when the day has no such
     * occurrence.
     */
    @Nullable
    public Instant start(int quarter, int occurrence) {
        if (quarter < 0 || quarter >= QUARTERS_PER_DAY) {
            return null;
        }
        return switch (occurrence) {
            case 0 -> first[quarter];
            case 1 -> second[quarter];
            default -> null;
        };
    }

    /** How many times a wall quarter occurs on this day: 0, 1 or 2. */
    int occurrences(int quarter) {
        return (first[quarter] == null ? 0 : 1) + (second[quarter] == null ? 0 : 1);
    }
}
