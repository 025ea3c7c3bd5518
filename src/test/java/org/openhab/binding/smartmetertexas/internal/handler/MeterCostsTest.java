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
package org.openhab.binding.smartmetertexas.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.GroundTruth;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.CurrencyUnits;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The cost channels against the simulator's ground truth: with a flat plan the bill so far, the forecast, the average
 * price and the daily costs are what a person computes by hand from SMT's data; the consumption states need no plan;
 * a plan file is read from openHAB's configuration folder, and a mistake in it shows as a configuration error naming
 * the field until it is fixed; a revised day is priced again; a restart shows the figures at once.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterCostsTest {

    /** A Tuesday in July, no DST change near: the simulated household's billing cycle began on June 20. */
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 7);
    private static final BigDecimal RATE = new BigDecimal("0.129");
    private static final BigDecimal BASE = new BigDecimal("4.95");
    private static final BigDecimal PER_CYCLE = new BigDecimal("4.39");
    private static final BigDecimal PER_KWH = new BigDecimal("0.053509");
    private static final Map<String, Object> FLAT = Map.of("readInterval", 0, "energyRate", RATE, "baseCharge", BASE,
            "deliveryPerCycle", PER_CYCLE, "deliveryPerKwh", PER_KWH);

    private @Nullable String confBefore;

    @BeforeAll
    static void openHabKnowsUsDollars() {
        // openHAB's currency service makes every ISO currency known at start
        CurrencyUnits.addUnit(CurrencyUnits.createCurrency("USD", "US Dollar"));
    }

    @AfterEach
    void restoreConfigurationFolder() {
        String before = confBefore;
        if (before == null) {
            System.clearProperty("openhab.conf");
        } else {
            System.setProperty("openhab.conf", before);
        }
    }

    private static BindingHarness harness() throws Exception {
        return new BindingHarness(TODAY.minusDays(1).atTime(10, 0).atZone(SmtTime.CENTRAL).toInstant());
    }

    private static @Nullable State last(BindingHarness harness, Thing thing, String channelId) {
        List<State> states = harness.states(thing, channelId);
        return states.isEmpty() ? null : states.get(states.size() - 1);
    }

    private static BigDecimal amount(BindingHarness harness, Thing thing, String channelId) {
        State state = last(harness, thing, channelId);
        assertTrue(state instanceof QuantityType<?>, channelId + ": " + state);
        return ((QuantityType<?>) state).toBigDecimal();
    }

    private static DateRange cycle(Thing thing) {
        String text = thing.getProperties().get(MeterCosts.PROPERTY_BILLING_CYCLE);
        assertNotNull(text);
        String[] parts = text.split(" ");
        return new DateRange(LocalDate.parse(parts[0]), LocalDate.parse(parts[2].substring(0, 10)));
    }

    private static BigDecimal truth(GroundTruth truth, String esiid, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            sum = sum.add(truth.consumptionKwh(esiid, day));
        }
        return sum;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** The flat plan's bill by hand: energy, base and delivery lines, fixed charges for {@code days} of the cycle. */
    private static BigDecimal flatBill(BigDecimal kwh, long days, DateRange cycle) {
        BigDecimal share = BigDecimal.valueOf(days).divide(BigDecimal.valueOf(cycle.days()), 16, RoundingMode.HALF_UP);
        return cents(kwh.multiply(RATE)).add(cents(BASE.multiply(share)))
                .add(cents(PER_CYCLE.multiply(share).add(kwh.multiply(PER_KWH))));
    }

    @Test
    void aFlatPlansBillSoFarForecastAndAveragePriceAreWhatAPersonComputesFromSmtsData() throws Exception {
        try (BindingHarness harness = harness()) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            Thing thing = harness.startMeter(esiid, FLAT).getThing();
            harness.runUntil(TODAY, LocalTime.of(12, 0));

            assertEquals(ThingStatus.ONLINE, thing.getStatus(), thing.getStatusInfo().toString());
            DateRange cycle = cycle(thing);
            assertTrue(cycle.contains(TODAY), cycle.toString());
            assertFalse(thing.getProperties().get(MeterCosts.PROPERTY_BILLING_CYCLE).contains("calendar month"),
                    "SMT's billing periods are known");
            GroundTruth truth = harness.simulator.truth();
            LocalDate yesterday = TODAY.minusDays(1);
            BigDecimal soFar = truth(truth, esiid, cycle.from(), yesterday);
            long elapsed = ChronoUnit.DAYS.between(cycle.from(), yesterday) + 1;

            assertEquals(new QuantityType<>(truth.consumptionKwh(esiid, yesterday), SeriesFactory.KWH),
                    last(harness, thing, CHANNEL_DAILY_LATEST_CONSUMPTION));
            assertEquals(new QuantityType<>(soFar, SeriesFactory.KWH),
                    last(harness, thing, CHANNEL_MONTHLY_CYCLE_CONSUMPTION));
            BigDecimal toDate = amount(harness, thing, CHANNEL_COST_CYCLE_TO_DATE);
            assertEquals(flatBill(soFar, elapsed, cycle), toDate);
            assertTrue(last(harness, thing, CHANNEL_COST_CYCLE_TO_DATE).toString().endsWith(" USD"),
                    "US dollars, never converted");
            assertEquals(toDate.divide(soFar, 4, RoundingMode.HALF_UP),
                    amount(harness, thing, CHANNEL_COST_AVERAGE_PRICE));
            assertTrue(last(harness, thing, CHANNEL_COST_AVERAGE_PRICE).toString().endsWith(" USD/kWh"));

            // the forecast: the rest of the cycle repeats the last 7 days, weekday for weekday
            BigDecimal projected = soFar;
            LocalDate day = TODAY;
            for (int i = 0; !day.isAfter(cycle.to()); i++, day = day.plusDays(1)) {
                projected = projected.add(truth.consumptionKwh(esiid, yesterday.minusDays(6 - (i % 7))));
            }
            assertEquals(flatBill(projected, cycle.days(), cycle), amount(harness, thing, CHANNEL_COST_CYCLE_FORECAST));

            // every day of the cycle so far has its cost; together they are the bill so far (lines unrounded)
            ReplayedPersistence stored = ReplayedPersistence.of(harness, thing);
            BigDecimal days = BigDecimal.ZERO;
            for (LocalDate d = cycle.from(); !d.isAfter(yesterday); d = d.plusDays(1)) {
                BigDecimal cost = stored.channel(CHANNEL_COST_DAILY).get(SmtTime.startOfDay(d));
                assertNotNull(cost, "daily cost of " + d);
                days = days.add(cost);
            }
            assertTrue(cents(days).subtract(toDate).abs().compareTo(new BigDecimal("0.02")) <= 0, days + " " + toDate);
            Instant noon = SmtTime.startOfDay(yesterday).plus(Duration.ofHours(12));
            BigDecimal noonKwh = truth.intervals(esiid, yesterday).stream().filter(i -> i.start().equals(noon))
                    .findFirst().orElseThrow().consumptionKwh();
            assertEquals(0,
                    noonKwh.multiply(RATE.add(PER_KWH)).compareTo(stored.channel(CHANNEL_COST_INTERVAL).get(noon)));
        }
    }

    @Test
    void theCycleConsumptionNeedsNoPlanAndWaitsForTheCyclesFirstDays() throws Exception {
        try (BindingHarness harness = harness()) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            MeterHandler meter = harness.startMeter(esiid,
                    Map.of("readInterval", 0, "historyDays", 0, "revisionDays", 3));
            Thing thing = meter.getThing();
            harness.runUntil(TODAY, LocalTime.of(12, 0));

            DateRange cycle = cycle(thing);
            assertTrue(cycle.from().isBefore(TODAY.minusDays(4)), "the cycle began before the first data: " + cycle);
            assertEquals(UnDefType.UNDEF, last(harness, thing, CHANNEL_MONTHLY_CYCLE_CONSUMPTION));
            assertTrue(thing.getProperties().get(MeterCosts.PROPERTY_BILLING_CYCLE).contains("its figures wait"),
                    thing.getProperties().toString());
            assertEquals(new QuantityType<>(harness.simulator.truth().consumptionKwh(esiid, TODAY.minusDays(1)),
                    SeriesFactory.KWH), last(harness, thing, CHANNEL_DAILY_LATEST_CONSUMPTION));

            assertTrue(
                    meter.backfill(cycle.from().toString(), TODAY.minusDays(4).toString()).startsWith("REQUESTED: "));
            harness.run(Duration.ofMinutes(10));
            assertEquals(new QuantityType<>(truth(harness.simulator.truth(), esiid, cycle.from(), TODAY.minusDays(1)),
                    SeriesFactory.KWH), last(harness, thing, CHANNEL_MONTHLY_CYCLE_CONSUMPTION));
            assertEquals(List.of(), harness.states(thing, CHANNEL_COST_CYCLE_TO_DATE), "no plan, no cost");
            assertEquals(List.of(), harness.series(thing, CHANNEL_COST_DAILY));
        }
    }

    @Test
    void aPlanFileIsReadFromTheConfigurationFolderAndAMistakeShowsUntilItIsFixed(@TempDir Path conf) throws Exception {
        confBefore = System.getProperty("openhab.conf");
        System.setProperty("openhab.conf", conf.toString());
        Path plan = conf.resolve("plans/free-nights.json");
        Files.createDirectories(plan.getParent());
        Files.copy(Path.of("doc/plans/free-nights.json"), plan);
        try (BindingHarness harness = harness()) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            Map<String, Object> config = new HashMap<>(FLAT);
            config.put("planFile", "plans/free-nights.json");
            config.put("readInterval", 30);
            Thing thing = harness.startMeter(esiid, config).getThing();
            harness.runUntil(TODAY, LocalTime.of(12, 0));

            assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE,
                    "@text/online.plan-file-wins [\"plans/free-nights.json\"]"), thing.getStatusInfo());
            BigDecimal freeNights = amount(harness, thing, CHANNEL_COST_CYCLE_TO_DATE);
            assertNotEquals(
                    flatBill(truth(harness.simulator.truth(), esiid, cycle(thing).from(), TODAY.minusDays(1)),
                            ChronoUnit.DAYS.between(cycle(thing).from(), TODAY), cycle(thing)),
                    freeNights, "the file's plan");

            Files.writeString(plan, Files.readString(plan).replace("\"rate\": 0.219", "\"rate\": \"21.9 cents\""),
                    StandardCharsets.UTF_8);
            Files.setLastModifiedTime(plan, FileTime.from(Instant.now().plusSeconds(5)));
            harness.run(Duration.ofMinutes(1));
            ThingStatusInfo status = thing.getStatusInfo();
            assertEquals(ThingStatus.OFFLINE, status.getStatus());
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
            // openHAB's status arguments lose brackets and commas: the binding writes them as () and ;
            assertEquals("@text/offline.plan [\"planFile free-nights.json: energy(1).rate: expected a number; got "
                    + "\u201C21.9 cents\u201D\"]", status.getDescription());
            int requests = harness.simulator.requests().size();
            harness.run(Duration.ofHours(2));
            assertEquals(requests, harness.simulator.requests().size(), "nothing is sent while the plan is wrong");

            Files.writeString(plan, Files.readString(plan).replace("\"rate\": \"21.9 cents\"", "\"rate\": 0.119"),
                    StandardCharsets.UTF_8);
            Files.setLastModifiedTime(plan, FileTime.from(Instant.now().plusSeconds(10)));
            harness.run(Duration.ofMinutes(1));
            assertEquals(ThingStatus.ONLINE, thing.getStatus());
            assertTrue(amount(harness, thing, CHANNEL_COST_CYCLE_TO_DATE).compareTo(freeNights) < 0,
                    "the cheaper plan is priced at once");
        }
    }

    @Test
    void aMissingPlanFileIsAConfigurationError(@TempDir Path conf) throws Exception {
        try (BindingHarness harness = harness()) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            Path missing = conf.resolve("nowhere.json");
            Thing thing = harness.startMeter(harness.simulator.esiids().get(0),
                    Map.of("readInterval", 0, "planFile", missing.toString())).getThing();

            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, thing.getStatusInfo().getStatusDetail());
            assertEquals("@text/offline.plan [\"planFile " + missing + ": no such file\"]",
                    thing.getStatusInfo().getDescription());
        }
    }

    @Test
    void aRevisedDayIsPricedAgainAndARestartShowsTheFiguresAtOnce() throws Exception {
        try (BindingHarness harness = harness()) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            MeterHandler meter = harness.startMeter(esiid, FLAT);
            harness.runUntil(TODAY, LocalTime.of(12, 0));
            LocalDate revised = TODAY.minusDays(2);
            Instant noon = SmtTime.startOfDay(revised).plus(Duration.ofHours(12));
            BigDecimal before = ReplayedPersistence.of(harness, meter.getThing()).channel(CHANNEL_COST_INTERVAL)
                    .get(noon);

            harness.simulator.control().revise(esiid, revised);
            harness.runUntil(TODAY.plusDays(1), LocalTime.of(12, 0));

            BigDecimal revisedKwh = harness.simulator.truth().intervals(esiid, revised).stream()
                    .filter(i -> i.start().equals(noon)).findFirst().orElseThrow().consumptionKwh();
            BigDecimal after = ReplayedPersistence.of(harness, meter.getThing()).channel(CHANNEL_COST_INTERVAL)
                    .get(noon);
            assertNotNull(after);
            assertEquals(0, revisedKwh.multiply(RATE.add(PER_KWH)).compareTo(after));
            assertNotEquals(before, after, "SMT's revision changed the price");

            BigDecimal toDate = amount(harness, meter.getThing(), CHANNEL_COST_CYCLE_TO_DATE);
            harness.disposeMeter(meter);
            harness.simulator.clearRequests();
            MeterHandler again = harness.startMeter(esiid, FLAT);
            assertEquals(toDate, amount(harness, again.getThing(), CHANNEL_COST_CYCLE_TO_DATE),
                    "shown from what was stored, before any request");
            assertEquals(List.of(), harness.simulator.requests());
        }
    }
}
