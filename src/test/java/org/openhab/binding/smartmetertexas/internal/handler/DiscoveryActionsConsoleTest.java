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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.openhab.binding.smartmetertexas.internal.action.MeterActions;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.console.SmartMeterTexasCommandExtension;
import org.openhab.binding.smartmetertexas.internal.discovery.MeterDiscoveryService;
import org.openhab.binding.smartmetertexas.internal.fileimport.IntervalCsv;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.testsupport.LogCapture;
import org.openhab.binding.smartmetertexas.testsupport.PortalExport;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.io.console.Console;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.TimeSeries;

/**
 * The parts users touch besides channels: the inbox (discovery), rule actions and console commands. Actions and
 * commands return at once; what they start arrives on the channels.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class DiscoveryActionsConsoleTest {

    private static final String AREA = "import";

    private static final Instant MORNING = LocalDate.of(2026, 6, 15).atTime(8, 0).atZone(SmtTime.CENTRAL).toInstant();

    /** Starts discovery on the account and lets 30 s pass; the listener returned saw what went into the inbox. */
    private static DiscoveryListener discover(BindingHarness harness, AccountHandler account,
            MeterDiscoveryService discovery) throws Exception {
        DiscoveryListener listener = mock(DiscoveryListener.class);
        discovery.addDiscoveryListener(listener);
        discovery.setThingHandler(account);
        discovery.initialize();
        harness.run(Duration.ofSeconds(30));
        return listener;
    }

    @Test
    void discoveryPutsTheAccountsMetersIntoTheInboxAndRetractsVanishedOnes() throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            AccountHandler account = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            MeterDiscoveryService discovery = new MeterDiscoveryService();
            DiscoveryListener listener = discover(harness, account, discovery);

            ArgumentCaptor<DiscoveryResult> results = ArgumentCaptor.forClass(DiscoveryResult.class);
            verify(listener, times(2)).thingDiscovered(any(), results.capture());
            List<String> esiids = new ArrayList<>();
            for (DiscoveryResult result : results.getAllValues()) {
                assertEquals(THING_TYPE_METER, result.getThingTypeUID());
                assertEquals(account.getThing().getUID(), result.getBridgeUID());
                assertEquals(CONFIG_ESIID, result.getRepresentationProperty());
                String esiid = String.valueOf(result.getProperties().get(CONFIG_ESIID));
                // the inbox names a meter by where it is, as SMT lists its service address
                assertEquals("Smart Meter " + harness.simulator.truth().serviceAddress(esiid), result.getLabel());
                assertEquals(harness.simulator.truth().meterNumber(esiid),
                        result.getProperties().get(CONFIG_METER_NUMBER));
                esiids.add(esiid);
            }
            assertEquals(harness.simulator.esiids().stream().sorted().toList(), esiids.stream().sorted().toList());

            MeterInfo remaining = account.meters().get(0);
            discovery.metersListed(new MeterList(List.of(remaining), List.of()));
            ArgumentCaptor<ThingUID> removed = ArgumentCaptor.forClass(ThingUID.class);
            verify(listener).thingRemoved(any(), removed.capture());
            assertNotEquals(remaining.esiid().value(), removed.getValue().getId());

            int before = harness.requests("/api/meter").size();
            discovery.startScan(null);
            harness.run(Duration.ofSeconds(10));
            assertEquals(before + 1, harness.requests("/api/meter").size(), "a manual scan lists the meters again");
            discovery.dispose();
        }
    }

    @Test
    void aMalformedEsiidOfTheMeterListIsLoggedAndHostileTextNeverReachesTheInbox() throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING); LogCapture logs = new LogCapture()) {
            String good = harness.simulator.esiids().get(0);
            harness.simulator.control().rewrite(Endpoint.PORTAL_METERS,
                    body -> "{\"data\":[{\"esiid\":\"" + good
                            + "\",\"meterNumber\":\"12\\u001b[2J\",\"fullAddress\":\"1 MAIN\\u202e ST\\r\\nfake\"},"
                            + "{\"esiid\":\"1234\",\"meterNumber\":\"9\"}]}");
            AccountHandler account = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            MeterDiscoveryService discovery = new MeterDiscoveryService();
            DiscoveryListener listener = discover(harness, account, discovery);

            ArgumentCaptor<DiscoveryResult> results = ArgumentCaptor.forClass(DiscoveryResult.class);
            verify(listener, times(1)).thingDiscovered(any(), results.capture());
            DiscoveryResult result = results.getValue();
            assertEquals("Smart Meter 1 MAIN\\u202E ST  fake", result.getLabel());
            assertEquals("12\\u001B[2J", result.getProperties().get(CONFIG_METER_NUMBER));
            assertTrue(logs.text().contains("meter list entry 2: ESIID '1234' is not 17 to 22 digits"), logs.text());
            discovery.dispose();
        }
    }

    @Test
    void readActionReturnsAtOnceAndTheReadArrivesOnTheChannels() throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            MeterHandler meter = harness.startMeter(harness.simulator.esiids().get(0),
                    Map.of("readInterval", 0, "historyDays", 0));
            harness.run(Duration.ofSeconds(10));
            MeterActions actions = new MeterActions();
            actions.setThingHandler(meter);

            int before = harness.simulator.requests().size();
            assertEquals("REQUESTED", actions.requestMeterRead().split(":")[0]);
            assertEquals(before, harness.simulator.requests().size(), "nothing sent from the rule's thread");
            harness.run(Duration.ofSeconds(5));
            assertEquals("IN_PROGRESS", MeterActions.requestMeterRead(actions).split(":")[0]);
            harness.run(Duration.ofMinutes(2));
            assertFalse(harness.states(meter.getThing(), CHANNEL_REGISTER).isEmpty(), "the register arrived");
            assertEquals("COMPLETED", last(harness.states(meter.getThing(), CHANNEL_READ_STATUS)));

            harness.run(Duration.ofMinutes(2));
            assertEquals("REQUESTED", actions.requestMeterRead().split(":")[0]);
            harness.run(Duration.ofMinutes(5));
            assertEquals("LIMIT", actions.requestMeterRead().split(":")[0], "2 reads an hour at most");
        }
    }

    @Test
    void backfillActionQueuesHistoryAndRefusesImpossibleDays() throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            MeterHandler meter = harness.startMeter(harness.simulator.esiids().get(0),
                    Map.of("readInterval", 0, "historyDays", 0));
            MeterActions actions = new MeterActions();
            actions.setThingHandler(meter);
            assertTrue(actions.backfill("2026-06-20", "2026-06-01").startsWith("REFUSED"));
            assertTrue(actions.backfill("2026-06-01", "2026-06-15").startsWith("REFUSED"), "today is not published");
            assertTrue(actions.backfill("June 1", "2026-06-10").startsWith("REFUSED"));
            String tooOld = actions.backfill("2020-01-01", "2020-01-31");
            assertTrue(tooOld.startsWith("REFUSED") && tooOld.contains("older than SMT keeps"), tooOld);
            String partly = actions.backfill("2020-01-01", "2024-06-20");
            assertTrue(partly.startsWith("REQUESTED") && partly.contains("history 2024-06-14 to 2024-06-20 queued")
                    && partly.contains("older than SMT keeps"), partly);
            assertEquals("REQUESTED", MeterActions.backfill(actions, "2026-05-01", "2026-05-31").split(":")[0]);
            harness.run(Duration.ofMinutes(5));
            TimeSeries may = harness.series(meter.getThing(), CHANNEL_INTERVAL_CONSUMPTION).stream()
                    .filter(series -> series.getBegin().equals(SmtTime.startOfDay(LocalDate.of(2026, 5, 1))))
                    .findFirst().orElseThrow();
            assertEquals(31 * 96, may.size(), "all of May, one series");
        }
    }

    @Test
    void importActionSendsCompleteDaysOnly(@TempDir Path dir) throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            MeterHandler meter = harness.startMeter(esiid, Map.of("readInterval", 0, "historyDays", 0));
            Path file = dir.resolve("export.csv");
            writeDayAndAHalf(file, Esiid.parse(esiid), LocalDate.of(2025, 11, 2));

            MeterActions actions = new MeterActions();
            actions.setThingHandler(meter);
            assertTrue(actions.importFile(dir.resolve("missing.csv").toString()).startsWith("REFUSED"));
            assertEquals("REQUESTED", MeterActions.importFile(actions, file.toString()).split(":")[0]);
            harness.run(Duration.ofSeconds(1));
            TimeSeries imported = harness.series(meter.getThing(), CHANNEL_INTERVAL_CONSUMPTION).stream()
                    .filter(series -> series.getBegin().equals(SmtTime.startOfDay(LocalDate.of(2025, 11, 2))))
                    .findFirst().orElseThrow();
            assertEquals(100, imported.size(), "the whole fall-back day, not the half day after it");
            assertEquals(SmtTime.startOfDay(LocalDate.of(2025, 11, 3)).minus(Duration.ofMinutes(15)),
                    imported.getEnd());
        }
    }

    /**
     * A year of the portal's export shaped exactly as doc/smt-protocol.md §4a, a year older than today: every day is
     * sent, each with the intervals and kWh the generator wrote, both DST days included.
     */
    @Test
    void importActionSendsEveryDayOfAYearOfThePortalsExport(@TempDir Path dir) throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            MeterHandler meter = harness.startMeter(esiid, Map.of("readInterval", 0, "historyDays", 0));
            PortalExport export = PortalExport.of(esiid, LocalDate.of(2025, 4, 1), 365);
            Path file = dir.resolve("IntervalData.csv");
            Files.writeString(file, export.csv());

            MeterActions actions = new MeterActions();
            actions.setThingHandler(meter);
            assertEquals("REQUESTED", MeterActions.importFile(actions, file.toString()).split(":")[0]);
            harness.run(Duration.ofSeconds(1));

            for (String channel : List.of(CHANNEL_INTERVAL_CONSUMPTION, CHANNEL_INTERVAL_GENERATION)) {
                Map<LocalDate, PortalExport.Day> written = channel.equals(CHANNEL_INTERVAL_CONSUMPTION)
                        ? export.consumption()
                        : export.generation();
                Map<LocalDate, Map<Instant, BigDecimal>> sent = new TreeMap<>();
                harness.series(meter.getThing(), channel).stream().flatMap(TimeSeries::getStates)
                        .filter(entry -> written.containsKey(SmtTime.dayOf(entry.timestamp())))
                        .forEach(entry -> sent.computeIfAbsent(SmtTime.dayOf(entry.timestamp()), d -> new TreeMap<>())
                                .put(entry.timestamp(), ((QuantityType<?>) entry.state()).toBigDecimal()));
                assertEquals(written.keySet(), sent.keySet(), channel + ": every day of the file");
                written.forEach((day, expected) -> {
                    Map<Instant, BigDecimal> ofDay = sent.get(day);
                    assertEquals(expected.starts(), List.copyOf(ofDay.keySet()), channel + " on " + day);
                    assertEquals(0,
                            expected.kwh().compareTo(ofDay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)),
                            channel + " kWh on " + day);
                });
                assertEquals(100, sent.get(LocalDate.of(2025, 11, 2)).size());
                assertEquals(92, sent.get(LocalDate.of(2026, 3, 8)).size());
            }

            FaultTable.add(new FaultTable.Row(AREA,
                    "import of a §4a-shaped year of the portal's export (both DST days), both kinds", "ONLINE",
                    "ONLINE", "nothing to recover",
                    "yes: " + export.intervals() + " intervals sent, each day's count and kWh = the file's"));

            // a file keeps every day, whatever its age: also days older than SMT keeps
            PortalExport old = PortalExport.of(esiid, LocalDate.of(2019, 11, 2), 3);
            Files.writeString(file, old.csv());
            assertEquals("REQUESTED", MeterActions.importFile(actions, file.toString()).split(":")[0]);
            harness.run(Duration.ofSeconds(1));
            List<Instant> sent = harness.series(meter.getThing(), CHANNEL_INTERVAL_CONSUMPTION).stream()
                    .flatMap(TimeSeries::getStates).map(TimeSeries.Entry::timestamp)
                    .filter(at -> SmtTime.dayOf(at).getYear() == 2019).toList();
            assertEquals(old.consumption().values().stream().flatMap(day -> day.starts().stream()).toList(), sent);
        }
    }

    @Test
    void importActionLeavesOutADstDayOfAnotherShapeAndSendsTheOthers(@TempDir Path dir) throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            MeterHandler meter = harness.startMeter(esiid, Map.of("readInterval", 0, "historyDays", 0));
            LocalDate fallBack = LocalDate.of(2025, 11, 2);
            PortalExport export = PortalExport.of(esiid, fallBack.minusDays(2), 5);
            // one consumption row of the fall-back day left out: 99 rows
            String broken = export.csv()
                    .replaceFirst("'" + esiid + ",11/2/2025,11/3/2025 10:15,1:30,1:45,[^\\n]*Consumption\\n", "");
            assertNotEquals(export.csv(), broken);
            Path file = dir.resolve("IntervalData.csv");
            Files.writeString(file, broken);

            MeterActions actions = new MeterActions();
            actions.setThingHandler(meter);
            assertEquals("REQUESTED", MeterActions.importFile(actions, file.toString()).split(":")[0]);
            harness.run(Duration.ofSeconds(1));

            List<LocalDate> sent = harness.series(meter.getThing(), CHANNEL_INTERVAL_CONSUMPTION).stream()
                    .flatMap(TimeSeries::getStates).map(entry -> SmtTime.dayOf(entry.timestamp()))
                    .filter(day -> day.getYear() == 2025).distinct().sorted().toList();
            assertEquals(
                    List.of(fallBack.minusDays(2), fallBack.minusDays(1), fallBack.plusDays(1), fallBack.plusDays(2)),
                    sent, "every other day, whole");
            long generationOfTheDay = harness.series(meter.getThing(), CHANNEL_INTERVAL_GENERATION).stream()
                    .flatMap(TimeSeries::getStates).filter(entry -> SmtTime.dayOf(entry.timestamp()).equals(fallBack))
                    .count();
            assertEquals(0, generationOfTheDay, "nothing of a day that cannot be stored whole");
            assertEquals(ThingStatus.ONLINE, meter.getThing().getStatus());

            FaultTable.add(new FaultTable.Row(AREA, "import of a portal export whose fall-back day has 99 rows",
                    "ONLINE", "ONLINE (the day rejected by name in the log)", "nothing to recover",
                    "yes: the 4 other days sent whole, nothing of the broken day"));
        }
    }

    @Test
    void consoleShowsStatusAndStartsBackfillAndImport(@TempDir Path dir) throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            MeterHandler meter = harness.startMeter(esiid, Map.of("readInterval", 90, "historyDays", 0));
            harness.run(Duration.ofMinutes(3));
            Thing thing = meter.getThing();
            ThingRegistry registry = mock(ThingRegistry.class);
            when(registry.getAll()).thenReturn(List.of(harness.bridge(), thing));
            when(registry.get(thing.getUID())).thenReturn(thing);
            SmartMeterTexasCommandExtension console = new SmartMeterTexasCommandExtension(registry);
            List<String> lines = new ArrayList<>();
            Console out = mock(Console.class);
            doAnswer(invocation -> lines.add(invocation.getArgument(0))).when(out).println(any());

            console.execute(new String[] { "status" }, out);
            String status = String.join("\n", lines);
            assertTrue(status.contains(esiid), status);
            assertTrue(status.contains("reads left today: 23"), status);
            assertTrue(status.contains("kWh at"), status);

            lines.clear();
            console.execute(new String[] { "backfill", thing.getUID().toString(), "2026-05-01", "2026-05-10" }, out);
            assertTrue(lines.get(0).startsWith("REQUESTED"), lines.toString());
            lines.clear();
            console.execute(new String[] { "backfill", "smartmetertexas:meter:home:nope", "2026-05-01" }, out);
            assertTrue(lines.get(0).startsWith("No Smart Meter Texas meter"), lines.toString());
            lines.clear();
            Path file = dir.resolve("export.csv");
            writeDayAndAHalf(file, Esiid.parse(esiid), LocalDate.of(2026, 3, 8));
            console.execute(new String[] { "import", thing.getUID().toString(), file.toString() }, out);
            assertTrue(lines.get(0).startsWith("REQUESTED"), lines.toString());
        }
    }

    private static void writeDayAndAHalf(Path file, Esiid esiid, LocalDate day) throws IOException {
        List<IntervalReading> readings = new ArrayList<>();
        Instant start = SmtTime.startOfDay(day);
        Instant end = SmtTime.startOfDay(day.plusDays(1)).plus(Duration.ofHours(12));
        for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(15))) {
            readings.add(new IntervalReading(t, t.plus(Duration.ofMinutes(15)), new java.math.BigDecimal("0.250"),
                    IntervalKind.CONSUMPTION, Quality.ACTUAL, null));
        }
        StringBuilder csv = new StringBuilder(IntervalCsv.HEADER).append('\n');
        readings.forEach(reading -> csv.append(IntervalCsv.row(esiid, reading)).append('\n'));
        Files.writeString(file, csv);
    }

    private static String last(List<org.openhab.core.types.State> states) {
        return states.get(states.size() - 1).toString();
    }

    @AfterAll
    static void printTable() {
        FaultTable.print(AREA);
    }
}
