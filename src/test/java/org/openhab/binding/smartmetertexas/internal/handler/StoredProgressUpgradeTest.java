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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.MeterProgress;
import org.openhab.binding.smartmetertexas.internal.planning.PlannedTask;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An upgrade keeps a meter's loading progress: a record stored by the release before issue 9 is read as it was, so a
 * user half-way through a 730-day history load is not sent back to its start (nor asked to load days twice).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class StoredProgressUpgradeTest {

    /**
     * Written by that release's MeterProgress.toJson() (captured, not hand-made): a meter with 730 days of history
     * configured, first started on 2026-03-10 at 08:00 Central, which has loaded yesterday's data, the billing
     * periods and one 31-day chunk of history (2026-01-07 to 2026-02-06), with 22 chunks of each kind left.
     */
    static final String RECORD = "{\"intervalsUntil\":\"2026-03-09\",\"dailyUntil\":\"2026-03-09\","
            + "\"monthlyFetchedOn\":\"2026-03-10\",\"historyPlanned\":true,\"backfill\":["
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-12-07\",\"to\":\"2026-01-06\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-12-07\",\"to\":\"2026-01-06\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-11-06\",\"to\":\"2025-12-06\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-11-06\",\"to\":\"2025-12-06\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-10-06\",\"to\":\"2025-11-05\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-10-06\",\"to\":\"2025-11-05\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-09-05\",\"to\":\"2025-10-05\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-09-05\",\"to\":\"2025-10-05\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-08-05\",\"to\":\"2025-09-04\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-08-05\",\"to\":\"2025-09-04\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-07-05\",\"to\":\"2025-08-04\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-07-05\",\"to\":\"2025-08-04\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-06-04\",\"to\":\"2025-07-04\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-06-04\",\"to\":\"2025-07-04\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-05-04\",\"to\":\"2025-06-03\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-05-04\",\"to\":\"2025-06-03\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-04-03\",\"to\":\"2025-05-03\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-04-03\",\"to\":\"2025-05-03\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-03-03\",\"to\":\"2025-04-02\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-03-03\",\"to\":\"2025-04-02\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2025-01-31\",\"to\":\"2025-03-02\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2025-01-31\",\"to\":\"2025-03-02\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-12-31\",\"to\":\"2025-01-30\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-12-31\",\"to\":\"2025-01-30\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-11-30\",\"to\":\"2024-12-30\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-11-30\",\"to\":\"2024-12-30\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-10-30\",\"to\":\"2024-11-29\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-10-30\",\"to\":\"2024-11-29\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-09-29\",\"to\":\"2024-10-29\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-09-29\",\"to\":\"2024-10-29\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-08-29\",\"to\":\"2024-09-28\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-08-29\",\"to\":\"2024-09-28\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-07-29\",\"to\":\"2024-08-28\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-07-29\",\"to\":\"2024-08-28\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-06-28\",\"to\":\"2024-07-28\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-06-28\",\"to\":\"2024-07-28\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-05-28\",\"to\":\"2024-06-27\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-05-28\",\"to\":\"2024-06-27\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-04-27\",\"to\":\"2024-05-27\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-04-27\",\"to\":\"2024-05-27\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-03-27\",\"to\":\"2024-04-26\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-03-27\",\"to\":\"2024-04-26\"},"
            + "{\"kind\":\"INTERVALS\",\"from\":\"2024-03-10\",\"to\":\"2024-03-26\"},"
            + "{\"kind\":\"DAILY\",\"from\":\"2024-03-10\",\"to\":\"2024-03-26\"}]}";

    /** Two hours after the record was written: an upgrade and restart on the same morning. */
    private static final Instant RESTART = LocalDate.of(2026, 3, 10).atTime(10, 0).atZone(SmtTime.CENTRAL).toInstant();
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Test
    void recordOfThePreviousReleaseKeepsLoadedDaysAndRemainingHistory() {
        MeterProgress progress = MeterProgress.fromJson(RECORD);

        assertEquals(LocalDate.of(2026, 3, 9), progress.completeUntil(DataKind.INTERVALS));
        assertEquals(LocalDate.of(2026, 3, 9), progress.completeUntil(DataKind.DAILY));
        assertEquals(LocalDate.of(2026, 3, 10), progress.monthlyFetchedOn());
        assertTrue(progress.historyPlanned(), "the history is not planned again from scratch");

        List<PlannedTask> history = progress.backfill();
        assertEquals(44, history.size(), "22 chunks of 15-minute and of daily data still to load");
        assertEquals(
                PlannedTask.backfill(DataKind.INTERVALS,
                        new DateRange(LocalDate.of(2025, 12, 7), LocalDate.of(2026, 1, 6))),
                history.get(0), "next comes the chunk just older than the one loaded");
        assertEquals(
                PlannedTask.backfill(DataKind.DAILY,
                        new DateRange(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 26))),
                history.get(43), "the oldest day of the 730 stays last");
        assertTrue(history.stream().noneMatch(item -> item.range().to().isAfter(LocalDate.of(2026, 1, 6))),
                "nothing already loaded is left to load");
    }

    @Test
    void meterStartedOnTheStoredRecordLoadsOnlyTheRemainingHistory() throws Exception {
        try (BindingHarness harness = new BindingHarness(RESTART)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            // Where openHAB's storage keeps it: under the meter thing's UID.
            harness.storage.put("smartmetertexas:meter:home:" + esiid, RECORD);
            harness.startMeter(esiid, Map.of("readInterval", 0, "historyDays", 730, "revisionDays", 7));
            harness.run(Duration.ofHours(2));

            // Read from the record itself, not through the code under test.
            List<String> expected = new ArrayList<>();
            for (JsonElement item : JsonParser.parseString(RECORD).getAsJsonObject().getAsJsonArray("backfill")) {
                JsonObject chunk = item.getAsJsonObject();
                if ("DAILY".equals(chunk.get("kind").getAsString())) {
                    expected.add(usDate(chunk.get("from").getAsString()) + "-" + usDate(chunk.get("to").getAsString()));
                }
            }
            assertEquals(22, expected.size());
            assertEquals(expected, ranges(harness.requests("/api/usage/daily")),
                    "each remaining chunk once, newest first, and no day loaded before the upgrade");
            assertEquals(expected, ranges(harness.requests("/api/adhoc/intervalsynch")),
                    "the same for the 15-minute data");
            assertEquals(List.of(), harness.requests("/api/usage/monthly"), "billing periods were fetched today");
            assertTrue(MeterProgress.fromJson(harness.storage.get("smartmetertexas:meter:home:" + esiid)).backfill()
                    .isEmpty(), "the history is complete and stored so");
        }
    }

    private static String usDate(String isoDay) {
        return US_DATE.format(LocalDate.parse(isoDay));
    }

    private static List<String> ranges(List<RecordedRequest> requests) {
        List<String> ranges = new ArrayList<>();
        for (RecordedRequest request : requests) {
            JsonObject body = JsonParser.parseString(request.body()).getAsJsonObject();
            ranges.add(body.get("startDate").getAsString() + "-" + body.get("endDate").getAsString());
        }
        return ranges;
    }
}
