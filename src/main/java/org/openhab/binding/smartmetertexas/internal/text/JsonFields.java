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

    /**
     * The first of these members (aliases, e.g. "token" / "accessToken") that is present, its name in any letter
     * case; null when all are absent or JSON null.
     */
    public static @Nullable JsonElement member(JsonObject object, String... names) {
        for (String name : names) {
            JsonElement value = object.get(name);
            if (value == null) {
                for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                    if (entry.getKey().equalsIgnoreCase(name)) {
                        value = entry.getValue();
                        break;
                    }
                }
            }
            if (value != null && !value.isJsonNull()) {
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
        String text = scalar(object, names);
        JsonElement value = member(object, names);
        return text != null && value != null && value.getAsJsonPrimitive().isNumber() ? SmtValues.integralText(text)
                : text;
    }

    /** A kWh value from a number or a string; null when absent or blank. */
    public static @Nullable BigDecimal kwh(JsonObject object, String... names) throws MalformedAnswerException {
        String text = scalar(object, names);
        return text == null ? null : SmtValues.kwh(text);
    }

    /** True for true, "true", "Y", "yes", "1" (SMT flags come in several spellings). */
    public static boolean isYes(@Nullable JsonElement value) {
        String text = text(value);
        return "true".equalsIgnoreCase(text) || "Y".equalsIgnoreCase(text) || "yes".equalsIgnoreCase(text)
                || "1".equals(text);
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
