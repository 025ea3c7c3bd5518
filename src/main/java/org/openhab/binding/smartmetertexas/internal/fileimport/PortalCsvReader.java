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
package org.openhab.binding.smartmetertexas.internal.fileimport;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.EnergyDataReader;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.CsvLines;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.internal.text.SmtValues;
import org.openhab.binding.smartmetertexas.internal.text.WallClockRows;

/**
 * Reads the portal's CSV export ({@code ESIID,USAGE_DATE,REVISION_DATE,USAGE_START_TIME,USAGE_END_TIME,USAGE_KWH,
 * ESTIMATED_ACTUAL,CONSUMPTION_SURPLUSGENERATION}; columns found by name). Tolerates a leading apostrophe on the
 * ESIID, padded or unpadded dates and times, revision times with or without seconds, leading spaces, and an end of
 * day written 0:00, 00:00 or 24:00. Rows of an ordinary day are mapped by their labels. The rows of a DST day are
 * mapped by their position within the day and kind (doc/smt-protocol.md §4a: SMT's labels of the fall-back day are
 * misleading), when the day has the export's shape: 100 rows on the fall-back day, 96 with four empty placeholders
 * on the spring-forward day, labels as §4a shows them (or the repeated hour labelled plainly). A DST day of any
 * other shape is rejected by name; the other days are kept.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PortalCsvReader {

    private final List<String> header;
    private final Map<String, List<IntervalReading>> byMeter;
    private final List<RejectedPart> rejected;
    private final WallClockRows clock = new WallClockRows();
    private final Map<String, @Nullable Instant> revisions = new HashMap<>();
    private final Map<String, String> meters = new HashMap<>();
    /**
     * The rows of each DST day (key: meter|kind|day), in file order, as they stand: line number, start, end, kWh,
     * flag, revision. They are mapped once the whole file is read and the day's shape is known.
     */
    private final Map<String, List<@Nullable String[]>> dstDays = new LinkedHashMap<>();

    private PortalCsvReader(List<String> header, Map<String, List<IntervalReading>> byMeter,
            List<RejectedPart> rejected) {
        this.header = header;
        this.byMeter = byMeter;
        this.rejected = rejected;
    }

    /** The normalized column names of a header line, or null when it is not the portal export's header. */
    static @Nullable List<String> header(String line) {
        List<String> names = new ArrayList<>();
        for (String field : CsvLines.split(line.replace("\uFEFF", ""))) {
            names.add(field.toUpperCase(Locale.ROOT).replace(' ', '_'));
        }
        boolean hasTime = names.contains("USAGE_START_TIME") || names.contains("USAGE_END_TIME");
        return names.contains("USAGE_DATE") && names.contains("USAGE_KWH") && hasTime ? names : null;
    }

    /** Reads the rows after the header line into readings per meter (key "" when a row names none). */
    static void read(List<String> header, CsvLines lines, Map<String, List<IntervalReading>> byMeter,
            List<RejectedPart> rejected) throws IOException {
        PortalCsvReader reader = new PortalCsvReader(header, byMeter, rejected);
        for (String line = lines.nextRow(rejected); line != null; line = lines.nextRow(rejected)) {
            reader.row(lines.number(), CsvLines.split(line));
        }
        reader.dstDays.forEach(reader::mapByPosition);
    }

    private void row(int number, List<String> fields) {
        try {
            String date = field(fields, "USAGE_DATE");
            if (date == null) {
                throw new MalformedAnswerException("no USAGE_DATE");
            }
            LocalDate day = SmtValues.date(date);
            String meter = meter(field(fields, "ESIID"));
            String kindText = field(fields, "CONSUMPTION_SURPLUSGENERATION");
            IntervalKind kind = EnergyDataReader.kindOf(kindText);
            if (kind == null) {
                throw new MalformedAnswerException(
                        "unknown kind '" + SmtValues.excerpt(String.valueOf(kindText)) + "'");
            }
            @Nullable
            String[] row = { String.valueOf(number), field(fields, "USAGE_START_TIME"), field(fields, "USAGE_END_TIME"),
                    field(fields, "USAGE_KWH"), field(fields, "ESTIMATED_ACTUAL"), field(fields, "REVISION_DATE") };
            if (clock.exportRows(day) > 0) {
                dstDays.computeIfAbsent(meter + '|' + kind + '|' + day, d -> new ArrayList<>()).add(row);
                return;
            }
            Instant start = clock.next(meter + '|' + kind, day, WallClockRows.quarterOf(row[1], row[2]));
            String kwh = row[3];
            if (kwh != null) {
                byMeter.computeIfAbsent(meter, m -> new ArrayList<>()).add(reading(start, kwh, row, kind));
            }
        } catch (MalformedAnswerException e) {
            rejected.add(new RejectedPart("line " + number, String.valueOf(e.getMessage())));
        }
    }

    /** Maps a DST day's rows by their position, or rejects the day when it does not have §4a's shape. */
    private void mapByPosition(String key, List<@Nullable String[]> rows) {
        String[] parts = key.split("\\|");
        IntervalKind kind = IntervalKind.valueOf(parts[1]);
        LocalDate day = LocalDate.parse(parts[2]);
        int expected = clock.exportRows(day);
        List<IntervalReading> readings = new ArrayList<>(expected);
        try {
            if (rows.size() != expected) {
                throw new MalformedAnswerException(rows.size() + " rows on the "
                        + (expected == WallClockRows.FALL_BACK_ROWS ? "fall-back" : "spring-forward")
                        + " day, expected " + expected);
            }
            for (int position = 0; position < expected; position++) {
                @Nullable
                String[] row = rows.get(position);
                try {
                    Instant start = clock.exportRow(day, position, row[1], row[2]);
                    String kwh = row[3];
                    if (start == null) {
                        if (kwh != null || row[4] != null) {
                            throw new MalformedAnswerException("row " + (position + 1)
                                    + " stands for the spring-forward hour that does not exist, but holds a value");
                        }
                    } else if (kwh != null) {
                        readings.add(reading(start, kwh, row, kind));
                    }
                } catch (MalformedAnswerException e) {
                    throw new MalformedAnswerException("line " + row[0] + ": " + e.getMessage());
                }
            }
        } catch (MalformedAnswerException e) {
            rejected.add(new RejectedPart(day.toString(),
                    (kind == IntervalKind.GENERATION ? "surplus generation: " : "consumption: ") + e.getMessage()));
            return;
        }
        byMeter.computeIfAbsent(parts[0], m -> new ArrayList<>()).addAll(readings);
    }

    private IntervalReading reading(Instant start, String kwh, @Nullable String[] row, IntervalKind kind)
            throws MalformedAnswerException {
        return WallClockRows.reading(start, SmtValues.kwh(kwh), kind, SmtValues.quality(row[4]), revised(row[5]));
    }

    /** The ESIID digits, checked once per distinct text (the export repeats it on every row). */
    private String meter(@Nullable String field) {
        if (field == null) {
            return "";
        }
        String text = field;
        String known = meters.get(text);
        if (known != null) {
            return known;
        }
        String checked = EnergyDataReader.meterText(text);
        if (meters.size() < 10_000) {
            meters.put(text, checked);
        }
        return checked;
    }

    /** The revision time, read once per distinct text (the export repeats it on every row of a day). */
    private @Nullable Instant revised(@Nullable String text) {
        if (text == null) {
            return null;
        }
        if (revisions.containsKey(text)) {
            return revisions.get(text);
        }
        Instant instant;
        try {
            instant = SmtValues.centralInstant(text, null);
        } catch (MalformedAnswerException e) {
            // information only: an unreadable revision time does not cost the row
            instant = null;
        }
        if (revisions.size() < 10_000) {
            revisions.put(text, instant);
        }
        return instant;
    }

    /** The column of that name, or null when the line lacks it or it is empty. */
    private @Nullable String field(List<String> fields, String name) {
        int index = header.indexOf(name);
        if (index < 0 || index >= fields.size()) {
            return null;
        }
        String value = fields.get(index);
        return value.isEmpty() ? null : value;
    }
}
