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

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerParser;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportReader;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportResult;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;

/**
 * Measures the parse layer on two years of one meter (730 Central days, 70,080 quarter-hours, both DST changes of
 * each year): once as an energyData JSON answer with RD strings, once as the portal's CSV export.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ParseBench {

    /** 2024-11-01 to 2026-10-31: 730 days holding two fall-back and two spring-forward days, 70,080 intervals. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 11, 1);
    private static final int DAYS = 730;
    private static final int INTERVALS = 70_080;
    private static final String ESIID = "10443720000000001";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private ParseBench() {
    }

    /** Parses each input {@code runs} times after {@code warmups} unmeasured runs; gives one JSON line of figures. */
    /** The median time of parsing 70,080 intervals from RD strings (the binding's path). */
    public static double rdMedianMillis(int warmups, int runs) throws IOException, MalformedAnswerException {
        String json = energyDataJson();
        return measure(warmups, runs, () -> AnswerParser.energyData(BoundedJson.parse(json)).readings().size())
                .medianMillis();
    }

    public static String run(int warmups, int runs) throws IOException, MalformedAnswerException {
        if (runs < 1 || warmups < 0) {
            throw new IllegalArgumentException("runs must be at least 1 and warmups not negative");
        }
        String json = energyDataJson();
        String csv = portalCsv();
        Measure rd = measure(warmups, runs, () -> {
            IntervalData data = AnswerParser.energyData(BoundedJson.parse(json));
            return data.readings().size();
        });
        Measure portal = measure(warmups, runs, () -> {
            ImportResult result = ImportReader.read(new StringReader(csv));
            return result.series().get(0).readings().size();
        });
        return String.format(Locale.ROOT, "{\"days\":%d,\"intervals\":%d,\"warmups\":%d,\"runs\":%d,"
                + "\"rdJson\":{\"chars\":%d,\"readings\":%d,\"medianMillis\":%.1f," + "\"allocatedBytesPerParse\":%d},"
                + "\"portalCsv\":{\"chars\":%d,\"readings\":%d,\"medianMillis\":%.1f,"
                + "\"allocatedBytesPerParse\":%d}}", DAYS, INTERVALS, warmups, runs, json.length(), rd.readings,
                rd.medianMillis, rd.medianAllocated, csv.length(), portal.readings, portal.medianMillis,
                portal.medianAllocated);
    }

    public static void main(String[] args) throws Exception {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 11;
        System.out.println(run(warmups, runs));
    }

    @FunctionalInterface
    private interface Parse {
        int readings() throws IOException, MalformedAnswerException;
    }

    private record Measure(int readings, double medianMillis, long medianAllocated) {
    }

    private static Measure measure(int warmups, int runs, Parse parse) throws IOException, MalformedAnswerException {
        int readings = 0;
        for (int i = 0; i < warmups; i++) {
            readings = parse.readings();
        }
        long[] nanos = new long[runs];
        long[] allocated = new long[runs];
        for (int i = 0; i < runs; i++) {
            long bytesBefore = allocatedBytes();
            long start = System.nanoTime();
            readings = parse.readings();
            nanos[i] = System.nanoTime() - start;
            allocated[i] = allocatedBytes() - bytesBefore;
        }
        if (readings != INTERVALS) {
            throw new IllegalStateException("expected " + INTERVALS + " readings, parsed " + readings);
        }
        Arrays.sort(nanos);
        Arrays.sort(allocated);
        long allocatedMedian = allocated[runs / 2] < 0 ? -1 : allocated[runs / 2];
        return new Measure(readings, nanos[runs / 2] / 1e6, allocatedMedian);
    }

    /** Bytes this thread allocated so far, or a negative number when the JVM cannot tell. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean()instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled()) {
            return bean.getCurrentThreadAllocatedBytes();
        }
        return Long.MIN_VALUE / 2;
    }

    private static long hoursOf(LocalDate day) {
        return Duration.between(SmtTime.startOfDay(day), SmtTime.startOfDay(day.plusDays(1))).toHours();
    }

    private static boolean isFallBack(LocalDate day) {
        return hoursOf(day) == 25;
    }

    private static boolean isSpringForward(LocalDate day) {
        return hoursOf(day) == 23;
    }

    /** An official 15minintervalreads answer: one energyData entry per day with a 100-position RD string. */
    static String energyDataJson() {
        StringBuilder out = new StringBuilder(DAYS * 1100);
        out.append("{\"trans_id\":\"bench\",\"esiid\":\"").append(ESIID).append("\",\"energyData\":[");
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            boolean fallBack = isFallBack(day);
            boolean springForward = isSpringForward(day);
            out.append(d == 0 ? "" : ",").append("{\"DT\":\"").append(day.format(US_DATE)).append("\",\"RevTS\":\"")
                    .append(day.plusDays(1).format(US_DATE)).append(" 10:15:00\",\"RT\":\"C\",\"RD\":\"");
            for (int p = 1; p <= 100; p++) {
                boolean empty = (p >= 9 && p <= 12 && !fallBack) || (p >= 13 && p <= 16 && springForward);
                if (p > 1) {
                    out.append(',');
                }
                if (!empty) {
                    out.append('.').append(100 + (p * 7 + d) % 900).append(p % 11 == 0 ? "-E" : "-A");
                }
            }
            out.append("\"}");
        }
        return out.append("]}").toString();
    }

    /**
     * The portal's CSV export of the same days, shaped as doc/smt-protocol.md §4a: one row per quarter-hour, on
     * fall-back days the repeated 01:00 labelled 02:00→01:15, on spring-forward days four empty placeholders.
     */
    static String portalCsv() {
        StringBuilder out = new StringBuilder(INTERVALS * 100);
        out.append("ESIID,USAGE_DATE,REVISION_DATE,USAGE_START_TIME,USAGE_END_TIME,USAGE_KWH,ESTIMATED_ACTUAL,"
                + "CONSUMPTION_SURPLUSGENERATION\n");
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            boolean fallBack = isFallBack(day);
            boolean springForward = isSpringForward(day);
            String date = day.format(US_DATE);
            String revision = day.plusDays(1).format(US_DATE) + " 10:15:00";
            int n = 0;
            for (int m = 0; m < 24 * 60; m += 15) {
                if (springForward && m >= 120 && m < 180) {
                    out.append('\'').append(ESIID).append(',').append(date).append(',').append(revision).append(',')
                            .append(label(m)).append(',').append(label(m + 15)).append(",,,Consumption\n");
                    continue;
                }
                row(out, date, revision, label(m), label(m + 15), ++n);
                if (fallBack && m == 105) {
                    for (int again = 60; again < 120; again += 15) {
                        row(out, date, revision, label(again == 60 ? 120 : again), label(again + 15), ++n);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String date, String revision, String start, String end, int n) {
        out.append('\'').append(ESIID).append(',').append(date).append(',').append(revision).append(',').append(start)
                .append(',').append(end).append(",0.").append(100 + n % 900).append(n % 11 == 0 ? ",E" : ",A")
                .append(",Consumption\n");
    }

    private static String label(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
