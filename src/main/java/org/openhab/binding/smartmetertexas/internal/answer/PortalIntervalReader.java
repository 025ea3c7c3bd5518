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
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
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

    private PortalIntervalReader() {
    }

    public static IntervalData read(JsonElement answer) throws MalformedAnswerException {
        JsonArray rows = AnswerErrors.list(answer, "intervaldata");
        if (rows == null) {
            return new IntervalData(List.of(), List.of(), false);
        }
        boolean reportsGeneration = JsonFields.isYes(JsonFields.memberAnyLevel(answer, "generationFlag"));
        for (JsonElement row : rows) {
            try {
                BigDecimal generation = row.isJsonObject() ? JsonFields.kwh(row.getAsJsonObject(), "generation") : null;
                reportsGeneration |= generation != null && generation.signum() != 0;
            } catch (MalformedAnswerException e) {
                // its row is rejected below
            }
        }
        List<IntervalReading> readings = new ArrayList<>(rows.size() * (reportsGeneration ? 2 : 1));
        List<RejectedPart> rejected = new ArrayList<>();
        WallClockRows clock = new WallClockRows();
        for (int i = 0; i < rows.size(); i++) {
            JsonElement element = rows.get(i);
            if (!element.isJsonObject()) {
                rejected.add(new RejectedPart("row " + (i + 1), "not an object"));
                continue;
            }
            JsonObject row = element.getAsJsonObject();
            // a problem of the row's fields is named with its day; one of its time only when it has a value
            String day = "";
            boolean hasValue = true;
            try {
                String dateText = JsonFields.text(row, "date");
                LocalDate date = SmtValues.date(dateText == null ? "" : dateText);
                day = date + ": ";
                int quarter = WallClockRows.quarterOf(JsonFields.text(row, "starttime"),
                        JsonFields.text(row, "endtime"));
                BigDecimal consumption = JsonFields.kwh(row, "consumption");
                BigDecimal generation = JsonFields.kwh(row, "generation");
                if (!reportsGeneration) {
                    generation = null;
                }
                hasValue = consumption != null || generation != null;
                if (!hasValue && clock.isSkipped(date, quarter)) {
                    // the portal may list the non-existent spring-forward quarters as blank rows
                    continue;
                }
                day = "";
                Instant start = clock.next("", date, quarter);
                if (consumption != null) {
                    readings.add(WallClockRows.reading(start, consumption, IntervalKind.CONSUMPTION,
                            SmtValues.quality(JsonFields.text(row, "consumption_est_act")), null));
                }
                if (generation != null) {
                    readings.add(WallClockRows.reading(start, generation, IntervalKind.GENERATION,
                            SmtValues.quality(JsonFields.text(row, "generation_est_act")), null));
                }
            } catch (MalformedAnswerException e) {
                if (hasValue) {
                    rejected.add(new RejectedPart("row " + (i + 1), day + e.getMessage()));
                }
            }
        }
        readings.sort(IntervalReading.BY_KIND_THEN_START);
        return new IntervalData(readings, rejected, reportsGeneration);
    }
}
