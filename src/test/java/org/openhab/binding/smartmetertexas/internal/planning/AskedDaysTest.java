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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

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

    @Test
    void daysJustInsideSmtsKeepingAndJustOutsideTheRangeAreNamedOnceForWhatTheyAre() {
        AskedDays asked = new AskedDays(DataKind.INTERVALS, day(2026, 6, 1), TODAY);
        LocalDate oldest = AskedDays.oldestKept(TODAY);
        assertEquals(LocalDate.of(2024, 6, 14), oldest);
        assertFalse(asked.test(new DateRange(oldest, oldest)));
        assertFalse(asked.test(new DateRange(oldest.plusDays(1), oldest.plusDays(1))));
        assertFalse(asked.test(day(2026, 5, 31)));
        assertFalse(asked.test(day(2026, 6, 15)));
        String outside = "not asked: outside the days asked, 2026-06-01..2026-06-01";
        assertEquals(List.of(new RejectedPart("2024-06-14 to 2026-05-31 (3 days)", outside),
                new RejectedPart("2026-06-15", outside)), asked.leftOut(), "today is not the future");

        AskedDays toYesterday = new AskedDays(DataKind.INTERVALS, day(2026, 6, 14), TODAY);
        assertFalse(toYesterday.test(day(2026, 6, 15)));
        assertEquals(
                List.of(new RejectedPart("2026-06-15", "not asked: outside the days asked, 2026-06-14..2026-06-14")),
                toYesterday.leftOut());
    }

    @Test
    void aBillingPeriodEndingTheDayBeforeASingleDayAskedIsNamedOnce() {
        AskedDays asked = new AskedDays(DataKind.MONTHLY, day(2026, 6, 1), TODAY);
        assertFalse(asked.test(new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31))));
        assertEquals(
                List.of(new RejectedPart("2026-05-31", "not asked: outside the days asked, 2026-06-01..2026-06-01")),
                asked.leftOut());
    }

    @Test
    void theProtocolProblemNamesThreePartsCutTo90CharactersAndCountsTheRest() {
        AskedDays asked = new AskedDays(DataKind.INTERVALS, TWO_DAYS, TODAY);
        String reason87 = "r".repeat(87);
        List<RejectedPart> three = List.of(new RejectedPart("a", reason87), new RejectedPart("b", reason87 + "s"),
                new RejectedPart("c", "short"));
        SmtException e = assertThrows(SmtException.class, () -> asked.requireUsable(false, three, "daily reads"));
        assertEquals("no usable day in SMT's daily reads for 2026-06-01..2026-06-02: a: " + reason87 + "; b: "
                + reason87 + "…; c: short", e.getMessage(), "90 characters stay whole, 91 are cut");

        List<RejectedPart> five = new java.util.ArrayList<>(three);
        five.add(new RejectedPart("d", "x"));
        five.add(new RejectedPart("e", "y"));
        SmtException more = assertThrows(SmtException.class, () -> asked.requireUsable(false, five, "daily reads"));
        assertTrue(more.getMessage().endsWith("; c: short (and 2 more)"), more.getMessage());
    }

    private static final Esiid ESIID = new Esiid("10443720000000001");

    private static FakeSmtClient client() {
        return new FakeSmtClient(new ManualClock(Instant.parse("2026-06-15T15:00:00Z")));
    }

    @Test
    void anAnswerOfOnlyOtherDaysIsEmptyAndNotAskedForAgainAsNotYetPublished() throws SmtException {
        SmtException empty = new SmtException(Failure.NOT_YET_AVAILABLE, "every row left out");
        FakeSmtClient client = client();
        client.offered.add(day(2026, 5, 1));
        client.answer(empty).answer(empty).answer(empty);
        assertEquals(List.of(), new AskedDays(DataKind.INTERVALS, TWO_DAYS, TODAY).intervals(client, ESIID).readings());
        assertEquals(List.of(), new AskedDays(DataKind.DAILY, TWO_DAYS, TODAY).daily(client, ESIID));
        assertEquals(List.of(), new AskedDays(DataKind.MONTHLY, TWO_DAYS, TODAY).monthly(client, ESIID));

        FakeSmtClient nothing = client();
        nothing.answer(empty).answer(empty).answer(empty);
        assertThrows(SmtException.class,
                () -> new AskedDays(DataKind.INTERVALS, TWO_DAYS, TODAY).intervals(nothing, ESIID),
                "SMT had nothing at all: not yet published");
        assertThrows(SmtException.class, () -> new AskedDays(DataKind.DAILY, TWO_DAYS, TODAY).daily(nothing, ESIID));
        assertThrows(SmtException.class,
                () -> new AskedDays(DataKind.MONTHLY, TWO_DAYS, TODAY).monthly(nothing, ESIID));
    }

    @Test
    void anAnswerOfOnlyAnOverfullDayIsEmpty() throws SmtException {
        FakeSmtClient client = client();
        for (int row = 0; row <= AskedDays.MAX_ROWS_PER_DAY; row++) {
            client.offered.add(day(2026, 6, 1));
        }
        client.answer(new SmtException(Failure.NOT_YET_AVAILABLE, "every row left out"));
        assertEquals(List.of(), new AskedDays(DataKind.DAILY, TWO_DAYS, TODAY).daily(client, ESIID));
    }

    @Test
    void onlyBillingPeriodsOverlappingTheDaysAskedAreKept() throws SmtException {
        MonthlyUsage may = new MonthlyUsage(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), BigDecimal.ONE);
        MonthlyUsage june = new MonthlyUsage(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30), BigDecimal.TEN);
        FakeSmtClient client = client();
        client.answer(List.of(may, june));
        assertEquals(List.of(june), new AskedDays(DataKind.MONTHLY, TWO_DAYS, TODAY).monthly(client, ESIID));
    }

    @Test
    void smtsEarliestDateIsNamedToo() {
        AskedDays asked = new AskedDays(DataKind.INTERVALS, TWO_DAYS, TODAY);
        assertFalse(asked.test(day(1970, 1, 1)));
        assertEquals(List.of(new RejectedPart("1970-01-01", "not asked: older than SMT keeps")), asked.leftOut());
    }
}
