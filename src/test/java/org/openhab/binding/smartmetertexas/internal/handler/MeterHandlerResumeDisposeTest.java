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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.core.thing.ThingStatus;

/**
 * History loading survives a restart without asking SMT twice, and dispose() leaves nothing behind: no scheduled job,
 * no running HTTP client.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterHandlerResumeDisposeTest {

    private static final Instant MORNING = LocalDate.of(2026, 6, 15).atTime(8, 0).atZone(SmtTime.CENTRAL).toInstant();

    @Test
    void historyResumesAfterRestartWithoutRepeatingAChunk() throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            Map<String, Object> config = Map.of("readInterval", 0, "historyDays", 180, "revisionDays", 7);
            MeterHandler first = harness.startMeter(esiid, config);
            harness.run(Duration.ofMinutes(2));
            int loadedBeforeRestart = dailyRequests(harness).size();
            assertTrue(loadedBeforeRestart >= 1 && loadedBeforeRestart < 6, "restart mid-way: " + loadedBeforeRestart);

            harness.disposeMeter(first);
            harness.startMeter(esiid, config);
            harness.run(Duration.ofHours(1));

            List<RecordedRequest> daily = dailyRequests(harness);
            Set<String> ranges = new HashSet<>();
            for (RecordedRequest request : daily) {
                assertTrue(ranges.add(request.body()), "asked twice: " + request.body());
            }
            assertEquals(6, daily.size(), "180 days before 09:30: 173 days of history in 31-day chunks");
        }
    }

    private static List<RecordedRequest> dailyRequests(BindingHarness harness) {
        return harness.requests("/api/usage/daily");
    }

    @Test
    void disposeLeavesNoJobAndNoRunningClient() throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            AccountHandler account = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            MeterHandler meter = harness.startMeter(harness.simulator.esiids().get(0), Map.of("historyDays", 60));
            harness.run(Duration.ofMinutes(1));
            assertEquals(ThingStatus.ONLINE, meter.getThing().getStatus());
            assertTrue(harness.scheduler.pendingJobs() > 0);

            harness.disposeMeter(meter);
            account.dispose();

            assertEquals(0, harness.scheduler.pendingJobs(), "every job cancelled");
            assertFalse(harness.httpClients.isEmpty());
            for (HttpClient client : harness.httpClients) {
                assertTrue(client.isStopped(), "the account's HTTP client is stopped");
            }
            int sent = harness.simulator.requests().size();
            harness.run(Duration.ofDays(1));
            assertEquals(sent, harness.simulator.requests().size(), "nothing is sent after dispose");
        }
    }

    @Test
    void disposeWhileAReadIsPendingStopsItsPolls() throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.simulator.control().odrDelay(Duration.ofMinutes(10));
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            MeterHandler meter = harness.startMeter(harness.simulator.esiids().get(0),
                    Map.of("readInterval", 90, "historyDays", 0));
            harness.run(Duration.ofSeconds(40));
            assertEquals(1, harness.requests("/api/ondemandread").size());
            harness.disposeMeter(meter);
            int polls = harness.requests("latestodrread").size();
            harness.run(Duration.ofMinutes(30));
            assertEquals(polls, harness.requests("latestodrread").size(), "no poll after dispose");
        }
    }
}
