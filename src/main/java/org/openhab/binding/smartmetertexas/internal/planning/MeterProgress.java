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
package org.openhab.binding.smartmetertexas.internal.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What has been loaded for one meter, kept across openHAB restarts (in openHAB's storage, keyed by thing UID, because
 * thing properties are lost for things defined in files): the newest complete day of each data kind, the day of the
 * last monthly fetch, and the history still to load.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MeterProgress {

    private @Nullable LocalDate intervalsUntil;
    private @Nullable LocalDate dailyUntil;
    private @Nullable LocalDate monthlyFetchedOn;
    private boolean historyPlanned;
    private final List<PlannedTask> backfill = new ArrayList<>();

    public @Nullable LocalDate completeUntil(DataKind kind) {
        if (kind == DataKind.MONTHLY) {
            throw new IllegalArgumentException(kind + " has no complete-until day");
        }
        return kind == DataKind.INTERVALS ? intervalsUntil : dailyUntil;
    }

    /** Moves the newest complete day forward (never back: a re-fetch of older days does not undo newer ones). */
    public void completeUntil(DataKind kind, LocalDate day) {
        LocalDate known = completeUntil(kind);
        if (known != null && !day.isAfter(known)) {
            return;
        }
        if (kind == DataKind.INTERVALS) {
            intervalsUntil = day;
        } else {
            dailyUntil = day;
        }
    }

    public @Nullable LocalDate monthlyFetchedOn() {
        return monthlyFetchedOn;
    }

    public void monthlyFetchedOn(LocalDate day) {
        monthlyFetchedOn = day;
    }

    public boolean historyPlanned() {
        return historyPlanned;
    }

    public void planHistory(List<PlannedTask> items) {
        historyPlanned = true;
        backfill.addAll(items);
    }

    /** History asked for by the user comes before what remains of the first start's history. */
    public void addBackfillFirst(List<PlannedTask> items) {
        backfill.addAll(0, items);
    }

    /** The history still to load, as the {@link PlannedTask#backfill backfill} requests to make, in order. */
    public List<PlannedTask> backfill() {
        return List.copyOf(backfill);
    }

    public void backfillDone(PlannedTask item) {
        backfill.remove(item);
    }

    public String toJson() {
        JsonObject json = new JsonObject();
        putDate(json, "intervalsUntil", intervalsUntil);
        putDate(json, "dailyUntil", dailyUntil);
        putDate(json, "monthlyFetchedOn", monthlyFetchedOn);
        json.addProperty("historyPlanned", historyPlanned);
        JsonArray items = new JsonArray();
        for (PlannedTask item : backfill) {
            JsonObject entry = new JsonObject();
            entry.addProperty("kind", item.data().name());
            entry.addProperty("from", item.days().from().toString());
            entry.addProperty("to", item.days().to().toString());
            items.add(entry);
        }
        json.add("backfill", items);
        return json.toString();
    }

    /** Reads what {@link #toJson()} wrote; anything unreadable starts afresh rather than failing the thing. */
    public static MeterProgress fromJson(@Nullable String text) {
        MeterProgress progress = new MeterProgress();
        if (text == null || text.isBlank()) {
            return progress;
        }
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            progress.intervalsUntil = date(json, "intervalsUntil");
            progress.dailyUntil = date(json, "dailyUntil");
            progress.monthlyFetchedOn = date(json, "monthlyFetchedOn");
            JsonElement planned = json.get("historyPlanned");
            progress.historyPlanned = planned != null && planned.getAsBoolean();
            JsonElement items = json.get("backfill");
            if (items != null && items.isJsonArray()) {
                for (JsonElement element : items.getAsJsonArray()) {
                    JsonObject entry = element.getAsJsonObject();
                    progress.backfill.add(PlannedTask.backfill(DataKind.valueOf(entry.get("kind").getAsString()),
                            new DateRange(LocalDate.parse(entry.get("from").getAsString()),
                                    LocalDate.parse(entry.get("to").getAsString()))));
                }
            }
            return progress;
        } catch (RuntimeException e) {
            // Gson's and java.time's parse errors, missing or mistyped fields
            return new MeterProgress();
        }
    }

    private static void putDate(JsonObject json, String name, @Nullable LocalDate day) {
        if (day != null) {
            json.addProperty(name, day.toString());
        }
    }

    private static @Nullable LocalDate date(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() ? null : LocalDate.parse(value.getAsString());
    }
}
