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
package org.openhab.binding.smartmetertexas.testsupport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Hostile SMT answers that hold days nobody asked for (doc/smt-protocol.md §7): a simulator rewrite that adds, to the
 * answer's list, copies of its first entry dated on other days.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class OtherDays {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private OtherDays() {
    }

    /**
     * Fills the answer's list {@code name} (inside {@code data}) to just under {@code chars} characters with copies of
     * its first entry, dated in member {@code date} on days from 1971 to 2199, leaving out the years around
     * {@code year}; for billing periods ({@code periods}) each copy also ends 20 days later ({@code enddate}).
     */
    public static UnaryOperator<String> filled(String name, String date, boolean periods, int year, int chars) {
        return body -> {
            JsonObject answer = JsonParser.parseString(body).getAsJsonObject();
            JsonArray entries = answer.getAsJsonObject("data").getAsJsonArray(name);
            String first = entries.get(0).toString();
            String text = answer.toString();
            int end = text.indexOf(first) + first.length();
            String rest = text.substring(end);
            StringBuilder out = new StringBuilder(chars).append(text, 0, end);
            LocalDate day = LocalDate.of(1971, 1, 1);
            while (out.length() + rest.length() < chars - 4096) {
                JsonObject copy = entries.get(0).getAsJsonObject().deepCopy();
                copy.addProperty(date, US_DATE.format(day));
                if (periods) {
                    copy.addProperty("enddate", US_DATE.format(day.plusDays(20)));
                }
                out.append(',').append(copy);
                day = day.plusDays(1);
                if (day.getYear() == year - 1) {
                    day = LocalDate.of(year + 2, 1, 1);
                } else if (day.getYear() > 2199) {
                    day = LocalDate.of(1971, 1, 1);
                }
            }
            return out.append(rest).toString();
        };
    }
}
