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
package org.openhab.core.library.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in of openHAB's {@code DateTimeType}: a point in time. Two values are equal, and are ordered, by their
 * {@link Instant}; the zone they were created with only matters for the deprecated {@link #getZonedDateTime()} and
 * for {@link #toString()}. Use {@link #getInstant()} or {@link #getZonedDateTime(ZoneId)}, which behave the same in
 * openHAB 4.3 and 5.x.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_GENERAL = "yyyy-MM-dd'T'HH:mm:ss.SSSz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSX";
    public static final String DATE_PATTERN_JSON_COMPAT = "MMM d, yyyy, h:mm:ss aaa";

    /** Date and time with optional seconds, fraction and offset ("+01:00", "+0100", "Z") or zone ("[Europe/Paris]"). */
    private static final DateTimeFormatter PARSER = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2).optionalStart().appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd().optionalStart()
            .appendOffset("+HH:MM", "Z").optionalEnd().optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd().toFormatter();

    private final ZonedDateTime zonedDateTime;

    /** Now, in the system time zone. */
    public DateTimeType() {
        this(ZonedDateTime.now());
    }

    /** The instant, shown in the system time zone. */
    public DateTimeType(Instant instant) {
        this(ZonedDateTime.ofInstant(instant, ZoneId.systemDefault()));
    }

    public DateTimeType(ZonedDateTime zoned) {
        this.zonedDateTime = zoned;
    }

    /**
     * Reads an ISO-8601 date and time with optional offset or zone (without either, the system time zone applies),
     * a date alone (midnight), or a number of seconds (up to 10 digits) or milliseconds since the epoch.
     *
     * @throws IllegalArgumentException if the text is in none of these forms
     */
    public DateTimeType(String zonedValue) {
        this.zonedDateTime = parse(zonedValue.strip());
    }

    private static ZonedDateTime parse(String text) {
        try {
            var parsed = PARSER.parseBest(text, ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime zoned ? zoned
                    : ((LocalDateTime) parsed).atZone(ZoneId.systemDefault());
        } catch (DateTimeParseException notDateTime) {
            // not a date and time: try the other forms
        }
        try {
            return LocalDate.parse(text).atTime(LocalTime.MIDNIGHT).atZone(ZoneId.systemDefault());
        } catch (DateTimeParseException notDate) {
            // not a date either
        }
        try {
            long epoch = Long.parseLong(text);
            Instant instant = Long.toString(Math.abs(epoch)).length() <= 10 ? Instant.ofEpochSecond(epoch)
                    : Instant.ofEpochMilli(epoch);
            return ZonedDateTime.ofInstant(instant, ZoneId.systemDefault());
        } catch (NumberFormatException | DateTimeException notEpoch) {
            throw new IllegalArgumentException(text + " is not in a valid format.");
        }
    }

    /**
     * @deprecated as in openHAB: the zone of a value is not reliable across versions; use
     *             {@link #getZonedDateTime(ZoneId)} or {@link #getInstant()}
     */
    @Deprecated
    public ZonedDateTime getZonedDateTime() {
        return zonedDateTime;
    }

    public ZonedDateTime getZonedDateTime(ZoneId zoneId) {
        return zonedDateTime.withZoneSameInstant(zoneId);
    }

    public Instant getInstant() {
        return zonedDateTime.toInstant();
    }

    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    /**
     * Formats with a {@link java.util.Formatter} pattern whose argument is the {@link ZonedDateTime} (e.g.
     * {@code "%1$tY-%1$tm-%1$td"}); {@code null} gives {@link #DATE_PATTERN}.
     */
    @Override
    public String format(@Nullable String pattern) {
        return format(pattern, zonedDateTime.getZone());
    }

    /** As {@link #format(String)}, in the given zone. */
    public String format(@Nullable String pattern, ZoneId zoneId) {
        ZonedDateTime inZone = getZonedDateTime(zoneId);
        if (pattern == null) {
            return DateTimeFormatter.ofPattern(DATE_PATTERN).format(inZone);
        }
        return String.format(pattern, inZone);
    }

    /** As {@link #format(String)}, with the given locale's names of months and days. */
    public String format(Locale locale, String pattern) {
        return String.format(locale, pattern, zonedDateTime);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    /** The value in the {@link #DATE_PATTERN_WITH_TZ_AND_MS} form. */
    @Override
    public String toFullString() {
        return DateTimeFormatter.ofPattern(DATE_PATTERN_WITH_TZ_AND_MS).format(zonedDateTime);
    }

    /** The value in the {@link #DATE_PATTERN_WITH_TZ_AND_MS} form, in the given zone. */
    public String toFullString(ZoneId zoneId) {
        return DateTimeFormatter.ofPattern(DATE_PATTERN_WITH_TZ_AND_MS).format(getZonedDateTime(zoneId));
    }

    @Override
    public int hashCode() {
        return getInstant().hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return getInstant().equals(((DateTimeType) obj).getInstant());
    }

    @Override
    public int compareTo(DateTimeType o) {
        return getInstant().compareTo(o.getInstant());
    }
}
