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
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;

/**
 * Reads the numbers, dates and times SMT writes, in every style doc/smt-protocol.md §6 lists, and refuses hostile
 * values
 * (NaN, huge exponents, absurd magnitudes, impossible dates) before anything expensive happens to them.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SmtValues {

    /** No meter value comes near this many kWh; more is a broken or hostile answer. */
    public static final BigDecimal MAX_KWH = new BigDecimal("1E+9");
    /** Largest exponent accepted in a number (BigDecimal turns 1E+999999999 into a giant string on demand). */
    public static final int MAX_EXPONENT = 30;
    /** Longest number text accepted. */
    private static final int MAX_NUMBER_CHARS = 48;
    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 2199;
    private static final int EXCERPT_CHARS = 80;

    private SmtValues() {
    }

    /** A kWh value: decimal, exponent form allowed, magnitude at most {@link #MAX_KWH}. */
    public static BigDecimal kwh(String text) throws MalformedAnswerException {
        BigDecimal value = boundedDecimal(text);
        if (value.abs().compareTo(MAX_KWH) > 0) {
            throw new MalformedAnswerException("Absurd kWh value '" + excerpt(text) + "'");
        }
        return value;
    }

    /**
     * A number that is not a kWh value (codes, seconds, identifiers): exponent at most ±{@link #MAX_EXPONENT}, at
     * most {@value #MAX_NUMBER_CHARS} characters; the result never has a negative scale.
     */
    public static BigDecimal boundedDecimal(String text) throws MalformedAnswerException {
        String s = text.strip();
        if (s.isEmpty() || s.length() > MAX_NUMBER_CHARS || !isPlainOrExponentNumber(s)) {
            throw new MalformedAnswerException("Not a number: '" + excerpt(text) + "'");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new MalformedAnswerException("Not a number: '" + excerpt(text) + "'");
        }
        // the exponent check above bounds the scale, so this cannot blow up
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Digits, an optional sign, decimal point and exponent of at most two digits; no NaN, no Infinity. */
    private static boolean isPlainOrExponentNumber(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                exponent = exponent * 10 + (s.charAt(i) - '0');
                i++;
                if (exponent > MAX_EXPONENT) {
                    return false;
                }
            }
            if (i == exponentStart) {
                return false;
            }
        }
        return i == n;
    }

    /** An integral code or count as text ("0", "5031"), also when sent as a number like 5031 or 5.031E+3. */
    public static String integralText(String text) throws MalformedAnswerException {
        BigDecimal value = boundedDecimal(text);
        try {
            return value.toBigIntegerExact().toString();
        } catch (ArithmeticException e) {
            throw new MalformedAnswerException("Not a whole number: '" + excerpt(text) + "'");
        }
    }

    /**
     * A calendar day: {@code MM/dd/yyyy} or {@code yyyy-MM-dd}, zero-padded or not; a time after the date (space
     * or 'T') is ignored.
     */
    public static LocalDate date(String text) throws MalformedAnswerException {
        String s = text.strip();
        LocalDate day = dateOrNull(s, dateEnd(s));
        if (day == null) {
            throw new MalformedAnswerException("Not a date: '" + excerpt(text) + "'");
        }
        return day;
    }

    /** Where the date of a date and time ends: at a space, a 'T' or the end. */
    private static int dateEnd(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != 'T') {
            end++;
        }
        return end;
    }

    private static @Nullable LocalDate dateOrNull(String s, int to) {
        int[] parts = new int[3];
        int[] lengths = new int[3];
        char separator = 0;
        int part = 0;
        for (int i = 0; i < to; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                if (lengths[part] == 4) {
                    return null;
                }
                parts[part] = parts[part] * 10 + (c - '0');
                lengths[part]++;
            } else if ((c == '/' || c == '-') && part < 2 && lengths[part] > 0 && (separator == 0 || separator == c)) {
                separator = c;
                part++;
            } else {
                return null;
            }
        }
        if (part != 2 || lengths[2] == 0) {
            return null;
        }
        int year;
        int month;
        int dayOfMonth;
        if (separator == '/' && lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
            month = parts[0];
            dayOfMonth = parts[1];
            year = parts[2];
        } else if (separator == '-' && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
            year = parts[0];
            month = parts[1];
            dayOfMonth = parts[2];
        } else {
            return null;
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A clock time as minutes after midnight, 0 to 1440: {@code " 12:15 am"}, {@code "12:15am"}, {@code "00:15"},
     * {@code "0:15"}, {@code "24:00"}, each with or without seconds (which must be zero: SMT's times are
     * quarter-hours). {@code "12:00 am"} is 0; whether it means the day's end is the caller's call.
     */
    public static int minuteOfDay(String text) throws MalformedAnswerException {
        int second = secondOfDay(text.strip());
        if (second < 0 || second % 60 != 0) {
            throw new MalformedAnswerException("Not a time of day: '" + excerpt(text) + "'");
        }
        return second / 60;
    }

    /**
     * Like {@link #minuteOfDay} on an already stripped text, in seconds (0 to 86400, any second, a fraction of a
     * second ignored); -1 when unreadable.
     */
    private static int secondOfDay(String s) {
        int[] fields = new int[3];
        int[] lengths = new int[3];
        int field = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                if (lengths[field] == 2) {
                    return -1;
                }
                fields[field] = fields[field] * 10 + (c - '0');
                lengths[field]++;
            } else if (c == ':' && field < 2 && lengths[field] > 0) {
                field++;
            } else if (c == '.' && field == 2) {
                // fractional seconds: skip the digits
                i++;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                break;
            } else {
                break;
            }
            i++;
        }
        if (field == 0 || lengths[1] != 2 || (field == 2 && lengths[2] != 2)) {
            return -1;
        }
        String rest = s.substring(i).strip().toLowerCase(Locale.ROOT);
        int hour = fields[0];
        int minute = fields[1];
        int second = fields[2];
        if (minute > 59 || second > 59) {
            return -1;
        }
        if (rest.isEmpty()) {
            if (hour > 23 && (hour != 24 || minute != 0 || second != 0)) {
                return -1;
            }
        } else if ("am".equals(rest) || "a.m.".equals(rest) || "pm".equals(rest) || "p.m.".equals(rest)) {
            if (hour < 1 || hour > 12) {
                return -1;
            }
            hour = hour % 12 + (rest.startsWith("p") ? 12 : 0);
        } else {
            return -1;
        }
        return (hour * 60 + minute) * 60 + second;
    }

    /**
     * A Central wall time such as {@code MM/dd/yyyy HH:mm:ss} (also {@code yyyy-MM-dd}, 'T', 12-hour, without
     * seconds), or an ISO-8601 time with an offset or 'Z', which is taken as it is. A wall time that occurs twice
     * (the fall-back hour) takes the offset that puts it nearest {@code near}, or the earlier one without a
     * reference; a wall time that does not exist (the spring-forward hour) is refused.
     */
    public static Instant centralInstant(String text, @Nullable Instant near) throws MalformedAnswerException {
        String s = text.strip();
        LocalDateTime wall = s.length() > 64 ? null : wallTimeOrNull(s);
        if (wall == null) {
            try {
                // not a wall time (nor too long to read): an ISO-8601 time with an offset, or nothing we read
                if (s.length() <= 64) {
                    return OffsetDateTime.parse(s.replace(' ', 'T').toUpperCase(Locale.ROOT)).toInstant();
                }
            } catch (DateTimeParseException e) {
                // named below
            }
            throw new MalformedAnswerException("Not a date and time: '" + excerpt(text) + "'");
        }
        List<ZoneOffset> offsets = SmtTime.CENTRAL.getRules().getValidOffsets(wall);
        if (offsets.isEmpty()) {
            throw new MalformedAnswerException("Central time " + wall + " does not exist (spring-forward hour)");
        }
        Instant best = wall.toInstant(offsets.get(0));
        for (ZoneOffset offset : offsets) {
            Instant candidate = wall.toInstant(offset);
            if (near == null ? candidate.isBefore(best)
                    : Duration.between(candidate, near).abs().compareTo(Duration.between(best, near).abs()) < 0) {
                best = candidate;
            }
        }
        return best;
    }

    private static @Nullable LocalDateTime wallTimeOrNull(String s) {
        int split = dateEnd(s);
        LocalDate day = dateOrNull(s, split);
        if (day == null) {
            return null;
        }
        int second = split >= s.length() ? 0 : secondOfDay(s.substring(split + 1).strip());
        return second < 0 ? null : day.atStartOfDay().plusSeconds(second);
    }

    /** SMT's quality flag: "A"/"Actual" is actual; "E"/"Estimated" and anything unknown or missing is estimated. */
    public static Quality quality(@Nullable String flag) {
        if (flag != null) {
            String f = flag.strip();
            if ("A".equalsIgnoreCase(f) || "Actual".equalsIgnoreCase(f)) {
                return Quality.ACTUAL;
            }
        }
        // we cannot vouch for a value SMT did not call actual
        return Quality.ESTIMATED;
    }

    /** A short, printable excerpt for messages: control characters (and bidi controls) replaced, at most 80. */
    public static String excerpt(String text) {
        return excerpt(text, EXCERPT_CHARS);
    }

    /** A short, printable excerpt for messages: control characters replaced, at most {@code max} characters. */
    public static String excerpt(String text, int max) {
        int n = Math.min(text.length(), max);
        StringBuilder out = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            out.append(SafeText.isUnsafe(c) ? ' ' : c);
        }
        if (text.length() > max) {
            out.setLength(Math.max(0, max - 1));
            out.append('…');
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
