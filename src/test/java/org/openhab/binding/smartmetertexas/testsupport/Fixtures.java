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
package org.openhab.binding.smartmetertexas.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;

/**
 * Builds SMT-shaped test input from doc/smt-protocol.md: RD strings whose values name their position (position p
 * carries
 * p/1000 kWh), interval rows with wall-clock labels in each of SMT's styles, portal CSV exports.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Fixtures {

    public static final LocalDate SPRING_2025 = LocalDate.of(2025, 3, 9);
    public static final LocalDate FALL_2025 = LocalDate.of(2025, 11, 2);
    public static final LocalDate SPRING_2026 = LocalDate.of(2026, 3, 8);
    public static final LocalDate FALL_2026 = LocalDate.of(2026, 11, 1);
    public static final LocalDate SUMMER_DAY = LocalDate.of(2025, 6, 15);
    public static final LocalDate WINTER_DAY = LocalDate.of(2025, 1, 15);
    public static final String ESIID = "10443720000000001";
    public static final String ESIID_2 = "10443720000000002";

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private Fixtures() {
    }

    public static Instant z(String iso) {
        return Instant.parse(iso);
    }

    public static boolean isFallBack(LocalDate day) {
        return day.equals(FALL_2025) || day.equals(FALL_2026);
    }

    public static boolean isSpringForward(LocalDate day) {
        return day.equals(SPRING_2025) || day.equals(SPRING_2026);
    }

    /** ".005-A" style: the value of a position is position/1000, leading zero left out as SMT does. */
    public static String cell(int position, String flag) {
        return String.format(Locale.ROOT, ".%03d-%s", position, flag);
    }

    /** An RD string with 100 positions; a null cell is an empty position. */
    public static String rd(IntFunction<@Nullable String> cellOf) {
        StringBuilder out = new StringBuilder();
        for (int p = 1; p <= 100; p++) {
            if (p > 1) {
                out.append(',');
            }
            String cell = cellOf.apply(p);
            if (cell != null) {
                out.append(cell);
            }
        }
        return out.toString();
    }

    /** The RD string SMT sends for a complete day: 9–12 only on fall-back, 13–16 empty on spring-forward. */
    public static String fullRd(LocalDate day) {
        return rd(p -> hasPosition(day, p) ? cell(p, p % 7 == 0 ? "E" : "A") : null);
    }

    public static boolean hasPosition(LocalDate day, int position) {
        if (position >= 9 && position <= 12) {
            return isFallBack(day);
        }
        if (position >= 13 && position <= 16) {
            return !isSpringForward(day);
        }
        return true;
    }

    public static String usDate(LocalDate day) {
        return day.format(US_DATE);
    }

    /** One energyData entry as JSON. */
    public static String energyEntry(LocalDate day, String rt, String rd, @Nullable String revTs) {
        return "{\"DT\":\"" + usDate(day) + "\",\"RevTS\":" + (revTs == null ? "null" : "\"" + revTs + "\"")
                + ",\"RT\":\"" + rt + "\",\"RD\":\"" + rd + "\"}";
    }

    /** Wall labels of a day's quarter-hours in the order SMT lists them (the fall-back 1:00 hour twice). */
    public static List<Integer> wallStartMinutes(LocalDate day) {
        List<Integer> minutes = new ArrayList<>();
        for (int m = 0; m < 24 * 60; m += 15) {
            if (isSpringForward(day) && m >= 120 && m < 180) {
                continue;
            }
            minutes.add(m);
            if (isFallBack(day) && m == 105) {
                for (int again = 60; again < 120; again += 15) {
                    minutes.add(again);
                }
            }
        }
        return minutes;
    }

    /** The clock-label styles of doc/smt-protocol.md §6. */
    public enum Style {
        /** " 12:15 am": leading space, 12-hour, lower case (portal default). */
        PORTAL,
        /** "12:15am". */
        COMPACT,
        /** "00:15", end of day "24:00". */
        PADDED_24,
        /** "0:15", end of day "0:00". */
        UNPADDED_24,
        /** "00:15:00", end of day "24:00:00". */
        SECONDS_24,
        /** "12:15:00 AM", end of day "12:00:00 AM". */
        SECONDS_12
    }

    /** A start or end label; minute 1440 is the end of the day. */
    public static String label(int minute, Style style) {
        int h = minute / 60;
        int m = minute % 60;
        int h12 = h % 12 == 0 ? 12 : h % 12;
        String ampm = h % 24 < 12 ? "am" : "pm";
        return switch (style) {
            case PORTAL -> String.format(Locale.ROOT, " %d:%02d %s", h12, m, ampm);
            case COMPACT -> String.format(Locale.ROOT, "%d:%02d%s", h12, m, ampm);
            case PADDED_24 -> String.format(Locale.ROOT, "%02d:%02d", h, m);
            case UNPADDED_24 -> String.format(Locale.ROOT, "%d:%02d", h % 24, m);
            case SECONDS_24 -> String.format(Locale.ROOT, "%02d:%02d:00", h, m);
            case SECONDS_12 -> String.format(Locale.ROOT, "%02d:%02d:00 %s", h12, m, ampm.toUpperCase(Locale.ROOT));
        };
    }

    /**
     * A /api/usage/interval answer (inside data) for the days, rows in SMT's order; the n-th row of a day carries
     * consumption n/1000 and generation {@code generation} (null: member left out).
     */
    public static String usageIntervalAnswer(List<LocalDate> days, Style style, @Nullable String generation,
            @Nullable Boolean generationFlag) {
        StringBuilder rows = new StringBuilder();
        for (LocalDate day : days) {
            List<Integer> starts = wallStartMinutes(day);
            for (int i = 0; i < starts.size(); i++) {
                int start = starts.get(i);
                if (rows.length() > 0) {
                    rows.append(',');
                }
                rows.append("{\"date\":\"").append(day).append("\",\"starttime\":\"").append(label(start, style))
                        .append("\",\"endtime\":\"").append(label(start + 15, style)).append("\",\"consumption\":")
                        .append(String.format(Locale.ROOT, "%.3f", (i + 1) / 1000.0))
                        .append(",\"consumption_est_act\":\"A\"");
                if (generation != null) {
                    rows.append(",\"generation\":").append(generation).append(",\"generation_est_act\":\"A\"");
                }
                rows.append('}');
            }
        }
        String flag = generationFlag == null ? "" : ",\"generationFlag\":" + generationFlag;
        return "{\"data\":{\"intervaldata\":[" + rows + "]" + flag + "}}";
    }

    public static final String PORTAL_CSV_HEADER = "ESIID,USAGE_DATE,REVISION_DATE,USAGE_START_TIME,USAGE_END_TIME,"
            + "USAGE_KWH,ESTIMATED_ACTUAL,CONSUMPTION_SURPLUSGENERATION";

    /**
     * A portal CSV export of the days: labels "HH:mm" (end of day as {@code endOfDay}), ESIID with a leading
     * apostrophe, the n-th row of a day carries n/1000 kWh; the spring-forward hour as blank rows when asked.
     */
    public static String portalCsv(List<LocalDate> days, String endOfDay, boolean blankSpringRows, String kind) {
        StringBuilder out = new StringBuilder(PORTAL_CSV_HEADER).append("\r\n");
        for (LocalDate day : days) {
            List<Integer> starts = wallStartMinutes(day);
            if (blankSpringRows && isSpringForward(day)) {
                List<Integer> withBlank = new ArrayList<>();
                for (int m = 0; m < 24 * 60; m += 15) {
                    withBlank.add(m);
                }
                starts = withBlank;
            }
            int n = 0;
            for (int start : starts) {
                boolean blank = isSpringForward(day) && start >= 120 && start < 180;
                String end = start + 15 == 24 * 60 ? endOfDay : label(start + 15, Style.PADDED_24);
                String kwh = blank ? "" : String.format(Locale.ROOT, "%.3f", (++n) / 1000.0);
                out.append('\'').append(ESIID).append(',').append(usDate(day)).append(',')
                        .append(usDate(day.plusDays(1))).append(" 10:15:00,").append(label(start, Style.PADDED_24))
                        .append(',').append(end).append(',').append(kwh).append(',').append(blank ? "" : "A")
                        .append(',').append(kind).append("\r\n");
            }
        }
        return out.toString();
    }

    /** Readings cover the day from its Central midnight to the next, each 15 real minutes, end to start. */
    public static void assertGapless(LocalDate day, List<IntervalReading> readings) {
        assertEquals(SmtTime.startOfDay(day), readings.get(0).start(), day.toString());
        for (int i = 0; i < readings.size(); i++) {
            IntervalReading r = readings.get(i);
            assertEquals(15 * 60, r.end().getEpochSecond() - r.start().getEpochSecond());
            if (i > 0) {
                assertEquals(readings.get(i - 1).end(), r.start(), day + " reading " + i);
            }
        }
        assertEquals(SmtTime.startOfDay(day.plusDays(1)), readings.get(readings.size() - 1).end(), day.toString());
    }
}
