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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.JsonFields;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.internal.text.SmtValues;
import org.openhab.binding.smartmetertexas.internal.text.WallClockRows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads the portal's {@code /api/usage/interval} answer: {@code intervaldata[]} rows with {@code date},
 * {@code starttime}/{@code endtime} in any of SMT's clock styles, consumption and generation with their A/E flags,
 * plus {@code generationFlag}.
 * <p>
 * Generation: the answer carries generation only when {@code generationFlag} is true or any row has a non-zero
 * generation value; then every generation value becomes a reading (a 0 of a generating meter is real). Otherwise
 * the generation column is ignored: a 0 on a meter that does not report generation is no data.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PortalIntervalReader {

    private record Row(int number, @Nullable LocalDate day, int quarter, @Nullable BigDecimal consumption,
            @Nullable String consumptionFlag, @Nullable BigDecimal generation, @Nullable String generationFlag,
            @Nullable String problem) {
    }

    private PortalIntervalReader() {
    }

    /** Whether an answer holds intervaldata (directly, in a data wrapper, or as the bare list of rows). */
    public static boolean looksLikeIntervalRows(JsonElement answer) {
        JsonElement inner = BoundedJson.unwrapData(answer);
        if (inner.isJsonArray()) {
            JsonArray list = inner.getAsJsonArray();
            return !list.isEmpty() && list.get(0).isJsonObject()
                    && JsonFields.member(list.get(0).getAsJsonObject(), "starttime", "endtime") != null;
        }
        return JsonFields.memberAnyLevel(answer, "intervaldata") != null;
    }

    public static IntervalData read(JsonElement answer) throws MalformedAnswerException {
        JsonArray rows = JsonFields.array(answer, "intervaldata");
        if (rows == null) {
            var error = AnswerErrors.find(answer);
            if (error.isPresent()) {
                throw new MalformedAnswerException(
                        "No intervaldata: SMT error " + error.get().code() + " " + error.get().message());
            }
            return new IntervalData(List.of(), List.of(), false);
        }
        List<Row> parsed = new ArrayList<>(rows.size());
        boolean reportsGeneration = JsonFields.isYes(JsonFields.memberAnyLevel(answer, "generationFlag"));
        for (int i = 0; i < rows.size(); i++) {
            Row row = parse(i + 1, rows.get(i));
            BigDecimal generation = row.generation();
            if (generation != null && generation.signum() != 0) {
                reportsGeneration = true;
            }
            parsed.add(row);
        }
        List<IntervalReading> readings = new ArrayList<>(rows.size() * (reportsGeneration ? 2 : 1));
        List<RejectedPart> rejected = new ArrayList<>();
        WallClockRows clock = new WallClockRows();
        for (Row row : parsed) {
            String problem = row.problem();
            LocalDate day = row.day();
            if (problem != null || day == null) {
                rejected.add(new RejectedPart("row " + row.number(), problem == null ? "no date" : problem));
                continue;
            }
            BigDecimal consumption = row.consumption();
            BigDecimal generation = reportsGeneration ? row.generation() : null;
            boolean hasValue = consumption != null || generation != null;
            if (!hasValue && clock.isSkipped(day, row.quarter())) {
                // the portal may list the non-existent spring-forward quarters as blank rows
                continue;
            }
            Instant start;
            try {
                start = clock.next("", day, row.quarter());
            } catch (MalformedAnswerException e) {
                if (hasValue) {
                    rejected.add(new RejectedPart("row " + row.number(), String.valueOf(e.getMessage())));
                }
                continue;
            }
            if (consumption != null) {
                readings.add(WallClockRows.reading(start, consumption, IntervalKind.CONSUMPTION,
                        SmtValues.quality(row.consumptionFlag()), null));
            }
            if (generation != null) {
                readings.add(WallClockRows.reading(start, generation, IntervalKind.GENERATION,
                        SmtValues.quality(row.generationFlag()), null));
            }
        }
        readings.sort(IntervalReading.BY_KIND_THEN_START);
        return new IntervalData(readings, rejected, reportsGeneration);
    }

    private static Row parse(int number, JsonElement element) {
        if (!element.isJsonObject()) {
            return new Row(number, null, 0, null, null, null, null, "not an object");
        }
        JsonObject object = element.getAsJsonObject();
        String dateText = JsonFields.text(object, "date");
        LocalDate day = null;
        try {
            day = SmtValues.date(dateText == null ? "" : dateText);
            int quarter = WallClockRows.quarterOf(JsonFields.text(object, "starttime"),
                    JsonFields.text(object, "endtime"));
            return new Row(number, day, quarter, JsonFields.kwh(object, "consumption"),
                    JsonFields.text(object, "consumption_est_act"), JsonFields.kwh(object, "generation"),
                    JsonFields.text(object, "generation_est_act"), null);
        } catch (MalformedAnswerException e) {
            String where = day == null ? "" : day + ": ";
            return new Row(number, day, 0, null, null, null, null, where + e.getMessage());
        }
    }
}
