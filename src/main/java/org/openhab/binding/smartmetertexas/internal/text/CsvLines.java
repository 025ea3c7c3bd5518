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
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads CSV text line by line with bounded memory: a line longer than {@link #MAX_LINE_CHARS} is returned as
 * too long (and skipped) instead of being collected. Splits lines on commas, honouring double quotes.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CsvLines {

    /** No real CSV line comes near this; longer lines are refused without being kept in memory. */
    static final int MAX_LINE_CHARS = 4096;
    /** Marks a line that was too long. */
    static final String TOO_LONG = "\u0000too long";

    private final Reader reader;
    private final StringBuilder line = new StringBuilder(128);
    private final char[] buffer = new char[8192];
    private int position;
    private int filled;
    private int number;
    private boolean ended;

    public CsvLines(Reader reader) {
        this.reader = reader;
    }

    /** The 1-based number of the line last returned. */
    public int number() {
        return number;
    }

    /** The next line without its line end, {@link #TOO_LONG} for an over-long line, or null at the end. */
    @Nullable
    public String next() throws IOException {
        if (ended) {
            return null;
        }
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            while (position == filled) {
                // a reader may return 0 characters; only -1 ends the input
                filled = reader.read(buffer, 0, buffer.length);
                position = 0;
            }
            int c = filled < 0 ? -1 : buffer[position++];
            if (c < 0) {
                ended = true;
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                continue;
            }
            if (line.length() < MAX_LINE_CHARS) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
        }
        number++;
        return tooLong ? TOO_LONG : line.toString();
    }

    /**
     * The next line that holds more than commas and spaces, or null at the end; a line that is too long is skipped
     * and named in {@code rejected}.
     */
    @Nullable
    public String nextRow(List<RejectedPart> rejected) throws IOException {
        for (String line = next(); line != null; line = next()) {
            if (line == TOO_LONG) {
                rejected.add(new RejectedPart("line " + number, "longer than " + MAX_LINE_CHARS + " characters"));
            } else if (!isBlank(line)) {
                return line;
            }
        }
        return null;
    }

    /** The fields of a line, stripped of surrounding spaces; quoted fields may hold commas and "" quotes. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>(10);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** True for a line without any content but commas and spaces. */
    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ',' && c != ' ' && c != '\t' && c != '"') {
                return false;
            }
        }
        return true;
    }
}
