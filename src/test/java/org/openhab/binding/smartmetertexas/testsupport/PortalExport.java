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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The portal's CSV export exactly as doc/smt-protocol.md §4a describes the real one: its header, LF line ends, the
 * ESIID with a leading apostrophe, dates {@code M/d/yyyy}, revision times {@code M/d/yyyy H:mm}, times {@code H:mm},
 * the last row of a day ending at {@code 0:00}; on the fall-back day 100 rows per kind whose 9th row is labelled
 * {@code 2:00→1:15}; on the spring-forward day 96 rows per kind, the four of {@code 2:00→2:15} … {@code 2:45→3:00}
 * empty. Each day lists its Consumption rows, then its Surplus Generation rows.
 * <p>
 * The generator keeps its own account of what it wrote, computed without the binding's code: per day and kind the
 * intervals that carry a value, the exact start of each (the day's rows are consecutive quarter-hours of real time,
 * so the n-th interval of a day starts n × 15 minutes after its Central midnight), and their kWh sum.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PortalExport {

    public static final String HEADER = "ESIID,USAGE_DATE,REVISION_DATE,USAGE_START_TIME,USAGE_END_TIME,USAGE_KWH,"
            + "ESTIMATED_ACTUAL,CONSUMPTION_SURPLUSGENERATION";
    public static final String CONSUMPTION = "Consumption";
    public static final String GENERATION = "Surplus Generation";

    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

    /**
     * What the export holds for one Central day and kind.
     *
     * @param starts the exact start of each interval that carries a value, in time order
     * @param kwh the sum of their values
     */
    public record Day(List<Instant> starts, BigDecimal kwh) {
        public int intervals() {
            return starts.size();
        }
    }

    private final StringBuilder csv = new StringBuilder();
    private final Map<LocalDate, Day> consumption = new TreeMap<>();
    private final Map<LocalDate, Day> generation = new TreeMap<>();

    private PortalExport() {
    }

    /** An export of {@code days} consecutive days from {@code first}, with consumption and surplus generation. */
    public static PortalExport of(String esiid, LocalDate first, int days) {
        PortalExport export = new PortalExport();
        export.csv.append(HEADER).append('\n');
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            export.consumption.put(day, export.day(esiid, day, d, CONSUMPTION));
            export.generation.put(day, export.day(esiid, day, d, GENERATION));
        }
        return export;
    }

    public String csv() {
        return csv.toString();
    }

    public Map<LocalDate, Day> consumption() {
        return consumption;
    }

    public Map<LocalDate, Day> generation() {
        return generation;
    }

    /** Intervals with a value, both kinds. */
    public int intervals() {
        return consumption.values().stream().mapToInt(Day::intervals).sum()
                + generation.values().stream().mapToInt(Day::intervals).sum();
    }

    public static BigDecimal total(Map<LocalDate, Day> days) {
        return days.values().stream().map(Day::kwh).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Hours of a Central day: 25 when clocks fall back, 23 when they spring forward, else 24. */
    public static long hours(LocalDate day) {
        return Duration.between(midnight(day), midnight(day.plusDays(1))).toHours();
    }

    /** The start and end labels of a day's rows, as the real export shows them (doc/smt-protocol.md §4a). */
    public static List<String[]> labels(LocalDate day) {
        List<String[]> labels = new ArrayList<>();
        for (int quarter = 0; quarter < 96; quarter++) {
            labels.add(new String[] { clock(quarter * 15), clock((quarter + 1) * 15) });
            if (hours(day) == 25 && quarter == 7) {
                labels.add(new String[] { "2:00", "1:15" });
                labels.add(new String[] { "1:15", "1:30" });
                labels.add(new String[] { "1:30", "1:45" });
                labels.add(new String[] { "1:45", "2:00" });
            }
        }
        return labels;
    }

    private Day day(String esiid, LocalDate day, int dayIndex, String kind) {
        String date = day.getMonthValue() + "/" + day.getDayOfMonth() + "/" + day.getYear();
        LocalDate next = day.plusDays(1);
        String revision = next.getMonthValue() + "/" + next.getDayOfMonth() + "/" + next.getYear() + " 10:15";
        List<Instant> starts = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        List<String[]> labels = labels(day);
        int interval = 0;
        for (int row = 0; row < labels.size(); row++) {
            // the spring-forward day's rows 9-12 stand for 02:00-02:45, which does not exist that day
            boolean placeholder = hours(day) == 23 && row >= 8 && row < 12;
            String kwh = "";
            String flag = "";
            if (!placeholder) {
                BigDecimal value = value(kind, dayIndex, row);
                kwh = value.toPlainString();
                flag = (dayIndex + row) % 17 == 0 ? "E" : "A";
                starts.add(midnight(day).plus(Duration.ofMinutes(15L * interval)));
                sum = sum.add(value);
                interval++;
            }
            csv.append('\'').append(esiid).append(',').append(date).append(',').append(revision).append(',')
                    .append(labels.get(row)[0]).append(',').append(labels.get(row)[1]).append(',').append(kwh)
                    .append(',').append(flag).append(',').append(kind).append('\n');
        }
        return new Day(List.copyOf(starts), sum);
    }

    /** 0.001 to 1.500 kWh for consumption; surplus generation around midday only, 0.000 otherwise. */
    private static BigDecimal value(String kind, int dayIndex, int row) {
        if (CONSUMPTION.equals(kind)) {
            return BigDecimal.valueOf((dayIndex * 37L + row * 11L) % 1500 + 1, 3);
        }
        boolean midday = row >= 44 && row < 72;
        return BigDecimal.valueOf(midday ? (dayIndex * 7L + row * 13L) % 900 : 0, 3);
    }

    private static Instant midnight(LocalDate day) {
        return day.atStartOfDay(CENTRAL).toInstant();
    }

    /** {@code H:mm}; the end of the day is {@code 0:00}. */
    private static String clock(int minute) {
        return String.format(Locale.ROOT, "%d:%02d", (minute / 60) % 24, minute % 60);
    }
}
