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
package org.openhab.binding.smartmetertexas.internal.answer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.CentralDay;
import org.openhab.binding.smartmetertexas.internal.text.JsonFields;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.internal.text.SmtValues;
import org.openhab.binding.smartmetertexas.internal.text.WallClockRows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads {@code energyData[]} (portal intervalsynch, official 15minintervalreads): one entry per day and reading
 * type with an RD string. Days are parsed independently, so one rejected day never costs the others. When an entry
 * for the same meter, day and type comes more than once (version "A", all revisions), the one with the latest
 * RevTS wins (on a tie, the later entry).
 * <p>
 * Each day's RD string (doc/smt-protocol.md §4) becomes exact intervals by position (1-based): 1–8 are
 * 00:00–01:45, 9–12 the second 01:00–01:45 (fall-back day only), 13–100 are 02:00–23:45. Each position is
 * {@code value-FLAG}, split on the last '-'; an empty position or a bare '-' has no value, and no zero is invented
 * for it. A day is rejected as a whole when it does not have exactly 100 positions, has values in 9–12 on a day
 * without a repeated hour, or values in 13–16 on the spring-forward day: a guessed layout would misplace every value
 * of the day.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EnergyDataReader {

    /** Positions in every RD string, placeholders included. */
    public static final int POSITIONS = 100;

    private EnergyDataReader() {
    }

    /**
     * The readings of all meters ordered by kind then start, the rejected days and whether generation is reported;
     * each meter's readings are also added to {@code byMeter} (key: the ESIID, or "" when the answer names none).
     */
    public static IntervalData read(JsonElement answer, Map<String, List<IntervalReading>> byMeter)
            throws MalformedAnswerException {
        JsonArray entries = AnswerErrors.list(answer, "energyData");
        if (entries == null) {
            return new IntervalData(List.of(), List.of(), false);
        }
        String answerMeter = answerMeter(answer);
        List<RejectedPart> rejected = new ArrayList<>();
        // per meter|day|kind, the entry that counts
        Map<String, JsonObject> latest = new LinkedHashMap<>();
        boolean reportsGeneration = false;
        for (int i = 0; i < entries.size(); i++) {
            JsonElement element = entries.get(i);
            if (!element.isJsonObject()) {
                rejected.add(new RejectedPart("entry " + (i + 1), "not an object"));
                continue;
            }
            JsonObject object = element.getAsJsonObject();
            String kindText = JsonFields.text(object, "RT");
            IntervalKind kind = kindOf(kindText);
            if (kind == IntervalKind.GENERATION) {
                reportsGeneration = true;
            }
            String dayText = JsonFields.text(object, "DT");
            LocalDate day;
            try {
                day = SmtValues.date(dayText == null ? "" : dayText);
            } catch (MalformedAnswerException e) {
                rejected.add(new RejectedPart("entry " + (i + 1), "unreadable DT: " + e.getMessage()));
                continue;
            }
            if (kind == null) {
                rejected.add(new RejectedPart(day.toString(),
                        "unknown reading type RT '" + SmtValues.excerpt(String.valueOf(kindText)) + "'"));
                continue;
            }
            if (JsonFields.text(object, "RD") == null) {
                rejected.add(new RejectedPart(day.toString(), "no RD values"));
                continue;
            }
            String own = meterText(JsonFields.text(object, "esiid"));
            String key = (own.isEmpty() ? answerMeter : own) + '|' + day + '|' + kind;
            JsonObject earlier = latest.get(key);
            if (earlier == null || !isOlder(revised(object), revised(earlier))) {
                latest.put(key, object);
            }
        }
        List<IntervalReading> all = new ArrayList<>();
        for (Map.Entry<String, JsonObject> entry : latest.entrySet()) {
            String[] parts = entry.getKey().split("\\|");
            LocalDate day = LocalDate.parse(parts[1]);
            IntervalKind kind = IntervalKind.valueOf(parts[2]);
            JsonObject object = entry.getValue();
            try {
                List<IntervalReading> readings = parseDay(day, String.valueOf(JsonFields.text(object, "RD")), kind,
                        revised(object));
                byMeter.computeIfAbsent(parts[0], m -> new ArrayList<>()).addAll(readings);
                all.addAll(readings);
            } catch (MalformedAnswerException e) {
                String kindLabel = kind == IntervalKind.GENERATION ? "generation " : "consumption ";
                rejected.add(new RejectedPart(day.toString(), kindLabel + e.reason()));
            }
        }
        all.sort(IntervalReading.BY_KIND_THEN_START);
        return new IntervalData(all, rejected, reportsGeneration);
    }

    /** Maps one day's RD string to readings; a day whose layout cannot be trusted is rejected as a whole. */
    public static List<IntervalReading> parseDay(LocalDate day, String rd, IntervalKind kind, @Nullable Instant revised)
            throws MalformedAnswerException {
        int count = 1;
        // stop counting early: a hostile RD string may be huge
        for (int i = 0; i < rd.length() && count <= POSITIONS; i++) {
            if (rd.charAt(i) == ',') {
                count++;
            }
        }
        if (count != POSITIONS) {
            String counted = count > POSITIONS ? "more than " + POSITIONS : String.valueOf(count);
            throw new MalformedAnswerException(day, "RD has " + counted + " positions, expected " + POSITIONS);
        }
        CentralDay centralDay = new CentralDay(day);
        List<IntervalReading> readings = new ArrayList<>(POSITIONS);
        int from = 0;
        for (int position = 1; position <= POSITIONS; position++) {
            int comma = rd.indexOf(',', from);
            String cell = rd.substring(from, comma < 0 ? rd.length() : comma).strip();
            from = comma + 1;
            int dash = cell.lastIndexOf('-');
            String value = dash < 0 ? cell : cell.substring(0, dash).strip();
            if (value.isEmpty()) {
                // an empty position, a bare '-' or a flag without a value: no value
                continue;
            }
            BigDecimal kwh;
            try {
                kwh = SmtValues.kwh(value);
            } catch (MalformedAnswerException e) {
                throw new MalformedAnswerException(day, "position " + position + ": " + e.getMessage());
            }
            Instant start = position <= 8 ? centralDay.start(position - 1, 0)
                    : centralDay.start(position - 5, position <= 12 ? 1 : 0);
            if (start == null) {
                if (position <= 12) {
                    throw new MalformedAnswerException(day, "value at position " + position
                            + " (the repeated 01:00-02:00 hour) on a day without a fall-back hour");
                }
                throw new MalformedAnswerException(day, "value at position " + position
                        + " (02:00-03:00) on the spring-forward day, which has no such hour");
            }
            readings.add(WallClockRows.reading(start, kwh, kind,
                    SmtValues.quality(dash < 0 ? null : cell.substring(dash + 1)), revised));
        }
        return readings;
    }

    /** Whether a candidate was revised before the entry that counts so far (one without RevTS is oldest). */
    private static boolean isOlder(@Nullable Instant candidate, @Nullable Instant current) {
        if (candidate == null || current == null) {
            return current != null && candidate == null;
        }
        return candidate.isBefore(current);
    }

    /** RT "C" is consumption, "G" surplus generation; an entry without RT is consumption. Null when unknown. */
    public static @Nullable IntervalKind kindOf(@Nullable String rt) {
        if (rt == null || "C".equalsIgnoreCase(rt) || "Consumption".equalsIgnoreCase(rt)) {
            return IntervalKind.CONSUMPTION;
        }
        if ("G".equalsIgnoreCase(rt) || "Generation".equalsIgnoreCase(rt)
                || "Surplus Generation".equalsIgnoreCase(rt)) {
            return IntervalKind.GENERATION;
        }
        return null;
    }

    /** RevTS is information only: an unreadable one is dropped rather than costing the day. */
    private static @Nullable Instant revised(JsonObject entry) {
        String text = JsonFields.text(entry, "RevTS");
        try {
            return text == null ? null : SmtValues.centralInstant(text, null);
        } catch (MalformedAnswerException e) {
            return null;
        }
    }

    private static String answerMeter(JsonElement answer) {
        JsonElement esiid = JsonFields.memberAnyLevel(answer, "esiid");
        if (esiid != null && esiid.isJsonArray() && esiid.getAsJsonArray().size() == 1) {
            esiid = esiid.getAsJsonArray().get(0);
        }
        return meterText(JsonFields.text(esiid));
    }

    /** A valid ESIID's digits, or "" when there is none or it is not valid. */
    public static String meterText(@Nullable String text) {
        if (text == null) {
            return "";
        }
        try {
            return Esiid.parse(text).value();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
