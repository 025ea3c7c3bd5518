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
package org.openhab.binding.smartmetertexas.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One request as the API classes see it, with helpers that turn body mistakes into {@link BadRequest}s
 * in the dialect of the flow ({@code errorReply} builds the 400 answer).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class Exchange {

    private static final DateTimeFormatter REQUEST_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT);

    final Instant now;
    final String path;
    final Map<String, String> headers;
    final String body;
    private final Function<String, Reply> errorReply;
    private @Nullable JsonObject json;

    Exchange(Instant now, String path, Map<String, String> headers, String body, Function<String, Reply> errorReply) {
        this.now = now;
        this.path = path;
        this.headers = headers;
        this.body = body;
        this.errorReply = errorReply;
    }

    String header(String name) {
        String value = headers.get(name.toLowerCase(Locale.ROOT));
        return value == null ? "" : value;
    }

    BadRequest bad(String message) {
        return new BadRequest(errorReply.apply(message));
    }

    JsonObject json() throws BadRequest {
        JsonObject parsed = json;
        if (parsed != null) {
            return parsed;
        }
        try {
            JsonElement element = JsonParser.parseString(body);
            if (!element.isJsonObject()) {
                throw bad("request body must be a JSON object");
            }
            parsed = element.getAsJsonObject();
            json = parsed;
            return parsed;
        } catch (RuntimeException e) {
            throw bad("request body is not valid JSON");
        }
    }

    /** A required string field (JSON string, not blank). */
    String string(String field) throws BadRequest {
        JsonElement value = json().get(field);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()
                || value.getAsString().isBlank()) {
            throw bad(field + " is required (a string)");
        }
        return value.getAsString().trim();
    }

    /** An optional string field, or null. */
    @Nullable
    String optionalString(String field) throws BadRequest {
        JsonElement value = json().get(field);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonPrimitive()) {
            throw bad(field + " must be a string");
        }
        return value.getAsString().trim();
    }

    /** A required array of strings with at least one element. */
    JsonArray stringArray(String field) throws BadRequest {
        JsonElement value = json().get(field);
        if (value == null || !value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
            throw bad(field + " is required (an array)");
        }
        for (JsonElement element : value.getAsJsonArray()) {
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                throw bad(field + " must hold strings");
            }
        }
        return value.getAsJsonArray();
    }

    /** A required MM/dd/yyyy date field. */
    LocalDate date(String field) throws BadRequest {
        String text = string(field);
        try {
            return LocalDate.parse(text, REQUEST_DATE);
        } catch (DateTimeParseException e) {
            throw bad(field + " must be MM/dd/yyyy");
        }
    }
}
