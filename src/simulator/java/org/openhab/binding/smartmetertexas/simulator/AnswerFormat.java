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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Spells values the way one {@link AnswerShapes} says: numbers, dates, times, wrappers, RD positions.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class AnswerFormat {

    private final AnswerShapes shapes;
    private final DateTimeFormatter date;
    private final DateTimeFormatter timestamp;

    AnswerFormat(AnswerShapes shapes) {
        this.shapes = shapes;
        this.date = DateTimeFormatter.ofPattern(shapes.dateStyle().pattern, Locale.ROOT);
        this.timestamp = DateTimeFormatter.ofPattern(
                shapes.dateStyle().pattern + (shapes.timestampsWithSeconds() ? " HH:mm:ss" : " HH:mm"), Locale.ROOT);
    }

    AnswerShapes shapes() {
        return shapes;
    }

    /** A kWh quantity given in Wh; {@code documentedAsString} says how doc/smt-protocol.md §1–§3 send this field. */
    JsonElement kwh(long wh, boolean documentedAsString) {
        String text = shapes.exponentNumbers() ? scientific(kwhDecimal(wh)) : kwhText(wh);
        return typed(text, documentedAsString);
    }

    /** The official ODR registeredRead: a number in exponent form (2.3459133E+4, 0E+0). */
    JsonElement registeredRead(long wh) {
        String text = scientific(kwhDecimal(wh));
        return shapes.numberStyle() == AnswerShapes.NumberStyle.STRINGS ? new JsonPrimitive(text)
                : new JsonPrimitive(new RawNumber(text));
    }

    /** A numeric code or count that §1–§3 send as a string (statusCode "0", expiresIn "3600"). */
    JsonElement code(String text) {
        if (shapes.numberStyle() == AnswerShapes.NumberStyle.NUMBERS && text.matches("-?\\d+")) {
            return new JsonPrimitive(new RawNumber(text));
        }
        return new JsonPrimitive(text);
    }

    private JsonElement typed(String text, boolean documentedAsString) {
        boolean asString = switch (shapes.numberStyle()) {
            case DOCUMENTED -> documentedAsString;
            case STRINGS -> true;
            case NUMBERS -> false;
        };
        return asString ? new JsonPrimitive(text) : new JsonPrimitive(new RawNumber(text));
    }

    static BigDecimal kwhDecimal(long wh) {
        return BigDecimal.valueOf(wh, 3);
    }

    static String kwhText(long wh) {
        return kwhDecimal(wh).toPlainString();
    }

    /** 23459.133 -> 2.3459133E+4, 0 -> 0E+0, 0.198 -> 1.98E-1. */
    static String scientific(BigDecimal value) {
        if (value.signum() == 0) {
            return "0E+0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().abs().toString();
        int exponent = digits.length() - stripped.scale() - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (stripped.signum() < 0 ? "-" : "") + mantissa + "E" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /** A calendar date (DT, readDate, startDate ...): MM/dd/yyyy unless the shapes say otherwise. */
    String date(LocalDate day) {
        return date.format(day);
    }

    /** The date of a portal interval row: yyyy-MM-dd unless the shapes say otherwise. */
    String rowDate(LocalDate day) {
        return shapes.dateStyle() == AnswerShapes.DateStyle.DOCUMENTED ? day.toString() : date.format(day);
    }

    /** A timestamp (RevTS, odrdate, readDate ...) as Central wall time. */
    String timestamp(Instant instant) {
        return timestamp.format(instant.atZone(SyntheticMeter.CENTRAL));
    }

    /** A token time (issuedAt / expiresAt), or null when the shapes send none. */
    String tokenTime(Instant instant) {
        return switch (shapes.tokenTimes()) {
            case ISO_UTC -> DateTimeFormatter.ISO_INSTANT.format(instant.atOffset(ZoneOffset.UTC));
            default -> DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss", Locale.ROOT)
                    .format(instant.atZone(SyntheticMeter.CENTRAL));
        };
    }

    /** A portal interval row time; {@code endOfDay} marks the end of the day's last row. */
    String rowTime(LocalTime time, boolean endOfDay) {
        boolean seconds = shapes.timesWithSeconds();
        return switch (shapes.portalTimeStyle()) {
            case SPACED_12H -> " " + twelveHour(time, true, seconds, " ");
            case COMPACT_12H -> twelveHour(time, false, seconds, "");
            case PADDED_24H -> endOfDay && shapes.endOfDayAs2400() ? (seconds ? "24:00:00" : "24:00")
                    : String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
                            + (seconds ? ":00" : "");
            case UNPADDED_24H -> endOfDay && shapes.endOfDayAs2400() ? (seconds ? "24:00:00" : "24:00")
                    : String.format(Locale.ROOT, "%d:%02d", time.getHour(), time.getMinute()) + (seconds ? ":00" : "");
        };
    }

    private static String twelveHour(LocalTime time, boolean padded, boolean seconds, String beforeMarker) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String marker = time.getHour() < 12 ? "am" : "pm";
        return String.format(Locale.ROOT, padded ? "%02d:%02d" : "%d:%02d", hour, time.getMinute())
                + (seconds ? ":00" : "") + beforeMarker + marker;
    }

    /** One RD position: "value-FLAG" or empty. */
    String rdValue(long wh, boolean estimated) {
        String text = kwhText(wh);
        if (!shapes.rdLeadingZero() && text.startsWith("0.")) {
            text = text.substring(1);
        }
        return text + (estimated ? "-E" : "-A");
    }

    String rdEmpty() {
        return shapes.rdEmptyAsDash() ? "-" : "";
    }

    JsonElement wrapPortal(JsonElement payload) {
        return wrap(payload, shapes.portalDataWrapper());
    }

    JsonElement wrapOfficial(JsonElement payload) {
        return wrap(payload, shapes.officialDataWrapper());
    }

    private static JsonElement wrap(JsonElement payload, boolean wrap) {
        if (!wrap) {
            return payload;
        }
        JsonObject outer = new JsonObject();
        outer.add("data", payload);
        return outer;
    }

    /** A JSON number written exactly as given (Gson writes Number.toString()). */
    static final class RawNumber extends Number {
        private static final long serialVersionUID = 1L;
        private final String text;

        RawNumber(String text) {
            this.text = text;
        }

        @Override
        public int intValue() {
            return new BigDecimal(text).intValue();
        }

        @Override
        public long longValue() {
            return new BigDecimal(text).longValue();
        }

        @Override
        public float floatValue() {
            return Float.parseFloat(text);
        }

        @Override
        public double doubleValue() {
            return Double.parseDouble(text);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
