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
package org.openhab.binding.smartmetertexas.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.internal.planning.AskedDays;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * SMT's answers checked against the question on the command line (doc/smt-protocol.md §7), as the binding checks
 * them: days nobody asked for (decades back, in the future, years before the range) are left out and named with exit
 * code 6, also when no day asked came; an answer whose every day is rejected names each day with exit code 6 and no
 * "next day" advice; SMT's "no reading" daily form is no row; ranges older than SMT keeps are not asked.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliHostileDataTest {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    private static final LocalDate DAY_1 = SimulatedSmt.YESTERDAY.minusDays(1);
    private static final String NEXT_DAY_ADVICE = "publishes a day's data the next day";

    /** Changes the list {@code name} of an answer (inside its data wrapper, if any). */
    static String list(String body, String name, UnaryOperator<JsonArray> change) {
        JsonObject answer = JsonParser.parseString(body).getAsJsonObject();
        JsonObject holder = answer.has("data") && answer.get("data").isJsonObject() ? answer.getAsJsonObject("data")
                : answer;
        holder.add(name, change.apply(holder.getAsJsonArray(name)));
        return answer.toString();
    }

    /** Adds a copy of the list's first entry for each of the days, dated in its member {@code date}. */
    static UnaryOperator<String> withDays(String name, String date, List<LocalDate> days) {
        return body -> list(body, name, entries -> {
            JsonObject first = entries.get(0).getAsJsonObject();
            for (LocalDate day : days) {
                JsonObject copy = first.deepCopy();
                copy.addProperty(date, US_DATE.format(day));
                entries.add(copy);
            }
            return entries;
        });
    }

    /** Every 7th day of 1975 to 2020, and every day of 2060: thousands of days nobody asked for. */
    static List<LocalDate> decadesAwayDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(1975, 1, 1); day.getYear() <= 2020; day = day.plusDays(7)) {
            days.add(day);
        }
        for (LocalDate day = LocalDate.of(2060, 1, 1); day.getYear() == 2060; day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    @Test
    void aTwoDayQuestionAnsweredWithDecadesOfDaysKeepsTheTwoDaysAndExits6(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH, withDays("energyData", "DT", decadesAwayDays()));

            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", DAY_1.toString(), "--to",
                    SimulatedSmt.YESTERDAY.toString()));

            assertEquals(ExitCode.INPUT_REJECTED, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            CliIntervalsTest.assertMatchesTruth(smt, smt.household(), lines.subList(1, lines.size()), DAY_1,
                    SimulatedSmt.YESTERDAY);
            assertTrue(run.err().contains("smt: rejected 1975-01-01 to 2020-12-"), run.err());
            assertTrue(run.err().contains(" days): not asked: older than SMT keeps"), run.err());
            assertTrue(
                    run.err().contains("smt: rejected 2060-01-01 to 2060-12-31 (366 days): not asked: in the future"),
                    run.err());
            assertTrue(run.err().contains("the readable rows were written"), run.err());
        }
    }

    @Test
    void theOfficialApisAnswersAreCheckedTheSameWay(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().rewrite(Endpoint.OFFICIAL_INTERVALS,
                    withDays("energyData", "DT", List.of(LocalDate.of(2001, 2, 3), LocalDate.of(2099, 1, 1))));

            CliRun run = smt.run(smt.official("intervals", smt.household(), "--from", DAY_1.toString(), "--to",
                    SimulatedSmt.YESTERDAY.toString()));

            assertEquals(ExitCode.INPUT_REJECTED, run.exitCode(), run.toString());
            List<String> lines = run.outLines();
            CliIntervalsTest.assertMatchesTruth(smt, smt.household(), lines.subList(1, lines.size()), DAY_1,
                    SimulatedSmt.YESTERDAY);
            assertTrue(run.err().contains("smt: rejected 2001-02-03: not asked: older than SMT keeps"), run.err());
            assertTrue(run.err().contains("smt: rejected 2099-01-01: not asked: in the future"), run.err());
        }
    }

    @Test
    void anAnswerHoldingOnlyADayYearsBeforeTheRangeExits6WithoutItsRows(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH, body -> list(body, "energyData", entries -> {
                entries.forEach(e -> e.getAsJsonObject().addProperty("DT", "01/01/2019"));
                return entries;
            }));

            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", DAY_1.toString(), "--to",
                    SimulatedSmt.YESTERDAY.toString()));

            assertEquals(ExitCode.INPUT_REJECTED, run.exitCode(), run.toString());
            assertFalse(run.out().contains("2019-01-01"), run.out());
            assertTrue(run.err().contains("smt: rejected 2019-01-01: not asked: older than SMT keeps"), run.err());
            assertTrue(run.err().contains("no readable row came"), run.err());
            assertFalse(run.err().contains(NEXT_DAY_ADVICE), run.err());
        }
    }

    @Test
    void anAnswerWhoseEveryDayIsRejectedNamesEachDayAndExits6(@TempDir Path dir) throws Exception {
        LocalDate from = SimulatedSmt.YESTERDAY.minusDays(2);
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            // a short RD: 99 positions instead of 100
            smt.sim.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH, body -> list(body, "energyData", entries -> {
                entries.forEach(e -> {
                    JsonObject entry = e.getAsJsonObject();
                    String rd = entry.get("RD").getAsString();
                    entry.addProperty("RD", rd.substring(0, rd.lastIndexOf(',')));
                });
                return entries;
            }));

            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", from.toString()));

            assertEquals(ExitCode.INPUT_REJECTED, run.exitCode(), run.toString());
            for (LocalDate day = from; !day.isAfter(SimulatedSmt.YESTERDAY); day = day.plusDays(1)) {
                assertTrue(run.err().contains("smt: rejected " + day + ": consumption RD has 99 positions"), run.err());
            }
            assertFalse(run.err().contains(NEXT_DAY_ADVICE), run.err());
            assertFalse(run.err().contains("SMT unavailable"), run.err());
        }
    }

    @Test
    void dailyReadsOfDaysNotAskedAreLeftOutWithExit6(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().rewrite(Endpoint.PORTAL_DAILY,
                    withDays("dailyData", "date", List.of(LocalDate.of(2001, 2, 3), LocalDate.of(2099, 1, 1))));

            CliRun run = smt.run(smt.portal("daily", smt.household(), "--from", DAY_1.toString(), "--to",
                    SimulatedSmt.YESTERDAY.toString()));

            assertEquals(ExitCode.INPUT_REJECTED, run.exitCode(), run.toString());
            List<String> rows = run.outLines().subList(1, run.outLines().size());
            assertEquals(List.of(DAY_1.toString(), SimulatedSmt.YESTERDAY.toString()),
                    rows.stream().map(r -> r.split(",")[1]).toList());
            assertTrue(run.err().contains("smt: rejected 2001-02-03: not asked: older than SMT keeps"), run.err());
            assertTrue(run.err().contains("smt: rejected 2099-01-01: not asked: in the future"), run.err());
        }
    }

    @Test
    void billingPeriodsNotAskedAreLeftOutWithExit6(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().rewrite(Endpoint.PORTAL_MONTHLY, body -> list(body, "monthlyData", periods -> {
                JsonObject future = periods.get(0).getAsJsonObject().deepCopy();
                future.addProperty("startdate", "01/01/2099");
                future.addProperty("enddate", "01/31/2099");
                periods.add(future);
                return periods;
            }));

            CliRun run = smt.run(
                    smt.portal("monthly", smt.household(), "--from", SimulatedSmt.YESTERDAY.minusDays(90).toString()));

            assertEquals(ExitCode.INPUT_REJECTED, run.exitCode(), run.toString());
            assertFalse(run.out().contains("2099-"), run.out());
            assertTrue(run.outLines().size() > 1, "the periods asked are written");
            assertTrue(run.err().contains("smt: rejected 2099-01-01: not asked: in the future"), run.err());
        }
    }

    @Test
    void aDailyReadWithBothRegistersZeroAndNoUsageIsNoReading(@TempDir Path dir) throws Exception {
        LocalDate from = SimulatedSmt.YESTERDAY.minusDays(2);
        String noReadingDay = US_DATE.format(from.plusDays(1));
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().rewrite(Endpoint.PORTAL_DAILY, body -> list(body, "dailyData", rows -> {
                for (JsonElement row : rows) {
                    JsonObject read = row.getAsJsonObject();
                    if (noReadingDay.equals(read.get("date").getAsString())) {
                        read.addProperty("startreading", "0");
                        read.addProperty("endreading", "0.000");
                        read.addProperty("reading", "0");
                    }
                }
                return rows;
            }));

            CliRun run = smt.run(smt.portal("daily", smt.household(), "--from", from.toString()));

            assertEquals(ExitCode.OK, run.exitCode(), run.toString());
            List<String> days = run.outLines().subList(1, run.outLines().size()).stream().map(r -> r.split(",")[1])
                    .toList();
            assertEquals(List.of(from.toString(), SimulatedSmt.YESTERDAY.toString()), days, "no 0.000 reading");
        }
    }

    @Test
    void aRangeEntirelyOlderThanSmtKeepsIsAUsageErrorAndAsksNothing(@TempDir Path dir) throws Exception {
        LocalDate oldest = AskedDays.oldestKept(SimulatedSmt.TODAY);
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            for (String command : List.of("intervals", "daily")) {
                CliRun run = smt.run(smt.portal(command, smt.household(), "--from", oldest.minusDays(40).toString(),
                        "--to", oldest.minusDays(1).toString()));

                assertEquals(ExitCode.USAGE, run.exitCode(), run.toString());
                assertTrue(run.err().contains("is older than SMT keeps"), run.err());
                assertFalse(run.err().contains("(yet)"), run.err());
            }
            assertEquals(0, smt.requests().size(), "nothing asked");
        }
    }

    @Test
    void aRangeReachingBackPastWhatSmtKeepsAsksOnlyTheDaysItKeeps(@TempDir Path dir) throws Exception {
        LocalDate oldest = AskedDays.oldestKept(SimulatedSmt.TODAY);
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from", oldest.minusDays(300).toString(),
                    "--to", oldest.plusDays(5).toString()));

            assertTrue(
                    run.err().contains("the days before " + oldest + " are older than SMT keeps; they are not asked"),
                    run.err());
            List<RecordedRequest> asked = smt.requests().stream()
                    .filter(r -> r.path().equals("/api/adhoc/intervalsynch")).toList();
            assertEquals(1, asked.size(), "one chunk of 6 days");
            assertTrue(asked.get(0).body().contains("\"startDate\":\"" + US_DATE.format(oldest) + "\""),
                    asked.get(0).body());
        }
    }
}
