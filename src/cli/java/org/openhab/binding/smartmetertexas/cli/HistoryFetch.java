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

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.AskedDays;
import org.openhab.binding.smartmetertexas.internal.planning.HistoryPacing;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * Fetches a day range of one meter the way the binding backfills: the binding's chunks ({@link Chunks}, one
 * request each), paced as its history ({@link HistoryPacing}, at least 5 s apart), with a progress bar for more
 * than one chunk, each answer checked against its question as the binding checks it ({@link AskedDays}: days not
 * asked for are left out and named among the rejected parts). Chunks SMT has no data for are noted, not fatal; a
 * failure stops the fetch but keeps what arrived before it.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class HistoryFetch {

    /** The data kinds, with the words users see. */
    enum Kind {
        INTERVALS("intervals", "15-minute data", DataKind.INTERVALS),
        DAILY("daily", "daily reads", DataKind.DAILY),
        MONTHLY("monthly", "monthly usage", DataKind.MONTHLY);

        final String command;
        final String description;
        final DataKind data;

        Kind(String command, String description, DataKind data) {
            this.command = command;
            this.description = description;
            this.data = data;
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

    /** Asks for one chunk's days and checks the answer against them. */
    @FunctionalInterface
    private interface ChunkCall<T> {
        Chunk<T> fetch(AskedDays asked) throws SmtException;
    }

    private final SmtClient client;
    private final Clock clock;
    private final HistoryPacing pacing;
    private final Progress progress;

    /**
     * @param clock tells which days are in the future
     */
    HistoryFetch(SmtClient client, Clock clock, HistoryPacing pacing, Progress progress) {
        this.client = client;
        this.clock = clock;
        this.pacing = pacing;
        this.progress = progress;
    }

    Result<IntervalReading> intervals(Esiid esiid, LocalDate from, LocalDate to) throws InterruptedException {
        Result<IntervalReading> result = fetch(Kind.INTERVALS, esiid, from, to, asked -> {
            IntervalData data = asked.intervals(client, esiid);
            List<RejectedPart> rejected = new ArrayList<>(data.rejected());
            rejected.addAll(asked.leftOut());
            return new Chunk<>(data.readings(), rejected);
        });
        List<IntervalReading> sorted = new ArrayList<>(result.rows());
        sorted.sort(Comparator.comparing(IntervalReading::start).thenComparing(IntervalReading::kind));
        return new Result<>(sorted, result.rejected(), result.missing(), result.failure(), result.failedAt());
    }

    Result<DailyRead> daily(Esiid esiid, LocalDate from, LocalDate to) throws InterruptedException {
        Result<DailyRead> result = fetch(Kind.DAILY, esiid, from, to,
                asked -> new Chunk<>(asked.daily(client, esiid), asked.leftOut()));
        return new Result<>(Chunks.daysOnce(result.rows()), result.rejected(), result.missing(), result.failure(),
                result.failedAt());
    }

    Result<MonthlyUsage> monthly(Esiid esiid, LocalDate from, LocalDate to) throws InterruptedException {
        Result<MonthlyUsage> result = fetch(Kind.MONTHLY, esiid, from, to,
                asked -> new Chunk<>(asked.monthly(client, esiid), asked.leftOut()));
        return new Result<>(Chunks.periodsOnce(result.rows()), result.rejected(), result.missing(), result.failure(),
                result.failedAt());
    }

    private static String label(Kind kind, Esiid esiid) {
        return kind.command + " " + esiid.value();
    }

    private <T> Result<T> fetch(Kind kind, Esiid esiid, LocalDate from, LocalDate to, ChunkCall<T> call)
            throws InterruptedException {
        String label = label(kind, esiid);
        List<DateRange> chunks = Chunks.oldestFirst(kind.data, new DateRange(from, to));
        boolean showBar = chunks.size() > 1;
        List<T> rows = new ArrayList<>();
        List<RejectedPart> rejected = new ArrayList<>();
        List<DateRange> missing = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            DateRange range = chunks.get(i);
            if (showBar) {
                progress.bar(label, i, chunks.size(), range.from() + " to " + range.to());
            }
            pacing.awaitTurn();
            try {
                Chunk<T> chunk = call.fetch(new AskedDays(kind.data, range, SmtTime.dayOf(clock.instant())));
                rows.addAll(chunk.rows());
                rejected.addAll(chunk.rejected());
            } catch (SmtException e) {
                if (e.kind() == Failure.NOT_YET_AVAILABLE) {
                    missing.add(range);
                    continue;
                }
                progress.endBar();
                return new Result<>(rows, rejected, missing, e, range);
            } finally {
                pacing.sent();
            }
        }
        if (showBar) {
            progress.bar(label, chunks.size(), chunks.size(), "done");
        }
        return new Result<>(rows, rejected, missing, null, null);
    }
}
