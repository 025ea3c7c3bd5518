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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Builds the interval files {@code convert} accepts, in the shapes doc/smt-protocol.md describes, for ordinary
 * (non-DST)
 * days: value of a quarter-hour = its RD position / 1000 kWh (consumption) or / 2000 kWh (generation).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class ImportFiles {

    static final String ESIID = "10443720000000001";
    static final LocalDate DAY_1 = LocalDate.of(2025, 6, 15);
    static final LocalDate DAY_2 = LocalDate.of(2025, 6, 16);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private ImportFiles() {
    }

    /** A normal day's RD string: 100 positions, 9 to 12 empty. */
    static String rd(int divisor) {
        return rd(divisor, 100);
    }

    static String rd(int divisor, int positions) {
        List<String> cells = new ArrayList<>();
        for (int p = 1; p <= positions; p++) {
            cells.add(p >= 9 && p <= 12 ? "" : String.format(Locale.ROOT, "%.4f-A", p / (double) divisor));
        }
        return String.join(",", cells);
    }

    static String entry(LocalDate day, String rt, String rd) {
        return "{\"DT\":\"" + day.format(US_DATE) + "\",\"RevTS\":\"" + day.plusDays(1).format(US_DATE)
                + " 10:15:00\",\"RT\":\"" + rt + "\",\"RD\":\"" + rd + "\"}";
    }

    /** An official /v2/15minintervalreads/ answer naming the meter, with consumption and generation. */
    static String officialJson(LocalDate... days) {
        List<String> entries = new ArrayList<>();
        for (LocalDate day : days) {
            entries.add(entry(day, "C", rd(1000)));
            entries.add(entry(day, "G", rd(2000)));
        }
        return "{\"trans_id\":\"1\",\"esiid\":\"" + ESIID + "\",\"energyData\":[" + String.join(",", entries) + "]}";
    }

    /** A portal /api/adhoc/intervalsynch answer ({"data": ...}, no ESIID), consumption only. */
    static String portalSynchJson(String... entries) {
        return "{\"data\":{\"energyData\":[" + String.join(",", entries) + "]}}";
    }

    private static String clock(int minute) {
        int m = minute % (24 * 60);
        int hour = m / 60;
        int h12 = hour % 12 == 0 ? 12 : hour % 12;
        return String.format(Locale.ROOT, " %d:%02d %s", h12, m % 60, hour < 12 ? "am" : "pm");
    }

    /** A portal /api/usage/interval answer: rows with wall-clock labels, generation 0 unless {@code flag}. */
    static String usageIntervalJson(@Nullable String esiid, boolean generationFlag, LocalDate... days) {
        List<String> rows = new ArrayList<>();
        for (LocalDate day : days) {
            for (int q = 0; q < 96; q++) {
                String generation = generationFlag ? String.format(Locale.ROOT, "%.3f", q / 400.0) : "0";
                rows.add("{\"date\":\"" + day + "\",\"starttime\":\"" + clock(q * 15) + "\",\"endtime\":\""
                        + clock(q * 15 + 15) + "\",\"consumption\":\"" + String.format(Locale.ROOT, "%.3f", q / 100.0)
                        + "\",\"consumption_est_act\":\"A\",\"generation\":\"" + generation
                        + "\",\"generation_est_act\":\"A\"}");
            }
        }
        return "{\"data\":{" + (esiid == null ? "" : "\"esiid\":\"" + esiid + "\",") + "\"generationFlag\":"
                + generationFlag + ",\"intervaldata\":[" + String.join(",", rows) + "]}}";
    }
}
