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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.GroundTruth;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.TimeSeries;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The data itself through faults, end to end: a token that expires mid-cycle, answers that switch between JSON and
 * HTML, data SMT revises after first publishing it, duplicated and missing intervals and days, the DST days, and SMT
 * down for a whole day. Each time, persistence (replayed from every series sent) ends up holding exactly SMT's data,
 * no series erases a day it does not carry, and nothing already stored is lost.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultDataContinuityTest {

    private static final String AREA = "data-continuity";
    private static final LocalDate DAY1 = FaultScenario.DAY1;
    private static final LocalDate DAY2 = DAY1.plusDays(1);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @ParameterizedTest(name = "official={0}")
    @CsvSource({ "false", "true" })
    void tokenExpiringMidCycleCostsOneLoginAndNothingElse(boolean official) throws Exception {
        Consumer<SimulatorConfig.Builder> longTokens = b -> b.portalTokenLifetime(Duration.ofDays(3))
                .officialTokenLifetime(Duration.ofDays(3));
        try (FaultScenario s = FaultScenario.start(official, longTokens, h -> {
        }, Map.of(), DAY1, LocalTime.of(9, 40))) {
            s.runToNextDay(LocalTime.of(9, 20));
            s.markFault();
            AtomicBoolean expired = new AtomicBoolean();
            AtomicInteger loginsBefore = new AtomicInteger();
            Endpoint intervals = official ? Endpoint.OFFICIAL_INTERVALS : Endpoint.PORTAL_INTERVALSYNCH;
            // Right after SMT answered the cycle's first request, every token becomes invalid.
            s.control().rewrite(intervals, body -> {
                if (!expired.getAndSet(true)) {
                    loginsBefore.set((int) s.loginsSinceFault());
                    s.control().expireTokens();
                }
                return body;
            });
            s.run(Duration.ofMinutes(30));

            assertTrue(expired.get());
            assertEquals(loginsBefore.get() + 1, s.loginsSinceFault(), "one new login for the rest of the cycle");
            assertEquals(List.of(), troubles(s), "nobody saw anything");
            assertTrue(s.bothOnline());
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY1), "the whole cycle's data arrived");
            assertClean(s, oldest, DAY1);
            assertEquals(List.of(), PoliteAudit.violations(s.simulator().requests()));
            row((official ? "official " : "") + "token expires mid-cycle (after the first answer)", "ONLINE", "ONLINE",
                    "nothing to recover: 1 new login, request retried once", kept(s, oldest, DAY1));
        }
    }

    @Test
    void answersSwitchingBetweenJsonAndHtmlShowMaintenanceAndLoseNothing() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            s.runToNextDay(LocalTime.of(9, 20));
            s.markFault();
            AtomicInteger calls = new AtomicInteger();
            // Every other intervalsynch answer is a maintenance page, sent as application/json.
            s.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH, body -> calls.incrementAndGet() % 2 == 1
                    ? "<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>"
                    : body);
            s.control().faultOnce(Endpoint.PORTAL_DAILY, Fault.MAINTENANCE_HTML, 1);
            s.control().faultOnce(Endpoint.PORTAL_MONTHLY, Fault.MAINTENANCE_HTML, 1);
            boolean done = s.harness.runUntil(
                    () -> s.bothOnline() && s.storedDiffersFromSmt(DAY1, DAY1).isEmpty() && calls.get() >= 2,
                    Duration.ofMinutes(1), Duration.ofHours(4));

            assertTrue(done, "recovered: " + s.accountSince());
            ThingStatusInfo seen = FaultScenario.firstTrouble(s.accountSince());
            assertTrue(
                    FaultScenario.shows(seen, ThingStatus.OFFLINE,
                            org.openhab.core.thing.ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.maintenance"),
                    "maintenance shown: " + seen);
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertClean(s, oldest, DAY1);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY1));
            row("answers switching between JSON and HTML (maintenance page as application/json and as text/html)",
                    FaultScenario.brief(seen), FaultScenario.brief(FaultScenario.firstTrouble(s.meterSince())),
                    "by itself, " + FaultMatrixTest.minutes(Duration.between(s.faultAt(), s.harness.clock.instant())),
                    kept(s, oldest, DAY1));
        }
    }

    @Test
    void dataRevisedAfterFirstPublicationReplacesTheFirstValues() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            LocalDate revised = DAY1.minusDays(1);
            Map<Instant, BigDecimal> first = values(s.persistence().day(CHANNEL_INTERVAL_CONSUMPTION, revised));
            s.harness.runUntil(DAY2, LocalTime.of(8, 0));
            s.control().revise(s.esiid, revised);
            s.runToNextDay(LocalTime.of(0, 0));

            Map<Instant, BigDecimal> now = values(s.persistence().day(CHANNEL_INTERVAL_CONSUMPTION, revised));
            assertNotEquals(first, now, "the revision changed the stored values");
            TimeSeries last = lastCovering(s, CHANNEL_INTERVAL_CONSUMPTION, revised);
            for (GroundTruth.Interval interval : s.truth().intervals(s.esiid, revised)) {
                assertEquals(0, interval.consumptionKwh().compareTo(valueAt(last, interval.start())),
                        "the later series carries the revised value at " + interval.start());
            }
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY1), "stored = SMT's revised data");
            assertClean(s, oldest, DAY1);
            row("data revised after first publication (re-fetch within revisionDays)", "ONLINE", "ONLINE",
                    "revised values replace the first ones at the next morning's re-fetch", kept(s, oldest, DAY1));
        }
    }

    @Test
    void duplicatedEntriesAndRowsStoreEachIntervalOnceWithTheLatestRevision() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            s.runToNextDay(LocalTime.of(9, 20));
            s.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH, body -> energyData(body, entries -> {
                JsonArray doubled = new JsonArray();
                for (JsonElement entry : entries) {
                    doubled.add(entry);
                    doubled.add(entry.deepCopy());
                    JsonObject stale = entry.getAsJsonObject().deepCopy();
                    stale.addProperty("RevTS", "01/02/2020 08:00:00");
                    stale.addProperty("RD", stale.get("RD").getAsString().replaceAll("[0-9]*\\.[0-9]+-", "9.999-"));
                    doubled.add(stale);
                }
                return doubled;
            }));
            s.control().rewrite(Endpoint.PORTAL_DAILY, body -> list(body, "dailyData", rows -> {
                JsonArray doubled = new JsonArray();
                rows.forEach(row -> {
                    doubled.add(row);
                    doubled.add(row.deepCopy());
                });
                return doubled;
            }));
            s.run(Duration.ofMinutes(30));

            assertTrue(s.bothOnline());
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY1), "each interval once, SMT's latest values");
            for (LocalDate day = DAY1.minusDays(2); !day.isAfter(DAY1); day = day.plusDays(1)) {
                TimeSeries last = lastCovering(s, CHANNEL_INTERVAL_CONSUMPTION, day);
                assertEquals(s.truth().intervals(s.esiid, day).size(), count(last, day), "intervals on " + day);
            }
            assertClean(s, oldest, DAY1);
            row("duplicated intervals (each energyData entry twice, plus a stale copy; daily rows twice)", "ONLINE",
                    "ONLINE", "nothing to recover: the latest RevTS wins, each interval once", kept(s, oldest, DAY1));
        }
    }

    @Test
    void intervalsMissingOnFirstPublicationAreNotInventedAndArriveLater() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            s.runToNextDay(LocalTime.of(9, 20));
            s.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH, blankPositions(DAY1, 41, 44));
            s.run(Duration.ofMinutes(30));

            NavigableMap<Instant, BigDecimal> stored = s.persistence().day(CHANNEL_INTERVAL_CONSUMPTION, DAY1);
            List<Instant> missing = instants(s, DAY1, 41, 44);
            for (Instant gap : missing) {
                assertNull(stored.get(gap), "no value invented at " + gap);
                assertNull(s.persistence().day(CHANNEL_INTERVAL_NET, DAY1).get(gap), "no net value at " + gap);
            }
            assertEquals(s.truth().intervals(s.esiid, DAY1).size() - missing.size(), stored.size());
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY1.minusDays(1)), "neighbour days intact");
            assertTrue(s.audit().partialDays().contains(DAY1));

            s.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH, null);
            s.runToNextDay(LocalTime.of(10, 0));
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY2), "the next re-fetch fills the gap");
            assertClean(s, oldest, DAY2);
            row("4 intervals missing on first publication", "ONLINE", "ONLINE",
                    "no zeros invented; the gap filled at the next morning's re-fetch", kept(s, oldest, DAY2));
        }
    }

    @Test
    void intervalsMissingFromAReFetchDoNotEraseStoredOnes() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            LocalDate day = DAY1.minusDays(1);
            s.runToNextDay(LocalTime.of(9, 20));
            s.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH, blankPositions(day, 41, 44));
            s.run(Duration.ofMinutes(30));

            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY1),
                    "the 4 intervals stored the day before are still stored");
            assertClean(s, oldest, DAY1);
            row("4 intervals of a stored day missing from a re-fetch", "ONLINE", "ONLINE",
                    "nothing to recover: the stored intervals stay", kept(s, oldest, DAY1));
        }
    }

    @Test
    void aDayMissingFromTheMiddleOfAnAnswerIsNeitherErasedNorLost() throws Exception {
        LocalDate missing = DAY1.minusDays(2);
        AtomicBoolean withheld = new AtomicBoolean(true);
        // SMT's first answer lacks a day in the middle of the range (interval and daily data).
        Consumer<BindingHarness> withhold = h -> {
            h.simulator.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH,
                    body -> withheld.get() ? energyData(body, without(missing)) : body);
            h.simulator.control().rewrite(Endpoint.PORTAL_DAILY,
                    body -> withheld.get() ? list(body, "dailyData", without(missing)) : body);
        };
        try (FaultScenario s = FaultScenario.start(false, b -> {
        }, withhold, Map.of(), DAY1, LocalTime.of(9, 40))) {
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertTrue(s.persistence().day(CHANNEL_INTERVAL_CONSUMPTION, missing).isEmpty());
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, oldest), "the day before stored");
            assertEquals(List.of(), s.storedDiffersFromSmt(missing.plusDays(1), DAY1.minusDays(1)),
                    "the day after stored");
            assertEquals(List.of(), s.audit().problems(), "no series spans the missing day");

            withheld.set(false);
            s.runToNextDay(LocalTime.of(10, 0));
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY1), "the missing day arrived with the re-fetch");

            withheld.set(true);
            s.runToNextDay(LocalTime.of(10, 0));
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY2),
                    "a later answer lacking the day does not erase it");
            assertClean(s, oldest, DAY2);
            row("a whole day missing from the middle of an answer (first publication, then a re-fetch)", "ONLINE",
                    "ONLINE", "the day arrives with the next re-fetch; a later answer without it erases nothing",
                    kept(s, oldest, DAY2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "2026-03-08, 92", "2026-11-01, 100" })
    void dstDayFetchedAfterAnOutageHasEveryInterval(LocalDate dstDay, int intervals) throws Exception {
        try (FaultScenario s = FaultScenario.start(false, b -> {
        }, h -> {
        }, Map.of(), dstDay, LocalTime.of(9, 40))) {
            s.runToNextDay(LocalTime.of(9, 20));
            s.markFault();
            for (Endpoint endpoint : Endpoint.values()) {
                s.control().fault(endpoint, Fault.UNAVAILABLE_TEXT);
            }
            s.run(Duration.ofMinutes(30));
            assertNotEquals(ThingStatus.ONLINE, s.accountStatus());
            s.control().clearFaults();
            s.harness.runUntil(() -> s.bothOnline() && s.storedDiffersFromSmt(dstDay, dstDay).isEmpty(),
                    Duration.ofMinutes(1), Duration.ofHours(3));

            assertEquals(intervals, s.persistence().day(CHANNEL_INTERVAL_CONSUMPTION, dstDay).size());
            assertEquals(SeriesFactory.intervalsIn(dstDay), intervals);
            LocalDate oldest = dstDay.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, dstDay));
            assertClean(s, oldest, dstDay);
            row("DST day " + dstDay + " fetched after a 503 outage",
                    "OFFLINE COMMUNICATION_ERROR " + "offline.service-unavailable", "OFFLINE BRIDGE_OFFLINE",
                    "by itself; the day stored with its " + intervals + " intervals", kept(s, oldest, dstDay));
        }
    }

    @Test
    void smtDownForAWholeDayThenTheMissedDaysArrive() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            s.harness.runUntil(DAY2, LocalTime.MIDNIGHT);
            s.markFault();
            for (Endpoint endpoint : Endpoint.values()) {
                s.control().fault(endpoint, Fault.UNAVAILABLE_TEXT);
            }
            s.harness.runUntil(DAY2, LocalTime.of(9, 45));
            List<String> shownOnline = new ArrayList<>();
            for (LocalTime t = LocalTime.of(10, 0); t.isAfter(LocalTime.of(9, 0)); t = t.plusMinutes(30)) {
                s.harness.runUntil(DAY2, t);
                if (s.accountStatus() == ThingStatus.ONLINE || s.meterStatus() == ThingStatus.ONLINE) {
                    shownOnline.add(t.toString());
                }
            }
            s.harness.runUntil(DAY2.plusDays(1), LocalTime.MIDNIGHT);
            assertEquals(List.of(), shownOnline, "while SMT is down, neither thing looks online");
            long requestsDuringOutage = s.simulator().requests().stream()
                    .filter(r -> !r.time().isBefore(SmtTime.startOfDay(DAY2))).count();
            assertTrue(requestsDuringOutage <= 30, "few requests while SMT is down: " + requestsDuringOutage);
            ThingStatusInfo seen = FaultScenario.firstTrouble(s.accountSince());

            s.control().clearFaults();
            LocalDate day3 = DAY2.plusDays(1);
            s.harness.runUntil(day3, LocalTime.of(11, 0));
            assertTrue(s.bothOnline());
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY2),
                    "the day SMT should have delivered during the outage, and the next one, arrived");
            assertClean(s, oldest, DAY2);
            assertEquals(List.of(), PoliteAudit.violations(s.simulator().requests()));
            row("SMT down for a whole day (503 everywhere), then back", FaultScenario.brief(seen),
                    FaultScenario.brief(FaultScenario.firstTrouble(s.meterSince())),
                    "by itself; the missed day arrives at the next 09:30 fetch (" + requestsDuringOutage
                            + " requests in 24 h of outage)",
                    kept(s, oldest, DAY2));
        }
    }

    // ---- checks and table ----

    private static List<ThingStatusInfo> troubles(FaultScenario s) {
        List<ThingStatusInfo> all = new ArrayList<>(s.accountSince());
        all.addAll(s.meterSince());
        return all.stream().filter(i -> i.getStatus() != ThingStatus.ONLINE).toList();
    }

    private static void assertClean(FaultScenario s, LocalDate from, LocalDate to) {
        SeriesAudit.Result audit = s.audit();
        assertEquals(List.of(), audit.problems(), "every series sent");
        Set<LocalDate> gaps = s.smtGapDays(from, to);
        assertTrue(audit.partialDays().stream().allMatch(d -> gaps.contains(d) || !d.isBefore(from)),
                "partial days: " + audit.partialDays());
    }

    private static String kept(FaultScenario s, LocalDate from, LocalDate to) {
        return "yes: " + (from.until(to).getDays() + 1) + " days = SMT, " + s.audit().seriesCount() + " series, 0 bad";
    }

    private static void row(String fault, String account, String meter, String recovered, String kept) {
        FaultTable.add(new FaultTable.Row(AREA, fault, account, meter, recovered, kept));
    }

    @AfterAll
    static void printTable() {
        FaultTable.print(AREA);
    }

    // ---- series and answers ----

    private static Map<Instant, BigDecimal> values(NavigableMap<Instant, BigDecimal> day) {
        return Map.copyOf(day);
    }

    private static TimeSeries lastCovering(FaultScenario s, String channel, LocalDate day) {
        List<TimeSeries> sent = s.harness.series(s.meter, channel);
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (count(sent.get(i), day) > 0) {
                return sent.get(i);
            }
        }
        throw new AssertionError("no series carries " + day);
    }

    private static long count(TimeSeries series, LocalDate day) {
        return series.getStates().filter(e -> SmtTime.dayOf(e.timestamp()).equals(day)).count();
    }

    private static BigDecimal valueAt(TimeSeries series, Instant at) {
        for (TimeSeries.Entry entry : series.getStates().toList()) {
            BigDecimal value = ReplayedPersistence.number(entry.state());
            if (entry.timestamp().equals(at) && value != null) {
                return value;
            }
        }
        throw new AssertionError("no value at " + at);
    }

    /** The instants of RD positions {@code from}..{@code to} (1-based) on a normal day. */
    private static List<Instant> instants(FaultScenario s, LocalDate day, int from, int to) {
        return s.truth().intervals(s.esiid, day).stream().filter(i -> i.position() >= from && i.position() <= to)
                .map(GroundTruth.Interval::start).toList();
    }

    /** Changes the energyData list of a portal or official answer. */
    static String energyData(String body, UnaryOperator<JsonArray> change) {
        return list(body, "energyData", change);
    }

    static String list(String body, String name, UnaryOperator<JsonArray> change) {
        JsonObject answer = JsonParser.parseString(body).getAsJsonObject();
        JsonObject holder = answer.has("data") && answer.get("data").isJsonObject() ? answer.getAsJsonObject("data")
                : answer;
        holder.add(name, change.apply(holder.getAsJsonArray(name)));
        return answer.toString();
    }

    /** Leaves out the entries or rows of one day. */
    static UnaryOperator<JsonArray> without(LocalDate day) {
        String us = US_DATE.format(day);
        Predicate<JsonObject> onDay = o -> us.equals(text(o, "DT")) || us.equals(text(o, "date"))
                || day.toString().equals(text(o, "date"));
        return entries -> {
            JsonArray kept = new JsonArray();
            entries.forEach(e -> {
                if (!onDay.test(e.getAsJsonObject())) {
                    kept.add(e);
                }
            });
            return kept;
        };
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    /** Empties RD positions {@code from}..{@code to} (1-based) of one day's entries (consumption and generation). */
    static UnaryOperator<String> blankPositions(LocalDate day, int from, int to) {
        String us = US_DATE.format(day);
        return body -> energyData(body, entries -> {
            for (JsonElement entry : entries) {
                JsonObject object = entry.getAsJsonObject();
                if (us.equals(text(object, "DT"))) {
                    String[] positions = object.get("RD").getAsString().split(",", -1);
                    for (int p = from; p <= to; p++) {
                        positions[p - 1] = "";
                    }
                    object.addProperty("RD", String.join(",", positions));
                }
            }
            return entries;
        });
    }
}
