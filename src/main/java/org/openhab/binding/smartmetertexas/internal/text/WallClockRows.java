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
import java.util.HashMap;
import java.util.Locale;
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

    /** Rows of the fall-back day in the portal's CSV export, per kind. */
    public static final int FALL_BACK_ROWS = 100;
    /** Position (0-based) of the export's first row of the repeated hour on the fall-back day. */
    private static final int REPEATED_FIRST = 8;

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
        return centralDay(day).occurrences(quarter) == 0;
    }

    /**
     * How many rows the portal's CSV export lists for a DST day of one kind, rows that are mapped by their position
     * (doc/smt-protocol.md §4a): 100 on the fall-back day, 96 (four of them empty placeholders) on the
     * spring-forward day; 0 on any other day, whose rows are mapped by their labels ({@link #next}).
     */
    public int exportRows(LocalDate day) {
        CentralDay centralDay = centralDay(day);
        return centralDay.isFallBack() ? FALL_BACK_ROWS
                : centralDay.isSpringForward() ? CentralDay.QUARTERS_PER_DAY : 0;
    }

    /**
     * The start of a DST day's row in the portal's CSV export, from its position alone (doc/smt-protocol.md §4a),
     * or null for the spring-forward day's placeholders of the hour that does not exist. The labels only confirm the
     * shape: on the fall-back day the 9th row may start at 2:00 (as SMT labels the repeated 01:00) or 1:00, every
     * other label must be the wall time of its position; a missing label is not checked.
     *
     * @param position the row's position among the day's rows of its kind, 0 to {@link #exportRows} - 1
     * @throws MalformedAnswerException when a label does not fit the position
     */
    public @Nullable Instant exportRow(LocalDate day, int position, @Nullable String startLabel,
            @Nullable String endLabel) throws MalformedAnswerException {
        CentralDay centralDay = centralDay(day);
        boolean fallBack = centralDay.isFallBack();
        // the wall quarter of the position: on the fall-back day rows 9-12 repeat 01:00-01:45
        int quarter = fallBack && position >= REPEATED_FIRST ? position - 4 : position;
        int start = quarter * 15;
        boolean repeated = fallBack && position >= REPEATED_FIRST && position < REPEATED_FIRST + 4;
        int shownStart = startLabel == null ? -1 : SmtValues.minuteOfDay(startLabel);
        boolean startFits = startLabel == null || shownStart == start
                || (repeated && position == REPEATED_FIRST && shownStart == 2 * 60);
        int shownEnd = endLabel == null ? -1 : SmtValues.minuteOfDay(endLabel);
        boolean endFits = endLabel == null || shownEnd == start + 15 || (shownEnd == 0 && start + 15 == 24 * 60);
        if (!startFits || !endFits) {
            throw new MalformedAnswerException("row " + (position + 1) + " of the day is labelled '"
                    + SmtValues.excerpt(String.valueOf(startLabel)) + "'-'"
                    + SmtValues.excerpt(String.valueOf(endLabel)) + "', expected " + clock(start) + "-"
                    + clock((start + 15) % (24 * 60)));
        }
        return centralDay.start(quarter, repeated ? 1 : 0);
    }

    private static String clock(int minute) {
        return String.format(Locale.ROOT, "%d:%02d", minute / 60, minute % 60);
    }

    private CentralDay centralDay(LocalDate day) {
        CentralDay centralDay = lastCentralDay;
        if (centralDay == null || !day.equals(lastDay)) {
            centralDay = days.computeIfAbsent(day, CentralDay::new);
        }
        return centralDay;
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
}
