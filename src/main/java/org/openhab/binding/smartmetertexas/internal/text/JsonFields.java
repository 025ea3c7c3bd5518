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
package org.openhab.binding.smartmetertexas.internal.text;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Reads members of SMT's JSON objects tolerantly: names in any letter case, numbers as JSON numbers or strings,
 * blank strings and JSON null as "no value".
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class JsonFields {

    private JsonFields() {
    }

    /** The member with this name in any letter case, or null when absent or JSON null. */
    public static @Nullable JsonElement member(JsonObject object, String name) {
        JsonElement exact = object.get(name);
        if (exact == null) {
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    exact = entry.getValue();
                    break;
                }
            }
        }
        return exact == null || exact.isJsonNull() ? null : exact;
    }

    /** The first of these members that is present (aliases, e.g. "token" / "accessToken"). */
    public static @Nullable JsonElement member(JsonObject object, String... names) {
        for (String name : names) {
            JsonElement value = member(object, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A member looked up in the answer itself and, if not there, inside its data wrapper (or the reverse). */
    public static @Nullable JsonElement memberAnyLevel(JsonElement answer, String... names) {
        JsonElement inner = BoundedJson.unwrapData(answer);
        if (inner.isJsonObject()) {
            JsonElement value = member(inner.getAsJsonObject(), names);
            if (value != null) {
                return value;
            }
        }
        if (BoundedJson.hasDataWrapper(answer)) {
            return member(answer.getAsJsonObject(), names);
        }
        return null;
    }

    /** A primitive's text, stripped; null for absent, JSON null, blank, arrays and objects. */
    public static @Nullable String text(@Nullable JsonElement value) {
        if (value == null || !value.isJsonPrimitive()) {
            return null;
        }
        String text = value.getAsString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The text of a member, or null when it has none. */
    public static @Nullable String text(JsonObject object, String... names) {
        return text(member(object, names));
    }

    /** The text of a member that must be a single value when present; null when absent or blank. */
    public static @Nullable String scalar(JsonObject object, String... names) throws MalformedAnswerException {
        JsonElement value = member(object, names);
        if (value != null && !value.isJsonPrimitive()) {
            throw new MalformedAnswerException(names[0] + " is " + kindOf(value) + ", expected a single value");
        }
        return text(value);
    }

    /** A code such as statusCode: "0" for "0", 0 or 0.0; other strings as sent. */
    public static @Nullable String code(JsonObject object, String... names) throws MalformedAnswerException {
        JsonElement value = member(object, names);
        String text = scalar(object, names);
        if (text == null || value == null) {
            return null;
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        return primitive.isNumber() ? SmtValues.integralText(text) : text;
    }

    /** A kWh value from a number or a string; null when absent or blank. */
    public static @Nullable BigDecimal kwh(JsonObject object, String... names) throws MalformedAnswerException {
        String text = scalar(object, names);
        return text == null ? null : SmtValues.kwh(text);
    }

    /** True when the member is true, "true", "Y", "1"... */
    public static boolean isYes(@Nullable JsonElement value) {
        String text = text(value);
        return text != null && SmtValues.isYes(text);
    }

    /**
     * The list SMT sent under one of these names: in the answer, inside its data wrapper, or the answer itself when
     * it is already an array. Null when none is there.
     */
    public static @Nullable JsonArray array(JsonElement answer, String... names) {
        JsonElement inner = BoundedJson.unwrapData(answer);
        if (inner.isJsonArray()) {
            return inner.getAsJsonArray();
        }
        JsonElement value = memberAnyLevel(answer, names);
        if (value != null && value.isJsonArray()) {
            return value.getAsJsonArray();
        }
        if (value != null && value.isJsonObject()) {
            // one entry sent as an object instead of a one-element list
            JsonArray single = new JsonArray();
            single.add(value);
            return single;
        }
        return null;
    }

    /** The answer (unwrapped) as an object, or an error naming what was expected. */
    public static JsonObject object(JsonElement answer, String what) throws MalformedAnswerException {
        JsonElement inner = BoundedJson.unwrapData(answer);
        if (!inner.isJsonObject()) {
            throw new MalformedAnswerException(what + ": expected a JSON object, got " + kindOf(inner));
        }
        return inner.getAsJsonObject();
    }

    public static String kindOf(JsonElement value) {
        if (value.isJsonArray()) {
            return "a list";
        } else if (value.isJsonObject()) {
            return "an object";
        } else if (value.isJsonNull()) {
            return "null";
        }
        return "a single value";
    }
}
