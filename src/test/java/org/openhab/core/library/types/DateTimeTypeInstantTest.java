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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link DateTimeType} reads openHAB's text forms and compares points in time whatever their zone.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class DateTimeTypeInstantTest {

    private static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

    @Test
    void samePointInTimeInTwoZonesIsEqual() {
        Instant instant = Instant.parse("2024-11-03T07:30:00Z");
        DateTimeType utc = new DateTimeType(instant.atZone(ZoneId.of("UTC")));
        DateTimeType central = new DateTimeType(instant.atZone(CENTRAL));

        assertEquals(utc, central);
        assertEquals(0, utc.compareTo(central));
        assertEquals(instant, central.getInstant());
        assertEquals("2024-11-03T01:30-06:00[America/Chicago]", utc.getZonedDateTime(CENTRAL).toString());
    }

    @Test
    void readsOffsetsAndWritesTheFullForm() {
        DateTimeType value = new DateTimeType("2024-03-10T03:15:00.000-0500");

        assertEquals(Instant.parse("2024-03-10T08:15:00Z"), value.getInstant());
        assertEquals("2024-03-10T03:15:00.000-0500", value.toFullString());
        assertEquals(value, DateTimeType.valueOf(value.toFullString()));
        assertEquals(Instant.parse("2024-03-10T08:15:00Z"), new DateTimeType("2024-03-10T08:15:00Z").getInstant());
        assertEquals("2024-03-10", value.format("%1$tY-%1$tm-%1$td"));
    }

    @Test
    void rejectsText() {
        assertThrows(IllegalArgumentException.class, () -> new DateTimeType("yesterday"));
        assertTrue(new DateTimeType(ZonedDateTime.now()).compareTo(new DateTimeType(Instant.EPOCH)) > 0);
    }
}
