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
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;

/**
 * The bills a user would check against an EFL and a utility tariff: flat plans, free nights on both DST days, bill
 * credits at their edges, blocks, buyback, dated delivery charges, rounding; and the billing cycles.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class BillingTest {

    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final DateRange JUNE = new DateRange(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
    /** CenterPoint's delivery charges of the public example: $4.39 a cycle and 5.3509¢/kWh. */
    private static final String CENTERPOINT = "\"delivery\": { \"perCycle\": 4.39, \"perKwh\": 0.053509 }";

    static IntervalReading reading(Instant start, String kwh, IntervalKind kind) {
        return new IntervalReading(start, start.plus(QUARTER), new BigDecimal(kwh), kind, Quality.ACTUAL, null);
    }

    /** Every quarter-hour of the days, each with the same consumption. */
    static List<IntervalReading> everyInterval(DateRange days, String kwh, IntervalKind kind) {
        List<IntervalReading> readings = new ArrayList<>();
        Instant end = SmtTime.startOfDay(days.to().plusDays(1));
        for (Instant t = SmtTime.startOfDay(days.from()); t.isBefore(end); t = t.plus(QUARTER)) {
            readings.add(reading(t, kwh, kind));
        }
        return readings;
    }

    /** {@code total} kWh spread over every interval of the cycle, the rounding remainder in the last one. */
    static List<IntervalReading> spread(DateRange cycle, String total) {
        List<IntervalReading> readings = everyInterval(cycle, "0", IntervalKind.CONSUMPTION);
        BigDecimal each = new BigDecimal(total).divide(BigDecimal.valueOf(readings.size()), 3, RoundingMode.DOWN);
        BigDecimal rest = new BigDecimal(total).subtract(each.multiply(BigDecimal.valueOf(readings.size() - 1L)));
        List<IntervalReading> result = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            result.add(reading(readings.get(i).start(), (i == readings.size() - 1 ? rest : each).toPlainString(),
                    IntervalKind.CONSUMPTION));
        }
        return result;
    }

    static Plan plan(String json) throws Exception {
        return Plan.parse(json);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual, "$" + actual);
    }

    @ParameterizedTest(name = "{0} kWh: {1} ¢/kWh")
    @CsvSource({ "500, 20.1", "1000, 19.2", "2000, 18.7" })
    void aFlatPlansAveragePriceMatchesTheEflByHand(String kwh, String centsPerKwh) throws Exception {
        // By hand (12.9¢/kWh, $4.95 base, CenterPoint delivery), e.g. at 500 kWh:
        // energy 500 × 0.129 = 64.50; base 4.95; delivery 4.39 + 500 × 0.053509 = 31.1445 → 31.14;
        // total 100.59 → 100.59 / 500 = 20.118¢ → 20.1¢ as the EFL prints it.
        Plan plan = plan("{\"name\": \"Flat 12.9\", \"baseCharge\": 4.95, \"energy\": [{\"rate\": 0.129}], "
                + CENTERPOINT + "}");

        Bill bill = plan.bill(JUNE, spread(JUNE, kwh));

        assertEquals(0, new BigDecimal(kwh).compareTo(bill.kwh()));
        BigDecimal average = bill.total().multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(kwh), 1,
                RoundingMode.HALF_UP);
        assertEquals(new BigDecimal(centsPerKwh), average, bill.toString());
        assertEquals(bill.energy().add(bill.base()).add(bill.delivery()), bill.total());
    }

    @Test
    void flatPlanLinesAt1000KwhByHand() throws Exception {
        Plan plan = plan("{\"name\": \"Flat 12.9\", \"baseCharge\": 4.95, \"energy\": [{\"rate\": 0.129}], "
                + CENTERPOINT + "}");

        Bill bill = plan.bill(JUNE, spread(JUNE, "1000"));

        assertAmount("129.00", bill.energy());
        assertAmount("4.95", bill.base());
        assertAmount("57.90", bill.delivery());
        assertAmount("191.85", bill.total());
    }

    @Test
    void centerPointDeliveryAt1000KwhIs5790() throws Exception {
        // the public example: 0.053509 × 1000 + 4.39 = 57.899 → $57.90
        Plan plan = plan("{\"name\": \"Delivery only\", \"energy\": [{\"rate\": 0}], " + CENTERPOINT + "}");

        Bill bill = plan.bill(JUNE, spread(JUNE, "1000"));

        assertAmount("57.90", bill.delivery());
        assertAmount("57.90", bill.total());
    }

    @ParameterizedTest(name = "{0}: {1} intervals, {2} free")
    @CsvSource({ "2025-03-09, 92, 32", "2025-06-10, 96, 36", "2025-11-02, 100, 40" })
    void freeNightsFollowTheWallClockOnBothDstDays(LocalDate day, int intervals, int free) throws Exception {
        Plan plan = plan("""
                {"name": "Free Nights", "energy": [{"rate": 0.0, "from": "21:00", "to": "06:00"}, {"rate": 0.189}],
                 "delivery": {"perCycle": 0, "perKwh": 0}}""");
        List<IntervalReading> readings = everyInterval(new DateRange(day, day), "1", IntervalKind.CONSUMPTION);
        Map<Instant, BigDecimal> costs = new TreeMap<>();

        Bill bill = plan.bill(new DateRange(day, day), readings, 1, true, costs, null);

        assertEquals(intervals, readings.size());
        assertEquals(free, costs.values().stream().filter(c -> c.signum() == 0).count());
        // 06:00 to 21:00 is 15 paid hours on every day: 60 × 1 kWh × 18.9¢
        assertAmount("11.34", bill.energy());
        assertEquals(0, BigDecimal.valueOf(intervals).compareTo(bill.kwh()));
    }

    @Test
    void theSecondOneOClockHourOfTheFallBackDayIsFreeToo() throws Exception {
        Plan plan = plan("""
                {"name": "Free Nights", "energy": [{"rate": 0.0, "from": "21:00", "to": "06:00"}, {"rate": 0.189}],
                 "delivery": {"perCycle": 0, "perKwh": 0}}""");
        LocalDate day = LocalDate.of(2025, 11, 2);
        Instant secondOneOClock = Instant.parse("2025-11-02T07:00:00Z"); // 01:00 CST, after 01:00 CDT
        Map<Instant, BigDecimal> costs = new HashMap<>();

        plan.bill(new DateRange(day, day), List.of(reading(secondOneOClock, "2", IntervalKind.CONSUMPTION)), 1, true,
                costs, null);

        assertEquals(0, BigDecimal.ZERO.compareTo(costs.get(secondOneOClock)));
    }

    @ParameterizedTest(name = "{0} kWh: credit {1}")
    @CsvSource({ "1000, -100.00", "999.999, 0.00", "2000, -100.00", "2000.001, 0.00" })
    void aCreditAppliesFromExactlyItsThresholdAndUpToExactlyItsCeiling(String kwh, String credit) throws Exception {
        Plan plan = plan("""
                {"name": "Bill Credit", "energy": [{"rate": 0.15}], "delivery": {"perCycle": 0, "perKwh": 0},
                 "credits": [{"minKwh": 1000, "maxKwh": 2000, "amount": -100.00}]}""");

        Bill bill = plan.bill(JUNE, spread(JUNE, kwh));

        assertAmount(credit, bill.credits());
        assertEquals(bill.energy().add(bill.credits()), bill.total());
    }

    @Test
    void aMinimumUsageFeeIsAPositiveCreditWithAnOpenLowerBound() throws Exception {
        Plan plan = plan("""
                {"name": "Fee", "energy": [{"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0},
                 "credits": [{"maxKwh": 999.999, "amount": 9.95}]}""");

        assertAmount("9.95", plan.bill(JUNE, spread(JUNE, "400")).credits());
        assertAmount("0.00", plan.bill(JUNE, spread(JUNE, "1000")).credits());
    }

    @Test
    void theIntervalThatCrossesABlockEdgeIsSplit() throws Exception {
        Plan plan = plan("""
                {"name": "Tiered", "energy": [{"blocks": [{"uptoKwh": 1000, "rate": 0.10}, {"rate": 0.12}]}],
                 "delivery": {"perCycle": 0, "perKwh": 0}}""");
        Instant first = SmtTime.startOfDay(JUNE.from());
        Instant second = first.plus(QUARTER);
        Map<Instant, BigDecimal> costs = new HashMap<>();

        Bill bill = plan.bill(JUNE, List.of(reading(second, "1.0", IntervalKind.CONSUMPTION),
                reading(first, "999.5", IntervalKind.CONSUMPTION)), JUNE.days(), true, costs, null);

        // 999.5 × 0.10, then 0.5 × 0.10 + 0.5 × 0.12
        assertEquals(0, new BigDecimal("99.95").compareTo(costs.get(first)));
        assertEquals(0, new BigDecimal("0.11").compareTo(costs.get(second)));
        assertAmount("100.06", bill.energy());
    }

    @Test
    void aBlocksRunningTotalCountsIntervalsOtherRulesPriced() throws Exception {
        Plan plan = plan("""
                {"name": "Free nights, tiered days",
                 "energy": [{"rate": 0, "from": "00:00", "to": "06:00"},
                            {"blocks": [{"uptoKwh": 10, "rate": 0.10}, {"rate": 0.20}]}],
                 "delivery": {"perCycle": 0, "perKwh": 0}}""");
        Instant midnight = SmtTime.startOfDay(JUNE.from());
        Instant noon = midnight.plus(Duration.ofHours(12));

        Bill bill = plan.bill(JUNE, List.of(reading(midnight, "8", IntervalKind.CONSUMPTION),
                reading(noon, "4", IntervalKind.CONSUMPTION)));

        // the free 8 kWh fill the first block to 8: 2 kWh at 10¢, 2 kWh at 20¢
        assertAmount("0.60", bill.energy());
    }

    @Test
    void theBuybackIsCappedAtTheEnergyChargesWhenThePlanSaysSo() throws Exception {
        String plan = """
                {"name": "Solar", "energy": [{"rate": 0.10}], "delivery": {"perCycle": 0, "perKwh": 0},
                 "buyback": {"perKwh": 0.05%s}}""";
        List<IntervalReading> readings = new ArrayList<>(spread(JUNE, "100"));
        readings.add(
                reading(SmtTime.startOfDay(JUNE.from()).plus(Duration.ofHours(13)), "500", IntervalKind.GENERATION));

        Bill capped = plan(plan.formatted(", \"capAtEnergyCharges\": true")).bill(JUNE, readings);
        Bill uncapped = plan(plan.formatted("")).bill(JUNE, readings);

        assertAmount("10.00", capped.energy());
        assertAmount("-10.00", capped.buyback());
        assertAmount("0.00", capped.total());
        assertAmount("-25.00", uncapped.buyback());
        assertAmount("-15.00", uncapped.total());
        assertEquals(0, new BigDecimal("500").compareTo(capped.surplusKwh()));
        assertEquals(0, new BigDecimal("100").compareTo(capped.kwh()), "kWh are consumption, not net");
    }

    @Test
    void aCycleUsesTheDeliveryChargesInForceOnItsFirstDay() throws Exception {
        Plan plan = plan("""
                {"name": "Dated", "energy": [{"rate": 0}],
                 "delivery": [{"from": "2025-09-01", "perCycle": 5.00, "perKwh": 0.06},
                              {"from": "2025-03-01", "perCycle": 4.00, "perKwh": 0.05}]}""");
        DateRange straddling = new DateRange(LocalDate.of(2025, 8, 20), LocalDate.of(2025, 9, 18));
        DateRange september = new DateRange(LocalDate.of(2025, 9, 19), LocalDate.of(2025, 10, 18));
        DateRange beforeAll = new DateRange(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 9));

        assertAmount("54.00", plan.bill(straddling, spread(straddling, "1000")).delivery());
        assertAmount("65.00", plan.bill(september, spread(september, "1000")).delivery());
        // before the first date: the earliest entry
        assertAmount("54.00", plan.bill(beforeAll, spread(beforeAll, "1000")).delivery());
    }

    @Test
    void eachLineIsRoundedHalfUpOnceAndFeesArePercentOfTheRoundedLines() throws Exception {
        Plan plan = plan("""
                {"name": "Fees", "baseCharge": 0.005, "energy": [{"rate": 0.125}],
                 "delivery": {"perCycle": 0, "perKwh": 0}, "buyback": {"perKwh": 0.125}, "percentFees": 10}""");
        Instant noon = SmtTime.startOfDay(JUNE.from()).plus(Duration.ofHours(12));
        List<IntervalReading> readings = new ArrayList<>();
        // 0.5 kWh in 0.1 steps: interval charges of 0.0125 are never rounded, the line is (0.0625 → 0.06)
        for (int i = 0; i < 5; i++) {
            readings.add(reading(noon.plus(QUARTER.multipliedBy(i)), "0.1", IntervalKind.CONSUMPTION));
        }
        readings.add(reading(noon, "1", IntervalKind.GENERATION)); // -0.125 → -0.13

        Bill bill = plan.bill(JUNE, readings);

        assertAmount("0.06", bill.energy());
        assertAmount("0.01", bill.base());
        assertAmount("-0.13", bill.buyback());
        // (0.06 + 0.01 - 0.13) × 10% = -0.006 → -0.01
        assertAmount("-0.01", bill.fees());
        assertAmount("-0.07", bill.total());
    }

    @Test
    void theBillToDateProRatesFixedChargesAndLeavesCreditsOut() throws Exception {
        Plan plan = plan("{\"name\": \"Credit\", \"baseCharge\": 9.00, \"energy\": [{\"rate\": 0.1}], "
                + "\"delivery\": {\"perCycle\": 6.00, \"perKwh\": 0}, "
                + "\"credits\": [{\"maxKwh\": 5000, \"amount\": -50}]}");
        Map<LocalDate, BigDecimal> days = new TreeMap<>();

        Bill toDate = plan.bill(JUNE, spread(new DateRange(JUNE.from(), JUNE.from().plusDays(9)), "100"), 10, false,
                null, days);

        assertAmount("3.00", toDate.base());
        assertAmount("2.00", toDate.delivery());
        assertAmount("0.00", toDate.credits());
        assertAmount("15.00", toDate.total());
        assertEquals(10, days.size());
        BigDecimal sum = days.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertAmount("15.00", Plan.cents(sum));
    }

    @Test
    void dailyCostsAddUpToTheCappedBuyback() throws Exception {
        Plan plan = plan("""
                {"name": "Solar", "energy": [{"rate": 0.10}], "delivery": {"perCycle": 0, "perKwh": 0},
                 "buyback": {"perKwh": 0.10, "capAtEnergyCharges": true}}""");
        DateRange twoDays = new DateRange(JUNE.from(), JUNE.from().plusDays(1));
        List<IntervalReading> readings = new ArrayList<>(everyInterval(twoDays, "0.1", IntervalKind.CONSUMPTION));
        // day 1: 50 kWh surplus (more than its 0.96 energy charge), day 2: none
        readings.add(
                reading(SmtTime.startOfDay(JUNE.from()).plus(Duration.ofHours(12)), "50", IntervalKind.GENERATION));
        Map<LocalDate, BigDecimal> days = new TreeMap<>();

        Bill bill = plan.bill(twoDays, readings, twoDays.days(), true, null, days);

        assertAmount("-1.92", bill.buyback());
        assertEquals(0, days.get(JUNE.from()).signum(), "day 1 earns what it was charged");
        assertEquals(0, days.get(JUNE.from().plusDays(1)).signum(), "day 2's charge is paid by day 1's surplus");
    }

    @Test
    void billingPeriodsBecomeCyclesWithoutOverlapTheSharedDayGoingToTheLaterPeriod() {
        List<DateRange> cycles = CostBook
                .cycles(List.of(new MonthlyUsage(LocalDate.of(2025, 2, 14), LocalDate.of(2025, 3, 14), BigDecimal.TEN),
                        new MonthlyUsage(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 14), BigDecimal.TEN),
                        new MonthlyUsage(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 4, 14), BigDecimal.TEN)));

        assertEquals(List.of(new DateRange(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 13)),
                new DateRange(LocalDate.of(2025, 2, 14), LocalDate.of(2025, 3, 14)),
                new DateRange(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 4, 14))), cycles);
    }

    @Test
    void cyclesAfterTheLastKnownRunAMonthAndWithoutPeriodsAreCalendarMonths() {
        List<DateRange> known = List.of(new DateRange(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 5, 14)));

        assertEquals(new DateRange(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 14)),
                CostBook.cycleOf(LocalDate.of(2025, 6, 2), known));
        assertEquals(new DateRange(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 14)),
                CostBook.cycleOf(LocalDate.of(2025, 6, 15), known));
        assertEquals(new DateRange(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 4, 14)),
                CostBook.cycleOf(LocalDate.of(2025, 3, 20), known));
        assertEquals(JUNE, CostBook.cycleOf(LocalDate.of(2025, 6, 20), List.of()));
        assertEquals(List.of(new DateRange(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31)), JUNE),
                CostBook.calendarMonths(new DateRange(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 6, 2))));
    }

    /** Each interval's cost by its start, for plans whose rates tell the rule that priced it. */
    private static Map<Instant, BigDecimal> costs(Plan plan, DateRange cycle, List<IntervalReading> readings) {
        Map<Instant, BigDecimal> costs = new HashMap<>();
        plan.bill(cycle, readings, cycle.days(), true, costs, null);
        return costs;
    }

    private static Instant central(String wallTime) {
        return LocalDateTime.parse(wallTime).atZone(SmtTime.CENTRAL).toInstant();
    }

    private static void assertCost(String expected, @Nullable BigDecimal actual, String what) {
        assertNotNull(actual, what);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": $" + actual);
    }

    @Test
    void theIntervalStartingAtTheSpringForwardInstantIsPricedAtThreeOClockCdt() throws Exception {
        // 2025-03-09 08:00Z: 02:00 CST becomes 03:00 CDT; only 03:00 to 03:15 is dear
        Plan plan = plan("""
                {"name": "Three", "energy": [{"rate": 1.00, "from": "03:00", "to": "03:15"}, {"rate": 0.10}],
                 "delivery": {"perCycle": 0, "perKwh": 0}}""");
        DateRange day = new DateRange(LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 9));
        Instant before = Instant.parse("2025-03-09T07:45:00Z"); // 01:45 CST
        Instant at = Instant.parse("2025-03-09T08:00:00Z"); // 03:00 CDT
        Instant later = Instant.parse("2025-03-09T09:00:00Z"); // 04:00 CDT

        Map<Instant, BigDecimal> costs = costs(plan, day, List.of(reading(before, "1", IntervalKind.CONSUMPTION),
                reading(at, "1", IntervalKind.CONSUMPTION), reading(later, "1", IntervalKind.CONSUMPTION)));

        assertCost("0.10", costs.get(before), "01:45 CST");
        assertCost("1.00", costs.get(at), "03:00 CDT");
        assertCost("0.10", costs.get(later), "04:00 CDT");
    }

    @Test
    void aRuleOfDaysAndMonthsPricesOnlyItsWeekdaysInItsMonths() throws Exception {
        Plan plan = plan("""
                {"name": "January Mondays", "energy": [{"rate": 0.50, "days": ["MON"], "months": [1]}, {"rate": 0.10}],
                 "delivery": {"perCycle": 0, "perKwh": 0}}""");
        DateRange winter = new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28));
        Instant monday = central("2025-01-06T12:00");
        Instant tuesday = central("2025-01-07T12:00");
        Instant februaryMonday = central("2025-02-03T12:00");

        Map<Instant, BigDecimal> costs = costs(plan, winter,
                List.of(reading(monday, "1", IntervalKind.CONSUMPTION), reading(tuesday, "1", IntervalKind.CONSUMPTION),
                        reading(februaryMonday, "1", IntervalKind.CONSUMPTION)));

        assertCost("0.50", costs.get(monday), "a Monday in January");
        assertCost("0.10", costs.get(tuesday), "a Tuesday in January");
        assertCost("0.10", costs.get(februaryMonday), "a Monday in February");
    }

    @ParameterizedTest(name = "{0} Central: {1}")
    @CsvSource({ "17:15, 0.10", "17:30, 1.00", "17:45, 1.00", "18:00, 0.10", "21:45, 0.10", "22:00, 0.00",
            "00:00, 0.00", "05:45, 0.00", "06:00, 0.10" })
    void aWindowStartsAtItsFromAndEndsBeforeItsToAlsoOverMidnight(String time, String cost) throws Exception {
        Plan plan = plan("""
                {"name": "Peak and nights", "energy": [{"rate": 1.00, "from": "17:30", "to": "18:00"},
                 {"rate": 0.00, "from": "22:00", "to": "06:00"}, {"rate": 0.10}],
                 "delivery": {"perCycle": 0, "perKwh": 0}}""");
        Instant start = central("2025-06-10T" + time);

        assertCost(cost, costs(plan, JUNE, List.of(reading(start, "1", IntervalKind.CONSUMPTION))).get(start), time);
    }

    @ParameterizedTest(name = "{0} kWh: credit {1}")
    @CsvSource({ "999.999, 0.00", "1000, -50.00", "1000.001, 0.00" })
    void aCreditWhoseBoundsAreEqualAppliesAtExactlyThatKwh(String kwh, String credit) throws Exception {
        Plan plan = plan("""
                {"name": "Exactly", "energy": [{"rate": 0.15}], "delivery": {"perCycle": 0, "perKwh": 0},
                 "credits": [{"minKwh": 1000, "maxKwh": 1000, "amount": -50.00}]}""");

        assertAmount(credit, plan.bill(JUNE, spread(JUNE, kwh)).credits());
    }

    @Test
    void aNullBoundOfACreditIsOpen() throws Exception {
        Plan plan = plan("""
                {"name": "Open", "energy": [{"rate": 0.15}], "delivery": {"perCycle": 0, "perKwh": 0},
                 "credits": [{"minKwh": 1000, "maxKwh": null, "amount": -50.00}]}""");

        assertAmount("0.00", plan.bill(JUNE, spread(JUNE, "999")).credits());
        assertAmount("-50.00", plan.bill(JUNE, spread(JUNE, "5000")).credits());
    }

    @Test
    void aFlatPlanFromTheBindingsParametersPricesEveryLine() {
        Plan plan = Plan.flat("Flat 12.9", new BigDecimal("0.129"), new BigDecimal("4.95"), new BigDecimal("4.39"),
                new BigDecimal("0.053509"));

        Bill bill = plan.bill(JUNE, spread(JUNE, "1000"));

        assertEquals("Flat 12.9", bill.plan());
        assertEquals(JUNE, bill.cycle());
        assertAmount("129.00", bill.energy());
        assertAmount("4.95", bill.base());
        assertAmount("57.90", bill.delivery());
        assertAmount("191.85", bill.total());
    }

    @ParameterizedTest(name = "{0} Central: {1}")
    @CsvSource({ "2025-06-14T00:00, 0.00", "2025-06-14T12:00, 0.00", "2025-06-15T23:45, 0.00", "2025-06-10T00:00, 1.00",
            "2025-06-10T05:45, 1.00", "2025-06-10T07:00, 0.10", "2025-06-10T23:45, 0.10" })
    void aWindowFromMidnightEndsAtItsToOnEveryDayItsRuleHolds(String wallTime, String cost) throws Exception {
        Plan plan = plan("""
                {"name": "Free weekends", "energy": [{"rate": 0.00, "days": ["SAT", "SUN"]},
                 {"rate": 1.00, "from": "00:00", "to": "06:00"}, {"rate": 0.10}],
                 "delivery": {"perCycle": 0, "perKwh": 0}}""");
        Instant start = central(wallTime);

        assertCost(cost, costs(plan, JUNE, List.of(reading(start, "1", IntervalKind.CONSUMPTION))).get(start),
                wallTime);
    }
}
