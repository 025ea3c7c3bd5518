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
package org.openhab.binding.smartmetertexas.internal.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Central calendar days from {@code first} to {@code last}, both included: one request's date range.
 *
 * @param first the first day
 * @param last the last day (inclusive)
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record DayRange(LocalDate first, LocalDate last) {

    /** The most days one request for 15-minute or daily data asks for. */
    public static final int MAX_DAYS = 31;
    /** The most days one request for billing periods asks for: a year, as the portal's own monthly view. */
    public static final int MAX_MONTHLY_DAYS = 366;

    public DayRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    /** How many days the range holds. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** Splits {@code from}..{@code to} (inclusive) into consecutive ranges of at most {@code maxDays} days. */
    public static List<DayRange> split(LocalDate from, LocalDate to, int maxDays) {
        if (maxDays < 1) {
            throw new IllegalArgumentException("maxDays must be at least 1");
        }
        new DayRange(from, to);
        List<DayRange> chunks = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate end = start.plusDays(maxDays - 1L);
            if (end.isAfter(to)) {
                end = to;
            }
            chunks.add(new DayRange(start, end));
            start = end.plusDays(1);
        }
        return chunks;
    }
}
