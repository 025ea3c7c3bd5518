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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Purpose;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * Fetches a day range of one meter the way the binding backfills: one chunk of at most 31 days per request, each
 * a backfill request of the {@link SmtClient} (so the request policy spaces them at least 5 s apart), with a
 * progress bar for more than one chunk. Chunks SMT has no data for are noted, not fatal; a failure stops the fetch
 * but keeps what arrived before it.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class HistoryFetch {

    /** The data kinds, with the words users see. */
    enum Kind {
        INTERVALS("intervals", "15-minute data"),
        DAILY("daily", "daily reads"),
        MONTHLY("monthly", "monthly usage");

        final String command;
        final String description;

        Kind(String command, String description) {
            this.command = command;
            this.description = description;
        }
    }

    /**
     * What a fetch brought.
     *
     * @param rows the rows, in time order
     * @param rejected parts SMT sent that cannot be trusted (named days)
     * @param missing chunks SMT has no data for (yet)
     * @param failure what stopped the fetch early, if anything
     * @param failedAt the chunk that failed
     */
    record Result<T> (List<T> rows, List<RejectedPart> rejected, List<DateRange> missing,
            @Nullable SmtException failure, @Nullable DateRange failedAt) {
    }

    /** One chunk's answer. */
    private record Chunk<T> (List<T> rows, List<RejectedPart> rejected) {
    }

    @FunctionalInterface
    private interface ChunkCall<T> {
        Chunk<T> fetch(DateRange range) throws SmtException;
    }

    private HistoryFetch() {
    }

    static Result<IntervalReading> intervals(SmtClient client, Esiid esiid, LocalDate from, LocalDate to,
            Progress progress) {
        Result<IntervalReading> result = fetch(label(Kind.INTERVALS, esiid), from, to, SmtClient.REQUEST_DAYS, progress,
                range -> {
                    IntervalData data = client.intervals(esiid, range.from(), range.to(), Purpose.BACKFILL);
                    return new Chunk<>(data.readings(), data.rejected());
                });
        List<IntervalReading> sorted = new ArrayList<>(result.rows());
        sorted.sort(Comparator.comparing(IntervalReading::start).thenComparing(IntervalReading::kind));
        return new Result<>(sorted, result.rejected(), result.missing(), result.failure(), result.failedAt());
    }

    static Result<DailyRead> daily(SmtClient client, Esiid esiid, LocalDate from, LocalDate to, Progress progress) {
        Result<DailyRead> result = fetch(label(Kind.DAILY, esiid), from, to, SmtClient.REQUEST_DAYS, progress,
                range -> new Chunk<>(client.daily(esiid, range.from(), range.to(), Purpose.BACKFILL), List.of()));
        // one read per day (a chunk border never splits a day, but keep the later answer if SMT repeats one)
        Map<LocalDate, DailyRead> byDay = new LinkedHashMap<>();
        result.rows().forEach(read -> byDay.put(read.day(), read));
        List<DailyRead> sorted = new ArrayList<>(byDay.values());
        sorted.sort(Comparator.comparing(DailyRead::day));
        return new Result<>(sorted, result.rejected(), result.missing(), result.failure(), result.failedAt());
    }

    static Result<MonthlyUsage> monthly(SmtClient client, Esiid esiid, LocalDate from, LocalDate to,
            Progress progress) {
        Result<MonthlyUsage> result = fetch(label(Kind.MONTHLY, esiid), from, to, SmtClient.MONTHLY_REQUEST_DAYS,
                progress,
                range -> new Chunk<>(client.monthly(esiid, range.from(), range.to(), Purpose.BACKFILL), List.of()));
        // a billing period crossing a chunk border comes with both chunks: keep it once
        Map<String, MonthlyUsage> periods = new LinkedHashMap<>();
        result.rows().forEach(usage -> periods.put(usage.start() + "/" + usage.end(), usage));
        List<MonthlyUsage> sorted = new ArrayList<>(periods.values());
        sorted.sort(Comparator.comparing(MonthlyUsage::start));
        return new Result<>(sorted, result.rejected(), result.missing(), result.failure(), result.failedAt());
    }

    private static String label(Kind kind, Esiid esiid) {
        return kind.command + " " + esiid.value();
    }

    private static <T> Result<T> fetch(String label, LocalDate from, LocalDate to, int chunkDays, Progress progress,
            ChunkCall<T> call) {
        List<DateRange> chunks = new DateRange(from, to).chunks(chunkDays);
        boolean showBar = chunks.size() > 1;
        List<T> rows = new ArrayList<>();
        List<RejectedPart> rejected = new ArrayList<>();
        List<DateRange> missing = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            DateRange range = chunks.get(i);
            if (showBar) {
                progress.bar(label, i, chunks.size(), range.from() + " to " + range.to());
            }
            try {
                Chunk<T> chunk = call.fetch(range);
                rows.addAll(chunk.rows());
                rejected.addAll(chunk.rejected());
            } catch (SmtException e) {
                if (e.kind() == Failure.NOT_YET_AVAILABLE) {
                    missing.add(range);
                    continue;
                }
                progress.endBar();
                return new Result<>(rows, rejected, missing, e, range);
            }
        }
        if (showBar) {
            progress.bar(label, chunks.size(), chunks.size(), "done");
        }
        return new Result<>(rows, rejected, missing, null, null);
    }
}
