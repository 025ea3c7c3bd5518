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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Removes one account's secrets (password, tokens) from text before it reaches a message or a log line,
 * and cuts answers to short excerpts.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class Redactor {

    static final int EXCERPT_CHARS = 200;
    /** Only this much of an answer is looked at for an excerpt. */
    private static final int SCAN_CHARS = 8000;
    /** Tokens are short-lived: the last few are enough. */
    private static final int MAX_TOKENS = 8;
    private static final Pattern SECRET_FIELDS = Pattern.compile(
            "(?i)(\"(?:token|accesstoken|access_token|refreshtoken|password|authorization)\"\\s*:\\s*)\"[^\"]*\"");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

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

    /** The text with every known secret and every secret-looking JSON field masked. */
    synchronized String clean(String text) {
        String out = text;
        for (String s : fixed) {
            out = out.replace(s, "***");
        }
        for (String s : tokens) {
            out = out.replace(s, "***");
        }
        out = SECRET_FIELDS.matcher(out).replaceAll("$1\"***\"");
        return BEARER.matcher(out).replaceAll("$1***");
    }

    /** A short, single-line, cleaned beginning of an answer for messages. */
    String excerpt(String body) {
        String head = body.length() > SCAN_CHARS ? body.substring(0, SCAN_CHARS) : body;
        String cleaned = clean(head).replaceAll("\\s+", " ").strip();
        return cleaned.length() <= EXCERPT_CHARS ? cleaned : cleaned.substring(0, EXCERPT_CHARS) + "…";
    }
}
