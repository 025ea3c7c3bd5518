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
package org.openhab.binding.smartmetertexas.internal.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;

/**
 * Removes one account's secrets (password, tokens) from text before it reaches a message or a log line, and cuts
 * answers to short, printable excerpts. A server may echo a secret in any form: raw, JSON-escaped (once or twice,
 * with {@code \"}, {@code \\} or {@code \}{@code uXXXX} escapes), URL-encoded, in another letter case, or only in
 * part. So the text is also read through those decodings, and every run of {@value #WINDOW} characters of a secret
 * found in any reading is masked in the original text, as is the value of every field whose name says it is secret
 * (token, password, secret, authorization, ...; any letter case, anywhere in the name). All of it happens before an
 * excerpt is cut.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class Redactor {

    static final int EXCERPT_CHARS = 200;
    /** No run this long of a password or token survives. */
    static final int WINDOW = 4;
    /** Only this much of an answer is looked at for an excerpt. */
    private static final int SCAN_CHARS = 8000;
    /** Tokens are short-lived: the last few are enough. */
    private static final int MAX_TOKENS = 8;
    private static final String MASK = "***";
    /** A field name that says its value is secret. */
    private static final Pattern SECRET_NAME = Pattern
            .compile("(?i)token|passw|pwd|secret|authori[sz]|credential|jwt|api[-_]?key|cookie|session");
    /** {@code "name": } in JSON. */
    private static final Pattern JSON_FIELD = Pattern.compile("\"([^\"\\\\]{1,64})\"\\s*:\\s*");
    /** {@code name=value}, {@code name: value} in forms, headers and prose; the value unquoted. */
    private static final Pattern PLAIN_FIELD = Pattern
            .compile("(?<![\\w\"])([A-Za-z_][\\w.-]{0,63})[ \\t]*[:=][ \\t]*(?=[^\\s\"{\\[])");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+([A-Za-z0-9._~+/=-]+)");

    private final List<String> fixed;
    private final Deque<String> tokens = new ArrayDeque<>();

    Redactor(List<String> fixedSecrets) {
        List<String> list = new ArrayList<>();
        for (String s : fixedSecrets) {
            if (!s.isEmpty()) {
                list.add(s);
            }
        }
        this.fixed = List.copyOf(list);
    }

    /** Remembers a token so no later text shows it. */
    synchronized void addToken(String token) {
        if (!token.isEmpty() && !tokens.contains(token)) {
            tokens.addFirst(token);
            while (tokens.size() > MAX_TOKENS) {
                tokens.removeLast();
            }
        }
    }

    /** The text with every known secret and every secret-looking field masked, and printable. */
    String clean(String text) {
        return SafeText.printable(mask(text));
    }

    /** A short, single-line, cleaned beginning of an answer for messages. */
    String excerpt(String body) {
        String head = body.length() > SCAN_CHARS ? body.substring(0, SCAN_CHARS) : body;
        String cleaned = clean(head).replaceAll("\\s+", " ").strip();
        return cleaned.length() <= EXCERPT_CHARS ? cleaned : cleaned.substring(0, EXCERPT_CHARS) + "…";
    }

    /** The text with every masked character run replaced by {@value #MASK}; still with control characters. */
    synchronized String mask(String text) {
        if (text.isEmpty()) {
            return text;
        }
        boolean[] masked = new boolean[text.length()];
        Set<String> windows = new HashSet<>();
        List<String> shortSecrets = new ArrayList<>();
        for (String secret : secrets()) {
            String folded = fold(secret);
            if (folded.length() < WINDOW) {
                shortSecrets.add(folded);
            } else {
                for (int i = 0; i + WINDOW <= folded.length(); i++) {
                    windows.add(folded.substring(i, i + WINDOW));
                }
            }
        }
        for (Reading reading : readings(text)) {
            maskSecrets(reading, windows, shortSecrets, masked);
            maskFields(reading, masked);
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!masked[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !masked[i - 1]) {
                out.append(MASK);
            }
        }
        return out.toString();
    }

    private List<String> secrets() {
        List<String> all = new ArrayList<>(fixed);
        all.addAll(tokens);
        return all;
    }

    /** The text as it is, and as it reads after JSON unescaping and URL decoding (nested up to two levels). */
    private static List<Reading> readings(String text) {
        List<Reading> readings = new ArrayList<>();
        Reading raw = Reading.of(text);
        readings.add(raw);
        if (text.indexOf('\\') >= 0) {
            Reading json = raw.jsonDecoded();
            readings.add(json);
            readings.add(json.jsonDecoded());
            readings.add(json.urlDecoded());
        }
        if (text.indexOf('%') >= 0 || text.indexOf('+') >= 0) {
            Reading url = raw.urlDecoded();
            readings.add(url);
            readings.add(url.jsonDecoded());
        }
        return readings;
    }

    private static void maskSecrets(Reading reading, Set<String> windows, List<String> shortSecrets, boolean[] masked) {
        String folded = fold(reading.text);
        if (!windows.isEmpty()) {
            for (int i = 0; i + WINDOW <= folded.length(); i++) {
                if (windows.contains(folded.substring(i, i + WINDOW))) {
                    reading.mark(i, i + WINDOW, masked);
                }
            }
        }
        for (String secret : shortSecrets) {
            for (int at = folded.indexOf(secret); at >= 0; at = folded.indexOf(secret, at + 1)) {
                reading.mark(at, at + secret.length(), masked);
            }
        }
    }

    private static void maskFields(Reading reading, boolean[] masked) {
        String text = reading.text;
        Matcher json = JSON_FIELD.matcher(text);
        while (json.find()) {
            if (SECRET_NAME.matcher(json.group(1)).find()) {
                int start = json.end();
                int end = valueEnd(text, start);
                boolean quoted = start < text.length() && text.charAt(start) == '"';
                if (quoted) {
                    // keep the quotes: {"password":"***"}
                    start++;
                    end = end > start && text.charAt(end - 1) == '"' && end - 1 > start ? end - 1 : end;
                }
                reading.mark(start, end, masked);
            }
        }
        Matcher plain = PLAIN_FIELD.matcher(text);
        while (plain.find()) {
            if (SECRET_NAME.matcher(plain.group(1)).find()) {
                int end = plain.end();
                while (end < text.length() && "\r\n\t ,;&\"'}]<>".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                reading.mark(plain.end(), end, masked);
            }
        }
        Matcher bearer = BEARER.matcher(text);
        while (bearer.find()) {
            reading.mark(bearer.start(1), bearer.end(1), masked);
        }
    }

    /** Where the JSON value starting at {@code start} ends: a string, an object or array, or a scalar. */
    private static int valueEnd(String text, int start) {
        int n = text.length();
        if (start >= n) {
            return n;
        }
        char first = text.charAt(start);
        if (first == '"') {
            for (int i = start + 1; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    return i + 1;
                }
            }
            return n;
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            boolean inString = false;
            for (int i = start; i < n; i++) {
                char c = text.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            return n;
        }
        int i = start;
        while (i < n && ",}]\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** Letter case folded character by character, so positions stay. */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /** A reading of the original text: each of its characters stands for the original range [from, to). */
    private static final class Reading {
        final String text;
        private final int[] from;
        private final int[] to;
        /** While a decoding builds this reading (a decoding never makes a text longer). */
        private final StringBuilder building;

        private Reading(String text, int[] from, int[] to) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.building = new StringBuilder(0);
        }

        private Reading(int capacity) {
            this.text = "";
            this.from = new int[capacity];
            this.to = new int[capacity];
            this.building = new StringBuilder(capacity);
        }

        static Reading of(String text) {
            int n = text.length();
            int[] from = new int[n];
            int[] to = new int[n];
            for (int i = 0; i < n; i++) {
                from[i] = i;
                to[i] = i + 1;
            }
            return new Reading(text, from, to);
        }

        /** Masks the original characters behind this reading's [start, end). */
        void mark(int start, int end, boolean[] masked) {
            if (start >= end) {
                return;
            }
            for (int i = from[start]; i < to[end - 1]; i++) {
                masked[i] = true;
            }
        }

        /** One level of JSON string escapes undone. */
        Reading jsonDecoded() {
            int n = text.length();
            Reading out = new Reading(n);
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    char e = text.charAt(i + 1);
                    if (e == 'u' && isHex(text, i + 2, 4)) {
                        out.add((char) Integer.parseInt(text.substring(i + 2, i + 6), 16), from[i], to[i + 5]);
                        i += 5;
                        continue;
                    }
                    int simple = "\"\\/'bfnrt".indexOf(e);
                    if (simple >= 0) {
                        out.add("\"\\/'\b\f\n\r\t".charAt(simple), from[i], to[i + 1]);
                        i++;
                        continue;
                    }
                }
                out.add(c, from[i], to[i]);
            }
            return out.done();
        }

        /** URL encoding undone: {@code %XX} (UTF-8) and {@code +} for a space. */
        Reading urlDecoded() {
            int n = text.length();
            Reading out = new Reading(n);
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                int length = c == '%' && isHex(text, i + 1, 2)
                        ? utf8Length(Integer.parseInt(text.substring(i + 1, i + 3), 16))
                        : 0;
                String decoded = length > 0 ? percentDecoded(text, i, length) : "";
                if (!decoded.isEmpty()) {
                    int last = i + 3 * length - 1;
                    for (int k = 0; k < decoded.length(); k++) {
                        out.add(decoded.charAt(k), from[i], to[last]);
                    }
                    i = last;
                } else {
                    out.add(c == '+' ? ' ' : c, from[i], to[i]);
                }
            }
            return out.done();
        }

        private static int utf8Length(int lead) {
            return lead < 0x80 ? 1 : lead >= 0xf8 ? 0 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
        }

        /** The character(s) of {@code length} UTF-8 bytes written as %XX from {@code start}, or "". */
        private static String percentDecoded(String text, int start, int length) {
            byte[] bytes = new byte[length];
            for (int k = 0; k < length; k++) {
                int at = start + 3 * k;
                if (at >= text.length() || text.charAt(at) != '%' || !isHex(text, at + 1, 2)) {
                    return "";
                }
                bytes[k] = (byte) Integer.parseInt(text.substring(at + 1, at + 3), 16);
            }
            String decoded = new String(bytes, StandardCharsets.UTF_8);
            return decoded.indexOf('\ufffd') >= 0 ? "" : decoded;
        }

        private void add(char c, int start, int end) {
            building.append(c);
            from[building.length() - 1] = start;
            to[building.length() - 1] = end;
        }

        private Reading done() {
            return new Reading(building.toString(), from, to);
        }

        private static boolean isHex(String text, int start, int count) {
            if (start + count > text.length()) {
                return false;
            }
            for (int i = start; i < start + count; i++) {
                if (Character.digit(text.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
