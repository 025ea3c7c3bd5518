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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.Quality;

/**
 * Gives the rows of one interval listing exact instants from their wall-clock labels. Each label's k-th
 * occurrence within a day (and kind, and meter) is that label's k-th instant: on the fall-back day the first
 * "1:00 am" is 01:00 CDT and the second 01:00 CST, whether the rows run chronologically or list both 1:00 rows
 * together. A label that does not exist (spring-forward 02:xx) or occurs once too often is rejected by name.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class WallClockRows {

    private final Map<LocalDate, CentralDay> days = new HashMap<>();
    private final Map<String, int[]> seen = new HashMap<>();
    /** The last series and day asked for: rows come day by day, so most look-ups hit these. */
    private @Nullable String lastSeries;
    private @Nullable LocalDate lastDay;
    private @Nullable CentralDay lastCentralDay;
    private int @Nullable [] lastCounts;

    /**
     * The start of the next occurrence of a wall quarter on a day, counted per series key; throws with a reason
     * when there is none. Call it for every row, also those without a value, so occurrences stay counted.
     */
    public Instant next(String series, LocalDate day, int quarter) throws MalformedAnswerException {
        CentralDay centralDay = lastCentralDay;
        int[] counts = lastCounts;
        if (centralDay == null || counts == null || !series.equals(lastSeries) || !day.equals(lastDay)) {
            centralDay = days.computeIfAbsent(day, CentralDay::new);
            counts = seen.computeIfAbsent(series + '|' + day, k -> new int[CentralDay.QUARTERS_PER_DAY]);
            lastSeries = series;
            lastDay = day;
            lastCentralDay = centralDay;
            lastCounts = counts;
        }
        int occurrence = counts[quarter]++;
        Instant start = centralDay.start(quarter, occurrence);
        if (start == null) {
            String label = String.format("%s %02d:%02d", day, quarter / 4, (quarter % 4) * 15);
            if (centralDay.occurrences(quarter) == 0) {
                throw new MalformedAnswerException(label + " does not exist in Central time (spring-forward)");
            }
            throw new MalformedAnswerException(label + " occurs more often than the day has it");
        }
        return start;
    }

    /** True when the quarter does not exist on that day (the spring-forward hour). */
    public boolean isSkipped(LocalDate day, int quarter) {
        CentralDay centralDay = lastCentralDay;
        if (centralDay == null || !day.equals(lastDay)) {
            centralDay = days.computeIfAbsent(day, CentralDay::new);
        }
        return centralDay.occurrences(quarter) == 0;
    }

    /**
     * The wall quarter a row starts in, from its start label or, without one, from its end label (an end of
     * 0:00/12:00 am/24:00 is the end of the day). Labels must fall on quarter-hours.
     */
    public static int quarterOf(@Nullable String startLabel, @Nullable String endLabel)
            throws MalformedAnswerException {
        if (startLabel != null) {
            int minute = SmtValues.minuteOfDay(startLabel);
            if (minute % 15 != 0 || minute >= 24 * 60) {
                throw new MalformedAnswerException(
                        "start time '" + SmtValues.excerpt(startLabel) + "' is not the start of a quarter-hour");
            }
            return minute / 15;
        }
        if (endLabel != null) {
            int minute = SmtValues.minuteOfDay(endLabel);
            if (minute == 0) {
                minute = 24 * 60;
            }
            if (minute % 15 != 0) {
                throw new MalformedAnswerException(
                        "end time '" + SmtValues.excerpt(endLabel) + "' is not the end of a quarter-hour");
            }
            return minute / 15 - 1;
        }
        throw new MalformedAnswerException("row has neither a start nor an end time");
    }

    public static IntervalReading reading(Instant start, BigDecimal kwh, IntervalKind kind, Quality quality,
            @Nullable Instant revised) {
        return new IntervalReading(start, start.plus(CentralDay.QUARTER), kwh, kind, quality, revised);
    }

    static List<IntervalReading> sorted(List<IntervalReading> readings) {
        List<IntervalReading> copy = new ArrayList<>(readings);
        copy.sort(IntervalReading.BY_KIND_THEN_START);
        return copy;
    }
}
