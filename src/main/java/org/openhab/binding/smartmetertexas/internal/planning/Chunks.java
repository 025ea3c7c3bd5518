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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;

/**
 * How a date range goes to SMT: one request per chunk (doc/smt-protocol.md §7, backfill), and what overlapping
 * chunks bring twice kept once. The binding's planner and the command line both cut ranges here.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Chunks {

    /** The most days one request for 15-minute or daily data asks for. */
    public static final int REQUEST_DAYS = 31;

    /** The most days one request for billing periods asks for: a year, as the portal's own monthly view. */
    public static final int MONTHLY_REQUEST_DAYS = 366;

    private Chunks() {
    }

    /** The most days one request for this kind asks for. */
    public static int days(DataKind kind) {
        return kind == DataKind.MONTHLY ? MONTHLY_REQUEST_DAYS : REQUEST_DAYS;
    }

    /** The range in request-sized chunks, oldest first. */
    public static List<DateRange> oldestFirst(DataKind kind, DateRange range) {
        return range.chunks(days(kind));
    }

    /** The range in request-sized chunks, newest first (history loads backwards from today). */
    public static List<DateRange> newestFirst(DataKind kind, DateRange range) {
        return range.chunksNewestFirst(days(kind));
    }

    /** Billing periods of several answers, each once (the later answer wins), in time order. */
    public static List<MonthlyUsage> periodsOnce(Collection<MonthlyUsage> periods) {
        Map<String, MonthlyUsage> once = new LinkedHashMap<>();
        periods.forEach(usage -> once.put(usage.start() + "/" + usage.end(), usage));
        List<MonthlyUsage> sorted = new ArrayList<>(once.values());
        sorted.sort(Comparator.comparing(MonthlyUsage::start));
        return sorted;
    }

    /** Daily reads of several answers, one per day (the later answer wins), in time order. */
    public static List<DailyRead> daysOnce(Collection<DailyRead> reads) {
        Map<LocalDate, DailyRead> once = new LinkedHashMap<>();
        reads.forEach(read -> once.put(read.day(), read));
        List<DailyRead> sorted = new ArrayList<>(once.values());
        sorted.sort(Comparator.comparing(DailyRead::day));
        return sorted;
    }
}
