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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Central calendar days from {@code from} to {@code to}, both included.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A range ends on or after its start: " + from + ".." + to);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Splits into ranges of at most {@code maxDays}, newest first (recent data matters most to users). */
    public List<DateRange> chunksNewestFirst(int maxDays) {
        return chunks(maxDays, true);
    }

    /** Splits into ranges of at most {@code maxDays} from the first day on, oldest first (the command line's order). */
    public List<DateRange> chunksOldestFirst(int maxDays) {
        return chunks(maxDays, false);
    }

    private List<DateRange> chunks(int maxDays, boolean newestFirst) {
        if (maxDays < 1) {
            throw new IllegalArgumentException("maxDays must be at least 1");
        }
        List<DateRange> chunks = new ArrayList<>();
        LocalDate start = from;
        LocalDate end = to;
        while (!end.isBefore(start)) {
            if (newestFirst) {
                LocalDate first = end.minusDays(maxDays - 1L);
                first = first.isBefore(start) ? start : first;
                chunks.add(new DateRange(first, end));
                end = first.minusDays(1);
            } else {
                LocalDate last = start.plusDays(maxDays - 1L);
                last = last.isAfter(end) ? end : last;
                chunks.add(new DateRange(start, last));
                start = last.plusDays(1);
            }
        }
        return chunks;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
