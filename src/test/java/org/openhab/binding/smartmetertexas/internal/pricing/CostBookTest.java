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
package org.openhab.binding.smartmetertexas.internal.pricing;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;

/**
 * What the binding keeps for its cost channels: whole days replaced by revisions, SMT's periods as cycles, the
 * forecast from the last complete week, and a restart that finds everything again (DST days included).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CostBookTest {

    private static final Plan FLAT = Plan.flat("flat", new BigDecimal("0.10"), BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    private static List<IntervalReading> days(LocalDate from, LocalDate to, String kwh) {
        return BillingTest.everyInterval(new DateRange(from, to), kwh, IntervalKind.CONSUMPTION);
    }

    @Test
    void aRevisedDayReplacesTheDayAndNamesItsCycle() {
        CostBook book = new CostBook();
        book.periods(List.of(new MonthlyUsage(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 14), BigDecimal.ONE)));
        book.put(days(LocalDate.of(2025, 6, 10), LocalDate.of(2025, 6, 20), "1"));

        List<DateRange> touched = book.put(days(LocalDate.of(2025, 6, 14), LocalDate.of(2025, 6, 15), "2"));

        assertEquals(List.of(new DateRange(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 14)),
                new DateRange(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 14))), touched);
        assertEquals(0, new BigDecimal(96 * 2)
                .compareTo(book.consumption(new DateRange(LocalDate.of(2025, 6, 14), LocalDate.of(2025, 6, 14)))));
        assertEquals(LocalDate.of(2025, 6, 20), book.latestCompleteDay());
    }

    @Test
    void theForecastRepeatsTheLastCompleteWeekWeekdayForWeekday() {
        CostBook book = new CostBook();
        DateRange june = new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        // the last complete week: Tuesday 3 to Monday 9 June; only its Saturday uses more
        List<IntervalReading> readings = new ArrayList<>(days(june.from(), LocalDate.of(2025, 6, 6), "0.1"));
        readings.addAll(days(LocalDate.of(2025, 6, 7), LocalDate.of(2025, 6, 7), "1"));
        readings.addAll(days(LocalDate.of(2025, 6, 8), LocalDate.of(2025, 6, 9), "0.1"));
        book.put(readings);

        Bill forecast = book.forecast(FLAT, june);

        assertNotNull(forecast);
        // 9 days so far (one Saturday at 96 kWh, 8 days at 9.6), 21 days to come (3 Saturdays)
        BigDecimal expected = new BigDecimal("96").multiply(BigDecimal.valueOf(4))
                .add(new BigDecimal("9.6").multiply(BigDecimal.valueOf(26)));
        assertEquals(0, expected.compareTo(forecast.kwh()), forecast.toString());
        Bill toDate = book.toDate(FLAT, june);
        assertNotNull(toDate);
        assertEquals(0, new BigDecimal("172.8").compareTo(toDate.kwh()));
    }

    @Test
    void aRestartFindsTheDaysAndCyclesAgainDstDaysIncluded() {
        CostBook book = new CostBook();
        book.periods(List.of(new MonthlyUsage(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 11, 19), BigDecimal.ONE)));
        List<IntervalReading> readings = new ArrayList<>(
                days(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 3), "0.123"));
        readings.add(BillingTest.reading(readings.get(50).start(), "0.5", IntervalKind.GENERATION));
        book.put(readings);

        CostBook again = CostBook.fromJson(book.toJson());

        DateRange days = new DateRange(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 3));
        assertEquals(book.readings(days).size(), again.readings(days).size());
        assertEquals(96 + 100 + 96 + 1, again.readings(days).size(), "the fall-back day's 100 intervals");
        assertEquals(book.consumption(days), again.consumption(days));
        assertEquals(FLAT.bill(book.cycleOf(days.from()), book.readings(days)),
                FLAT.bill(again.cycleOf(days.from()), again.readings(days)));
        assertTrue(again.periodsKnown());
        assertEquals(LocalDate.of(2025, 11, 3), again.latestCompleteDay());
        assertFalse(CostBook.fromJson("{\"days\": 5}").periodsKnown(), "a damaged book is an empty one");
    }

    @Test
    void daysBeforeThePreviousCycleAreForgottenButTheCycleHistoryIsFilling() {
        CostBook book = new CostBook();
        book.periods(List.of(new MonthlyUsage(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 5, 14), BigDecimal.ONE),
                new MonthlyUsage(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 14), BigDecimal.ONE)));
        book.put(days(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 19), "0.1"));

        DateRange march = book.cycleOf(LocalDate.of(2025, 3, 20));

        book.forgetBefore(LocalDate.of(2025, 6, 20), march);

        // the cycle whose earlier days may still come as history stays; the one between goes
        assertEquals(List.of(march, new DateRange(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 14)),
                new DateRange(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 14))), book.heldCycles());
    }

    private static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static MonthlyUsage period(String from, String to) {
        return new MonthlyUsage(LocalDate.parse(from), LocalDate.parse(to), BigDecimal.ONE);
    }

    @Test
    void newPeriodsReplaceOnlyTheCyclesTheyOverlap() {
        CostBook book = new CostBook();
        assertTrue(book.periods(List.of(period("2025-05-15", "2025-06-14"), period("2025-06-15", "2025-07-14"))));
        assertFalse(book.periods(List.of(period("2025-05-15", "2025-06-14"))), "the same period again changes nothing");

        // SMT's next answer moves the second cycle's start: it replaces that cycle, the first stays
        assertTrue(book.periods(List.of(period("2025-06-20", "2025-07-19"))));

        assertEquals(range("2025-05-15", "2025-06-14"), book.cycleOf(LocalDate.of(2025, 6, 1)));
        assertEquals(range("2025-06-15", "2025-06-19"), book.cycleOf(LocalDate.of(2025, 6, 16)));
        assertEquals(range("2025-06-20", "2025-07-19"), book.cycleOf(LocalDate.of(2025, 7, 16)));
    }

    @Test
    void aCycleCountedOnFromAKnownOneEndsBeforeTheNextKnownOne() {
        List<DateRange> known = List.of(range("2025-01-15", "2025-02-14"), range("2025-03-10", "2025-04-09"),
                range("2025-05-01", "2025-05-31"));

        assertEquals(range("2025-02-15", "2025-03-09"), CostBook.cycleOf(LocalDate.of(2025, 2, 20), known));
        assertEquals(range("2025-04-10", "2025-04-30"), CostBook.cycleOf(LocalDate.of(2025, 4, 20), known));
    }

    @Test
    void withShortCyclesTheLastWeekIsKeptForTheForecast() {
        CostBook book = new CostBook();
        book.periods(List.of(period("2025-06-01", "2025-06-03"), period("2025-06-04", "2025-06-06")));
        book.put(days(LocalDate.of(2025, 5, 25), LocalDate.of(2025, 6, 9), "0.1"));

        // today 10 June: the previous cycle began 4 June, the last week 2 June; the earlier of both is kept
        book.forgetBefore(LocalDate.of(2025, 6, 10), range("2025-05-01", "2025-05-01"));

        assertEquals(0, new BigDecimal("9.6").compareTo(book.consumption(range("2025-06-02", "2025-06-02"))));
        assertEquals(0, BigDecimal.ZERO.compareTo(book.consumption(range("2025-06-01", "2025-06-01"))));
    }

    @Test
    void theBillToDateChargesTheBaseForTheDaysUpToTheLatestCompleteDay() {
        Plan plan = Plan.flat("flat", new BigDecimal("0.10"), new BigDecimal("30.00"), BigDecimal.ZERO,
                BigDecimal.ZERO);
        CostBook book = new CostBook();
        DateRange june = range("2025-06-01", "2025-06-30");
        book.put(days(june.from(), LocalDate.of(2025, 6, 10), "0.1"));

        Bill toDate = book.toDate(plan, june);

        assertNotNull(toDate);
        // 10 of June's 30 days
        assertEquals(0, new BigDecimal("10.00").compareTo(toDate.base()), "$" + toDate.base());
    }

    @Test
    void noStoredBookIsAnEmptyBook() {
        for (CostBook book : List.of(CostBook.fromJson(null), CostBook.fromJson(""), CostBook.fromJson("  "))) {
            assertFalse(book.periodsKnown());
            assertNull(book.latestCompleteDay());
        }
    }

    @Test
    void aStoredBookWithFewerOrMoreKindsOfIntervalsReadsTheOnesItHas() {
        String consumptionOnly = "{\"cycles\": [], \"days\": {\"2025-06-10\": [\"1.5\"]}}";
        String threeKinds = "{\"cycles\": [], \"days\": {\"2025-06-10\": [\"1.5\", \"\", \"7\"]}}";
        DateRange day = range("2025-06-10", "2025-06-10");

        assertEquals(0, new BigDecimal("1.5").compareTo(CostBook.fromJson(consumptionOnly).consumption(day)));
        assertEquals(0, new BigDecimal("1.5").compareTo(CostBook.fromJson(threeKinds).consumption(day)));
    }

    @Test
    void aStoredDayWithMoreQuartersThanADayHasIsSavedAgainWithoutTheSurplus() {
        // 101 values: one more than the longest (fall-back) day has
        String values = String.join(",", Collections.nCopies(101, "0.1"));
        CostBook book = CostBook.fromJson("{\"cycles\": [], \"days\": {\"2025-06-10\": [\"" + values + "\"]}}");

        CostBook again = CostBook.fromJson(book.toJson());

        assertEquals(0, new BigDecimal("10.0").compareTo(again.consumption(range("2025-06-10", "2025-06-10"))));
    }
}
