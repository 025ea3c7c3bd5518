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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.testsupport.OtherDays;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.State;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Hostile answers through the handlers: deeply nested JSON, wrong types, NaN, huge numbers, impossible dates, dates
 * outside the asked range. SMT's data endpoints send them for one morning cycle. The user sees a
 * protocol error on the meter when a whole answer is unreadable (its description short and clear), or nothing when
 * only a part is rejected; nothing stored is garbage, no day outside the asked range is stored, and once SMT answers
 * normally again the stored data equals SMT's.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class HostileAnswerTest {

    private static final String AREA = "hostile";
    private static final LocalDate DAY1 = FaultScenario.DAY1;
    private static final List<Endpoint> DATA = FaultScenario.PORTAL_DATA;

    /**
     * One hostile shape.
     *
     * @param name what SMT sends
     * @param rewrite how each data endpoint's normal answer is turned hostile
     * @param unreadable whether whole answers are unreadable (a protocol error shown) rather than partly rejected
     */
    record Case(String name, Map<Endpoint, UnaryOperator<String>> rewrite, boolean unreadable) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<Endpoint, UnaryOperator<String>> everyData(UnaryOperator<String> rewrite) {
        return Map.of(DATA.get(0), rewrite, DATA.get(1), rewrite, DATA.get(2), rewrite, DATA.get(3), rewrite);
    }

    /** Changes the RD values of every entry (the layout stays: empty positions stay empty). */
    private static UnaryOperator<String> rdValues(String replacement) {
        return body -> FaultDataContinuityTest.energyData(body, entries -> {
            for (JsonElement entry : entries) {
                JsonObject object = entry.getAsJsonObject();
                object.addProperty("RD",
                        object.get("RD").getAsString().replaceAll("[0-9]*\\.[0-9]+-([AE])", replacement + "-$1"));
            }
            return entries;
        });
    }

    /** Changes one field of every daily row. */
    private static UnaryOperator<String> dailyField(String field, JsonElement value) {
        return body -> FaultDataContinuityTest.list(body, "dailyData", rows -> {
            rows.forEach(row -> row.getAsJsonObject().add(field, value.deepCopy()));
            return rows;
        });
    }

    /** Changes a field of the first entry (or row) of a list. */
    private static UnaryOperator<String> firstOf(String list, String field, JsonElement value) {
        return body -> FaultDataContinuityTest.list(body, list, rows -> {
            if (!rows.isEmpty()) {
                rows.get(0).getAsJsonObject().add(field, value);
            }
            return rows;
        });
    }

    private static Map<Endpoint, UnaryOperator<String>> intervalsAndDaily(UnaryOperator<String> intervals,
            UnaryOperator<String> daily) {
        return Map.of(Endpoint.PORTAL_INTERVALSYNCH, intervals, Endpoint.PORTAL_DAILY, daily);
    }

    static Stream<Case> cases() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);
        JsonArray array = new JsonArray();
        array.add(1);
        array.add(2);
        return Stream.of(new Case("JSON nested 100 000 levels deep", everyData(body -> nested), true),
                new Case("wrong types: lists as strings, numbers, objects",
                        Map.of(Endpoint.PORTAL_INTERVALSYNCH, body -> "{\"data\":{\"energyData\":\"oops\"}}",
                                Endpoint.PORTAL_INTERVAL, body -> "{\"data\":{\"intervaldata\":42}}",
                                Endpoint.PORTAL_DAILY, body -> "{\"data\":{\"dailyData\":{\"date\":[]}}}",
                                Endpoint.PORTAL_MONTHLY, body -> "{\"data\":[[[]]]}"),
                        true),
                new Case("wrong types inside entries: RD an object, reading an array",
                        intervalsAndDaily(body -> FaultDataContinuityTest.energyData(body, entries -> {
                            entries.forEach(e -> e.getAsJsonObject().add("RD", new JsonObject()));
                            return entries;
                        }), dailyField("reading", array)), true),
                new Case("NaN: RD values NaN-A, a daily reading \"NaN\"",
                        intervalsAndDaily(rdValues("NaN"), dailyField("reading", new JsonPrimitive("NaN"))), true),
                new Case("NaN as a bare JSON literal", everyData(body -> body.replaceFirst("\\{", "{\"x\":NaN,")),
                        true),
                new Case("huge numbers 1E+999999999 (as RD values and as a JSON number)",
                        intervalsAndDaily(rdValues("1E+999999999"),
                                body -> body.replaceAll("\"reading\":\"[^\"]*\"", "\"reading\":1E+999999999")),
                        true),
                new Case("huge but bounded numbers 1E+300",
                        intervalsAndDaily(rdValues("1E+300"), dailyField("reading", new JsonPrimitive("1E+300"))),
                        true),
                new Case("impossible dates (02/30/2026, 13/45/2026, RevTS 99/99/9999 99:99:99)",
                        intervalsAndDaily(body -> {
                            String broken = firstOf("energyData", "DT", new JsonPrimitive("02/30/2026")).apply(body);
                            broken = FaultDataContinuityTest.energyData(broken, entries -> {
                                entries.forEach(e -> e.getAsJsonObject().addProperty("RevTS", "99/99/9999 99:99:99"));
                                return entries;
                            });
                            return broken;
                        }, firstOf("dailyData", "date", new JsonPrimitive("13/45/2026"))), true),
                new Case("dates outside the asked range (2099-01-01)",
                        intervalsAndDaily(firstOf("energyData", "DT", new JsonPrimitive("01/01/2099")),
                                firstOf("dailyData", "date", new JsonPrimitive("01/01/2099"))),
                        false),
                new Case("thousands of days nobody asked for, decades back and ahead, next to the days asked",
                        intervalsAndDaily(OtherDays.filled("energyData", "DT", false, DAY1.getYear(), 2_000_000),
                                OtherDays.filled("dailyData", "date", false, DAY1.getYear(), 2_000_000)),
                        false),
                new Case("only a day years before the range (every entry and row dated 01/01/2019)",
                        intervalsAndDaily(everyOf("energyData", "DT", new JsonPrimitive("01/01/2019")),
                                everyOf("dailyData", "date", new JsonPrimitive("01/01/2019"))),
                        true),
                new Case("every day rejected: RD strings of 99 positions", Map.of(Endpoint.PORTAL_INTERVALSYNCH,
                        body -> FaultDataContinuityTest.energyData(body, entries -> {
                            entries.forEach(e -> {
                                JsonObject entry = e.getAsJsonObject();
                                String rd = entry.get("RD").getAsString();
                                entry.addProperty("RD", rd.substring(0, rd.lastIndexOf(',')));
                            });
                            return entries;
                        })), true),
                new Case("every day rejected: an unreadable DT (02/30/2026) on every entry",
                        Map.of(Endpoint.PORTAL_INTERVALSYNCH,
                                everyOf("energyData", "DT", new JsonPrimitive("02/30/2026"))),
                        true),
                new Case("daily reads with both registers 0 and no usage (SMT's \"no reading\")",
                        Map.of(Endpoint.PORTAL_DAILY, body -> FaultDataContinuityTest.list(body, "dailyData", rows -> {
                            rows.forEach(row -> {
                                JsonObject read = row.getAsJsonObject();
                                read.addProperty("startreading", "0");
                                read.addProperty("endreading", "0");
                                read.addProperty("reading", "0");
                            });
                            return rows;
                        })), false));
    }

    /** Sets a field of every entry (or row) of a list. */
    private static UnaryOperator<String> everyOf(String list, String field, JsonElement value) {
        return body -> FaultDataContinuityTest.list(body, list, rows -> {
            rows.forEach(row -> row.getAsJsonObject().add(field, value.deepCopy()));
            return rows;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileAnswerIsRefusedClearlyAndStoresNoGarbage(Case c) throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            s.runToNextDay(LocalTime.of(9, 20));
            s.markFault();
            c.rewrite().forEach((endpoint, rewrite) -> s.control().rewrite(endpoint, rewrite));
            s.run(Duration.ofMinutes(20));

            ThingStatusInfo accountSeen = FaultScenario.firstTrouble(s.accountSince());
            ThingStatusInfo meterSeen = FaultScenario.firstTrouble(s.meterSince());
            assertEquals(ThingStatus.ONLINE, accountSeen.getStatus(), "the account is not to blame");
            if (c.unreadable()) {
                assertTrue(FaultScenario.shows(meterSeen, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                        "@text/offline.protocol-error"), "meter shows " + meterSeen);
                String description = String.valueOf(meterSeen.getDescription());
                assertTrue(description.length() < 400, "a short description: " + description.length());
                assertTrue(description.contains("/api/") || description.contains("15-minute"),
                        "names the request: " + description);
            }
            assertGarbageFree(s);

            DATA.forEach(endpoint -> s.control().rewrite(endpoint, null));
            LocalDate yesterday = s.today().minusDays(1);
            boolean recovered = s.harness.runUntil(
                    () -> s.bothOnline() && s.storedDiffersFromSmt(yesterday, yesterday).isEmpty(),
                    Duration.ofMinutes(1), Duration.ofHours(3));
            assertTrue(recovered, "back to normal: " + s.meter.getStatusInfo());
            assertGarbageFree(s);
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, yesterday), "stored = SMT's data");

            FaultTable.add(new FaultTable.Row(AREA, c.name(), FaultScenario.brief(accountSeen),
                    FaultScenario.brief(meterSeen) + (c.unreadable() ? ": " + excerpt(meterSeen) : ""),
                    "by itself once SMT answers normally",
                    "yes: no garbage stored, " + (oldest.until(yesterday).getDays() + 1) + " days = SMT"));
        }
    }

    @Test
    void aDayFarOutsideTheAskedRangeIsNotStoredAndStopsNothing() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            s.runToNextDay(LocalTime.of(9, 20));
            // One answer claims a day decades ahead (interval and daily data).
            AtomicInteger answers = new AtomicInteger();
            s.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH,
                    body -> answers.getAndIncrement() == 0
                            ? firstOf("energyData", "DT", new JsonPrimitive("01/01/2099")).apply(body)
                            : body);
            s.control().rewrite(Endpoint.PORTAL_DAILY,
                    body -> answers.get() <= 1
                            ? firstOf("dailyData", "date", new JsonPrimitive("01/01/2099")).apply(body)
                            : body);
            s.run(Duration.ofMinutes(20));
            assertGarbageFree(s);
            List<State> until = s.harness.states(s.meter, CHANNEL_DATA_UNTIL);
            Instant shown = ((DateTimeType) until.get(until.size() - 1)).getInstant();
            assertTrue(shown.isBefore(s.harness.clock.instant()), "data-until is not in the future: " + shown);

            LocalDate day3 = DAY1.plusDays(2);
            s.harness.runUntil(day3, LocalTime.of(10, 0));
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, day3.minusDays(1)),
                    "the next days' data still arrives");
            assertGarbageFree(s);
            FaultTable.add(new FaultTable.Row(AREA, "one day far outside the asked range (01/01/2099), then normal",
                    "ONLINE", "ONLINE", "nothing to recover: the next mornings' data arrives",
                    "yes: nothing stored for 2099, " + (oldest.until(day3).getDays()) + " days = SMT"));
        }
    }

    @Test
    void aDailyReadWithBothRegistersZeroIsNotStoredAsAReading() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            s.runToNextDay(LocalTime.of(9, 20));
            LocalDate yesterday = s.today().minusDays(1);
            String noReading = DateTimeFormatter.ofPattern("MM/dd/yyyy").format(yesterday);
            s.control().rewrite(Endpoint.PORTAL_DAILY, body -> FaultDataContinuityTest.list(body, "dailyData", rows -> {
                rows.forEach(row -> {
                    JsonObject read = row.getAsJsonObject();
                    if (noReading.equals(read.get("date").getAsString())) {
                        read.addProperty("startreading", "0");
                        read.addProperty("endreading", "0");
                        read.addProperty("reading", "0");
                    }
                });
                return rows;
            }));
            s.run(Duration.ofMinutes(20));

            for (String channel : List.of(CHANNEL_DAILY_CONSUMPTION, CHANNEL_DAILY_START_READING,
                    CHANNEL_DAILY_END_READING)) {
                assertEquals(Map.of(), s.persistence().day(channel, yesterday), channel + ": no reading is no value");
            }
            assertEquals(ThingStatus.ONLINE, s.meterStatus());

            s.control().rewrite(Endpoint.PORTAL_DAILY, null);
            assertTrue(s.harness.runUntil(() -> s.storedDiffersFromSmt(yesterday, yesterday).isEmpty(),
                    Duration.ofMinutes(1), Duration.ofHours(3)), "the reading arrives once SMT has it");
        }
    }

    /** No series with garbage, none spanning days it lacks, no stored value outside the days asked. */
    static void assertGarbageFree(FaultScenario s) {
        assertEquals(List.of(), s.audit().problems(), "every series sent");
        Instant from = SmtTime.startOfDay(DAY1.minusDays(FaultScenario.REVISION_DAYS));
        Instant to = SmtTime.startOfDay(s.today());
        ReplayedPersistence stored = s.persistence();
        for (String channel : List.of(CHANNEL_INTERVAL_CONSUMPTION, CHANNEL_INTERVAL_NET, CHANNEL_INTERVAL_POWER,
                CHANNEL_INTERVAL_GENERATION, CHANNEL_DAILY_CONSUMPTION, CHANNEL_DAILY_START_READING,
                CHANNEL_DAILY_END_READING, CHANNEL_DAILY_GENERATION)) {
            for (Instant at : stored.channel(channel).keySet()) {
                assertFalse(at.isBefore(from) || !at.isBefore(to),
                        channel + " stored a value on a day not asked: " + SmtTime.dayOf(at));
            }
        }
    }

    private static String excerpt(ThingStatusInfo info) {
        String text = String.valueOf(info.getDescription());
        int start = text.indexOf("[\"");
        String argument = start < 0 ? text : text.substring(start + 2, text.length() - 2);
        return argument.length() > 90 ? argument.substring(0, 90) + "…" : argument;
    }

    @AfterAll
    static void printTable() {
        FaultTable.print(AREA);
    }
}
