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
package org.openhab.binding.smartmetertexas.internal.planning;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * The check of an answer against its question (doc/smt-protocol.md §7): which rows are kept, and how the days nobody
 * asked for are named (older than SMT keeps, outside the range, in the future).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class AskedDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final DateRange TWO_DAYS = new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));

    private static DateRange day(int year, int month, int day) {
        LocalDate date = LocalDate.of(year, month, day);
        return new DateRange(date, date);
    }

    @Test
    void keepsTheDaysAskedAndNamesTheOthersByWhy() {
        AskedDays asked = new AskedDays(DataKind.INTERVALS, TWO_DAYS, TODAY);

        assertTrue(asked.test(day(2026, 6, 1)));
        assertTrue(asked.test(day(2026, 6, 2)));
        for (int year = 1990; year <= 1999; year++) {
            assertFalse(asked.test(day(year, 1, 1)));
        }
        assertFalse(asked.test(day(2026, 5, 31)));
        assertFalse(asked.test(day(2026, 6, 14)));
        assertFalse(asked.test(day(2099, 1, 1)));

        assertEquals(List.of(new RejectedPart("1990-01-01 to 1999-01-01 (10 days)", "not asked: older than SMT keeps"),
                new RejectedPart("2026-05-31", "not asked: outside the days asked, 2026-06-01..2026-06-02"),
                new RejectedPart("2026-06-14", "not asked: outside the days asked, 2026-06-01..2026-06-02"),
                new RejectedPart("2099-01-01", "not asked: in the future")), asked.leftOut());
    }

    @Test
    void aDayAskedButInTheFutureIsNotKept() {
        AskedDays asked = new AskedDays(DataKind.DAILY, new DateRange(TODAY, TODAY.plusDays(1)), TODAY);

        assertTrue(asked.test(day(2026, 6, 15)));
        assertFalse(asked.test(day(2026, 6, 16)));
        assertEquals(List.of(new RejectedPart("2026-06-16", "not asked: in the future")), asked.leftOut());
    }

    @Test
    void billingPeriodsOverlappingTheDaysAreAsked() {
        AskedDays asked = new AskedDays(DataKind.MONTHLY, TWO_DAYS, TODAY);

        assertTrue(asked.test(new DateRange(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 18))));
        assertFalse(asked.test(new DateRange(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 5, 19))));
        assertFalse(asked.test(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))));
        assertFalse(asked.test(new DateRange(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 1, 31))));

        // SMT's keeping limit is one of 15-minute and daily data: older billing periods are just not asked
        assertEquals(List.of(
                new RejectedPart("1999-01-31 to 2026-05-19 (2 days)",
                        "not asked: outside the days asked, 2026-06-01..2026-06-02"),
                new RejectedPart("2026-07-01", "not asked: in the future")), asked.leftOut());
    }

    @Test
    void aDayWithMoreRowsThanADayHasIsLeftOutAsAWhole() {
        AskedDays asked = new AskedDays(DataKind.INTERVALS, TWO_DAYS, TODAY);
        for (int row = 0; row < AskedDays.MAX_ROWS_PER_DAY; row++) {
            assertTrue(asked.test(day(2026, 6, 1)));
        }

        assertFalse(asked.test(day(2026, 6, 1)));
        assertFalse(asked.test(day(2026, 6, 1)), "nor any later row of it");
        assertTrue(asked.test(day(2026, 6, 2)));
        assertEquals(List.of(new RejectedPart("2026-06-01", "more than 400 rows for one day: it cannot be trusted")),
                asked.leftOut());
    }

    @Test
    void nothingUsableIsAProtocolProblemNamingWhatCame() throws SmtException {
        AskedDays asked = new AskedDays(DataKind.INTERVALS, TWO_DAYS, TODAY);
        asked.requireUsable(false, List.of(), "15-minute data");
        asked.test(day(2019, 1, 1));
        asked.requireUsable(true, List.of(), "15-minute data");

        SmtException e = assertThrows(SmtException.class,
                () -> asked.requireUsable(false,
                        List.of(new RejectedPart("2026-06-01", "consumption RD has 99 positions, expected 100")),
                        "15-minute data"));

        assertEquals(Failure.PROTOCOL_ERROR, e.kind());
        assertEquals(
                "no usable day in SMT's 15-minute data for 2026-06-01..2026-06-02: 2026-06-01: consumption RD "
                        + "has 99 positions, expected 100; 2019-01-01: not asked: older than SMT keeps",
                e.getMessage());
    }
}
