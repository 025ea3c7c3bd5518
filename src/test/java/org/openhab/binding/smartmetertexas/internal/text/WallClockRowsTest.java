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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Wall-clock labels of interval rows become the right instants around DST, counted per series and day, and the
 * rejections name the label (instants computed by hand: CDT is UTC-5, CST UTC-6).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class WallClockRowsTest {

    private static final LocalDate FALL_BACK = LocalDate.of(2025, 11, 2);
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2025, 3, 9);
    private static final int ONE_AM = 4;

    @Test
    void eachSeriesCountsTheRepeatedHourOnItsOwn() throws Exception {
        WallClockRows rows = new WallClockRows();
        assertEquals(Instant.parse("2025-11-02T06:00:00Z"), rows.next("consumption", FALL_BACK, ONE_AM));
        assertEquals(Instant.parse("2025-11-02T06:00:00Z"), rows.next("generation", FALL_BACK, ONE_AM));
        assertEquals(Instant.parse("2025-11-02T07:00:00Z"), rows.next("consumption", FALL_BACK, ONE_AM));
        assertEquals(Instant.parse("2025-11-02T07:00:00Z"), rows.next("generation", FALL_BACK, ONE_AM));
    }

    @Test
    void eachDayCountsOnItsOwn() throws Exception {
        WallClockRows rows = new WallClockRows();
        assertEquals(Instant.parse("2025-01-15T06:00:00Z"), rows.next("consumption", LocalDate.of(2025, 1, 15), 0));
        assertEquals(Instant.parse("2025-07-15T05:00:00Z"), rows.next("consumption", LocalDate.of(2025, 7, 15), 0));
    }

    @Test
    void aSkippedOrThriceSeenLabelIsRejectedByName() throws Exception {
        WallClockRows rows = new WallClockRows();
        MalformedAnswerException skipped = assertThrows(MalformedAnswerException.class,
                () -> rows.next("consumption", SPRING_FORWARD, 9));
        assertEquals("2025-03-09 02:15 does not exist in Central time (spring-forward)", skipped.getMessage());
        rows.next("consumption", FALL_BACK, ONE_AM + 1);
        rows.next("consumption", FALL_BACK, ONE_AM + 1);
        MalformedAnswerException third = assertThrows(MalformedAnswerException.class,
                () -> rows.next("consumption", FALL_BACK, ONE_AM + 1));
        assertEquals("2025-11-02 01:15 occurs more often than the day has it", third.getMessage());
    }

    @Test
    void onlyTheSpringForwardHourIsSkipped() {
        WallClockRows rows = new WallClockRows();
        assertTrue(rows.isSkipped(SPRING_FORWARD, 8));
        assertFalse(rows.isSkipped(SPRING_FORWARD, 12));
        assertFalse(rows.isSkipped(FALL_BACK, ONE_AM));
        assertFalse(rows.isSkipped(LocalDate.of(2025, 1, 15), 8));
    }

    @Test
    void exportRowsAreCountedForTheDayAskedAfterAnotherDay() throws Exception {
        WallClockRows rows = new WallClockRows();
        rows.next("consumption", FALL_BACK, 0);
        assertEquals(96, rows.exportRows(SPRING_FORWARD));
        assertEquals(100, rows.exportRows(FALL_BACK));
        assertEquals(0, rows.exportRows(LocalDate.of(2025, 1, 15)));
    }

    @Test
    void anExportRowWithTheWrongStartLabelIsRejectedAndWithoutLabelsItIsPlacedByPosition() throws Exception {
        WallClockRows rows = new WallClockRows();
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> rows.exportRow(SPRING_FORWARD, 12, "3:15", null));
        assertEquals("row 13 of the day is labelled '3:15'-'null', expected 3:00-3:15", e.getMessage());
        assertEquals(Instant.parse("2025-03-09T08:00:00Z"), rows.exportRow(SPRING_FORWARD, 12, null, null));
        assertEquals(Instant.parse("2025-03-09T08:00:00Z"), rows.exportRow(SPRING_FORWARD, 12, "3:00", "3:15"));
    }

    @Test
    void aStartLabelOfMidnightAtTheDaysEndIsNoQuarterStart() throws Exception {
        assertEquals(95, WallClockRows.quarterOf("23:45", null));
        assertThrows(MalformedAnswerException.class, () -> WallClockRows.quarterOf("24:00", null));
    }

    @Test
    void aQuarterOutsideTheDayHasNoStart() {
        CentralDay day = new CentralDay(FALL_BACK);
        assertNull(day.start(CentralDay.QUARTERS_PER_DAY, 0));
        assertNull(day.start(-1, 0));
        assertEquals(Instant.parse("2025-11-03T05:45:00Z"), day.start(CentralDay.QUARTERS_PER_DAY - 1, 0));
    }
}
