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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.text.CsvLines;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.internal.text.SmtValues;

/**
 * The project's own CSV: header {@code esiid,start,end,kwh,kind,quality}; start/end ISO-8601 with the Central
 * offset of that instant (e.g. 2025-11-02T01:00-06:00), kwh plain decimal, kind consumption|generation, quality
 * actual|estimated. The offsets keep the two 01:00 intervals of the fall-back day apart. The revision time is not
 * part of the format.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class IntervalCsv {

    public static final String HEADER = "esiid,start,end,kwh,kind,quality";
    /** Longest interval a row may span. */
    private static final Duration MAX_SPAN = Duration.ofDays(1);

    private IntervalCsv() {
    }

    /** One row, without line end. */
    public static String row(@Nullable Esiid esiid, IntervalReading reading) {
        StringBuilder out = new StringBuilder(96);
        if (esiid != null) {
            out.append(esiid.value());
        }
        out.append(',').append(central(reading.start()));
        out.append(',').append(central(reading.end()));
        out.append(',').append(plain(reading.kwh()));
        out.append(',').append(reading.kind().name().toLowerCase(Locale.ROOT));
        out.append(',').append(reading.quality().name().toLowerCase(Locale.ROOT));
        return out.toString();
    }

    private static String central(Instant instant) {
        // OffsetDateTime prints the shortest ISO-8601 form: 2025-11-02T01:00-06:00
        return instant.atZone(SmtTime.CENTRAL).toOffsetDateTime().toString();
    }

    private static String plain(BigDecimal kwh) {
        // toPlainString of a value with a huge exponent would be gigantic; parsed values never have one
        return Math.abs((long) kwh.scale()) <= SmtValues.MAX_EXPONENT + 20 ? kwh.toPlainString() : kwh.toString();
    }

    /** True when a header line is ours. */
    static boolean isHeader(String line) {
        return line.strip().replace("\"", "").replace(" ", "").equalsIgnoreCase(HEADER);
    }

    /** Reads the rows after our header into readings per meter (key "" when a row names none). */
    static void read(CsvLines lines, Map<String, List<IntervalReading>> byMeter, List<RejectedPart> rejected)
            throws IOException {
        for (String line = lines.nextRow(rejected); line != null; line = lines.nextRow(rejected)) {
            List<String> fields = CsvLines.split(line);
            try {
                if (fields.size() != 6) {
                    throw new MalformedAnswerException("has " + fields.size() + " fields, expected 6");
                }
                String meter = fields.get(0);
                if (!meter.isEmpty()) {
                    try {
                        meter = Esiid.parse(meter).value();
                    } catch (IllegalArgumentException e) {
                        throw new MalformedAnswerException("invalid ESIID '" + SmtValues.excerpt(meter) + "'");
                    }
                }
                Instant start = instant(fields.get(1));
                Instant end = instant(fields.get(2));
                if (!end.isAfter(start) || Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
                    throw new MalformedAnswerException(
                            "end " + fields.get(2) + " is not shortly after start " + fields.get(1));
                }
                BigDecimal kwh = SmtValues.kwh(fields.get(3));
                IntervalKind kind = named(IntervalKind.class, fields.get(4), "kind");
                Quality quality = named(Quality.class, fields.get(5), "quality");
                byMeter.computeIfAbsent(meter, m -> new ArrayList<>())
                        .add(new IntervalReading(start, end, kwh, kind, quality, null));
            } catch (MalformedAnswerException e) {
                rejected.add(new RejectedPart("line " + lines.number(), String.valueOf(e.getMessage())));
            }
        }
    }

    /** The constant that {@link #row} writes in lower case, in any letter case. */
    private static <E extends Enum<E>> E named(Class<E> type, String text, String what)
            throws MalformedAnswerException {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedAnswerException("unknown " + what + " '" + SmtValues.excerpt(text) + "'");
        }
    }

    private static Instant instant(String text) throws MalformedAnswerException {
        try {
            if (text.length() <= 40) {
                return OffsetDateTime.parse(text).toInstant();
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        throw new MalformedAnswerException("not a time with offset: '" + SmtValues.excerpt(text) + "'");
    }
}
