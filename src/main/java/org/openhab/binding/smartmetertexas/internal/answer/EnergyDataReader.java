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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.CentralDay;
import org.openhab.binding.smartmetertexas.internal.text.JsonFields;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.internal.text.SmtValues;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads {@code energyData[]} (portal intervalsynch, official 15minintervalreads): one entry per day and reading
 * type with an RD string. Days are parsed independently, so one rejected day never costs the others. When an entry
 * for the same meter, day and type comes more than once (version "A", all revisions), the one with the latest
 * RevTS wins (on a tie, the later entry).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class EnergyDataReader {

    /** Readings per meter (key: the ESIID, or "" when the answer does not name it), rejected days, generation. */
    public record Result(Map<String, List<IntervalReading>> byMeter, List<RejectedPart> rejected,
            boolean reportsGeneration) {
    }

    private record Entry(int index, String meter, LocalDate day, IntervalKind kind, @Nullable Instant revised,
            String rd) {
    }

    private EnergyDataReader() {
    }

    /** Whether an answer holds energyData (directly, in a data wrapper, or as the bare list). */
    public static boolean looksLikeEnergyData(JsonElement answer) {
        JsonElement inner = BoundedJson.unwrapData(answer);
        if (inner.isJsonArray()) {
            JsonArray list = inner.getAsJsonArray();
            return !list.isEmpty() && list.get(0).isJsonObject()
                    && JsonFields.member(list.get(0).getAsJsonObject(), "RD") != null;
        }
        return JsonFields.memberAnyLevel(answer, "energyData") != null;
    }

    public static Result read(JsonElement answer) throws MalformedAnswerException {
        JsonArray entries = JsonFields.array(answer, "energyData");
        List<RejectedPart> rejected = new ArrayList<>();
        if (entries == null) {
            AnswerErrors.find(answer).ifPresent(error -> rejected
                    .add(new RejectedPart("answer", "SMT error " + error.code() + " " + error.message())));
            if (!rejected.isEmpty()) {
                throw new MalformedAnswerException("No energyData: " + rejected.get(0).reason());
            }
            return new Result(Map.of(), List.of(), false);
        }
        String answerMeter = answerMeter(answer);
        Map<String, Entry> latest = new LinkedHashMap<>();
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
            String rd = JsonFields.text(object, "RD");
            if (rd == null) {
                rejected.add(new RejectedPart(day.toString(), "no RD values"));
                continue;
            }
            String meter = entryMeter(object, answerMeter);
            Entry entry = new Entry(i, meter, day, kind, revisedOrNull(JsonFields.text(object, "RevTS")), rd);
            String key = meter + '|' + day + '|' + kind;
            Entry earlier = latest.get(key);
            if (earlier == null || !isOlder(entry, earlier)) {
                latest.put(key, entry);
            }
        }
        Map<String, List<IntervalReading>> byMeter = new LinkedHashMap<>();
        Map<LocalDate, CentralDay> days = new HashMap<>();
        for (Entry entry : latest.values()) {
            CentralDay centralDay = days.computeIfAbsent(entry.day(), CentralDay::new);
            try {
                List<IntervalReading> readings = RdParser.parseDay(centralDay, entry.rd(), entry.kind(),
                        entry.revised());
                byMeter.computeIfAbsent(entry.meter(), m -> new ArrayList<>()).addAll(readings);
            } catch (MalformedAnswerException e) {
                String kindLabel = entry.kind() == IntervalKind.GENERATION ? "generation " : "consumption ";
                rejected.add(new RejectedPart(entry.day().toString(), kindLabel + e.reason()));
            }
        }
        byMeter.values().forEach(list -> list.sort(IntervalReading.BY_KIND_THEN_START));
        return new Result(byMeter, rejected, reportsGeneration);
    }

    private static boolean isOlder(Entry candidate, Entry current) {
        Instant candidateRevised = candidate.revised();
        Instant currentRevised = current.revised();
        if (candidateRevised == null || currentRevised == null) {
            return currentRevised != null && candidateRevised == null;
        }
        return candidateRevised.isBefore(currentRevised);
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
    private static @Nullable Instant revisedOrNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return SmtValues.centralInstant(text, null);
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

    private static String entryMeter(JsonObject entry, String answerMeter) {
        String own = meterText(JsonFields.text(entry, "esiid"));
        return own.isEmpty() ? answerMeter : own;
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
