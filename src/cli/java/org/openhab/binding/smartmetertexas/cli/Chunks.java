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
package org.openhab.binding.smartmetertexas.cli;

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
import org.openhab.binding.smartmetertexas.internal.planning.MeterPlanner;

/**
 * How the command line sends a date range to SMT: one request per chunk, of the size the binding's planner uses
 * ({@link MeterPlanner#chunkDays}, doc/smt-protocol.md §7, backfill), and what overlapping chunks bring twice kept
 * once.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Chunks {

    private Chunks() {
    }

    /** The range in chunks of the binding's planner's sizes, oldest first (the CSV and the progress run forward). */
    public static List<DateRange> oldestFirst(DataKind kind, DateRange range) {
        return range.chunksOldestFirst(MeterPlanner.chunkDays(kind));
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
