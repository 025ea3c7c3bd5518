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

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Parses SMT answers into Gson trees while refusing what a broken or hostile server could send: HTML and other
 * non-JSON text, lenient-only syntax (NaN, comments, single quotes), nesting deeper than {@link #MAX_DEPTH},
 * numbers whose exponent would turn into gigabytes of digits, and trailing content. Numbers in the tree are
 * {@link BigDecimal}s with bounded exponents, so any accessor of {@link JsonPrimitive} is safe on them.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BoundedJson {

    /** Deeper nesting is refused (hostile answers): no SMT answer nests more than a few levels. */
    public static final int MAX_DEPTH = 64;
    /** Largest exponent of a JSON number; far above any real value, far below what would hurt. */
    static final int MAX_NUMBER_EXPONENT = 300;
    private static final int MAX_NUMBER_CHARS = 100;
    private static final int SNIFF_CHARS = 2000;

    private BoundedJson() {
    }

    /** Parses one JSON document; HTML, non-JSON text and too deep nesting are refused. */
    public static JsonElement parse(String text) throws MalformedAnswerException {
        return parse(text, null);
    }

    /**
     * Parses one JSON document, leaving out each object in a list that {@code keep} refuses as soon as it is read:
     * rows nobody asked for cost no memory beyond their own (doc/smt-protocol.md §7).
     */
    public static JsonElement parse(String text, @Nullable Predicate<JsonObject> keep) throws MalformedAnswerException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String start = body.substring(0, Math.min(body.length(), SNIFF_CHARS)).stripLeading();
        if (start.isEmpty()) {
            throw new MalformedAnswerException("Empty answer instead of JSON");
        }
        char first = start.charAt(0);
        if (first == '<') {
            throw new MalformedAnswerException("HTML instead of JSON" + htmlTitle(start));
        }
        if (first != '{' && first != '[' && first != '"' && first != '-' && !Character.isDigit(first)
                && !start.startsWith("true") && !start.startsWith("false") && !start.startsWith("null")) {
            throw new MalformedAnswerException("Not JSON: '" + SmtValues.excerpt(start) + "'");
        }
        return parse(new StringReader(body), keep);
    }

    /** Parses one JSON document from a reader (no sniffing for HTML); the same limits apply. */
    public static JsonElement parse(Reader reader) throws MalformedAnswerException {
        return parse(reader, null);
    }

    private static JsonElement parse(Reader reader, @Nullable Predicate<JsonObject> keep)
            throws MalformedAnswerException {
        try {
            JsonReader json = new JsonReader(reader);
            json.setLenient(false);
            JsonElement root = read(json, 0, keep);
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedAnswerException("Unexpected content after the JSON document");
            }
            return root;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            // Gson's messages name a position and path, never values
            String message = e.getMessage();
            throw new MalformedAnswerException(
                    "Broken JSON: " + SmtValues.excerpt(message == null ? e.getClass().getSimpleName() : message, 180));
        } catch (StackOverflowError e) {
            // cannot happen below MAX_DEPTH; kept as a last line of defence
            throw new MalformedAnswerException("JSON nests too deep");
        }
    }

    /** {@code {"data": X}} gives X (when X is not null); any other answer is returned as it is. */
    public static JsonElement unwrapData(JsonElement answer) {
        return hasDataWrapper(answer) ? answer.getAsJsonObject().get("data") : answer;
    }

    /** Whether the answer is an object with a non-null {@code data} member. */
    public static boolean hasDataWrapper(JsonElement answer) {
        if (!answer.isJsonObject()) {
            return false;
        }
        JsonElement data = answer.getAsJsonObject().get("data");
        return data != null && !data.isJsonNull();
    }

    private static JsonElement read(JsonReader json, int depth, @Nullable Predicate<JsonObject> keep)
            throws IOException, MalformedAnswerException {
        JsonToken token = json.peek();
        if ((token == JsonToken.BEGIN_ARRAY || token == JsonToken.BEGIN_OBJECT) && depth >= MAX_DEPTH) {
            throw new MalformedAnswerException("JSON nests deeper than " + MAX_DEPTH + " levels");
        }
        if (token == JsonToken.BEGIN_ARRAY) {
            JsonArray array = new JsonArray();
            json.beginArray();
            while (json.hasNext()) {
                JsonElement element = read(json, depth + 1, keep);
                if (keep == null || !element.isJsonObject() || keep.test(element.getAsJsonObject())) {
                    array.add(element);
                }
            }
            json.endArray();
            return array;
        }
        if (token == JsonToken.BEGIN_OBJECT) {
            JsonObject object = new JsonObject();
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                object.add(name, read(json, depth + 1, keep));
            }
            json.endObject();
            return object;
        }
        if (token == JsonToken.STRING) {
            return new JsonPrimitive(json.nextString());
        }
        if (token == JsonToken.NUMBER) {
            return new JsonPrimitive(boundedNumber(json.nextString()));
        }
        if (token == JsonToken.BOOLEAN) {
            return new JsonPrimitive(json.nextBoolean());
        }
        if (token == JsonToken.NULL) {
            json.nextNull();
            return JsonNull.INSTANCE;
        }
        throw new MalformedAnswerException("Unexpected JSON token " + token);
    }

    private static BigDecimal boundedNumber(String text) throws MalformedAnswerException {
        if (text.length() > MAX_NUMBER_CHARS) {
            throw new MalformedAnswerException("JSON number too long: '" + SmtValues.excerpt(text, 40) + "'");
        }
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0) {
            String exponent = text.substring(e + 1);
            String digits = exponent.startsWith("+") || exponent.startsWith("-") ? exponent.substring(1) : exponent;
            // at most 3 digits, and at most MAX_NUMBER_EXPONENT, without parsing a possibly huge integer
            if (digits.isEmpty() || digits.length() > 3 || Integer.parseInt(digits) > MAX_NUMBER_EXPONENT) {
                throw new MalformedAnswerException("JSON number out of range: '" + SmtValues.excerpt(text, 40) + "'");
            }
        }
        return new BigDecimal(text);
    }

    private static String htmlTitle(String start) {
        String lower = start.toLowerCase(Locale.ROOT);
        int open = lower.indexOf("<title>");
        int close = lower.indexOf("</title>");
        if (open >= 0 && close > open) {
            return " ('" + SmtValues.excerpt(start.substring(open + 7, close).strip()) + "')";
        }
        return "";
    }
}
