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
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.MeterSpec;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.core.thing.ThingStatus;

/**
 * Ten simulated days of three meters on one portal account through a reproducible storm of SMT faults (one seed each:
 * 403 pages, 500, 503, maintenance pages, timeouts, reset connections, cut-off JSON, errorCode 1, failed and stuck
 * reads, expiring tokens, and SMT's own hourly and daily read limits set tighter than ours): SMT never sees a request
 * that breaks a rule of doc/smt-protocol.md §7, not even right after a 403, and once the storm is over the binding is
 * back
 * online with yesterday's data and fresh reads.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterHandlerPoliteUnderFaultsTest {

    private static final int DAYS = 10;
    /** The storm ends this long before the run does, so recovery can be checked. */
    private static final Duration CALM = Duration.ofHours(40);
    private static final List<MeterSpec> METERS = List.of(MeterSpec.DEFAULT_HOUSEHOLD, MeterSpec.DEFAULT_SOLAR,
            new MeterSpec("10443720007654321", MeterSpec.Kind.HOUSEHOLD));
    private static final int[] READ_INTERVALS = { 30, 30, 45, 60, 90 };
    private static final int[] HISTORY_DAYS = { 0, 20, 45, 90 };

    @ParameterizedTest
    @ValueSource(longs = { 1, 7, 42, 1234, 20260301 })
    void everyRuleHoldsThroughAStormOfFaults(long seed) throws Exception {
        Random random = new Random(seed);
        LocalDate firstDay = LocalDate.of(2026, 1, 5).plusDays(random.nextInt(330));
        Instant start = SmtTime.startOfDay(firstDay).plus(Duration.ofMinutes(random.nextInt(24 * 60)));
        Instant end = SmtTime.startOfDay(firstDay.plusDays(DAYS)).plus(Duration.ofHours(14));
        // Other tools use the same meters: SMT's limits may bite before ours do.
        int smtHourlyLimit = 1 + random.nextInt(2);
        int smtDailyLimit = 8 + random.nextInt(17);
        SimulatorConfig.Builder config = SimulatorConfig.builder().meters(METERS).odrHourlyLimit(smtHourlyLimit)
                .odrDailyLimit(smtDailyLimit);
        FaultPlan plan = FaultPlan.draw(seed, start, end.minus(CALM));

        try (BindingHarness harness = new BindingHarness(start, config)) {
            // A silent server costs a quarter second of real time, not the 30 s request timeout.
            harness.clientIdleTimeout = Duration.ofMillis(250);
            harness.keepLatestOnly = true;
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            for (String esiid : harness.simulator.esiids()) {
                harness.startMeter(esiid,
                        Map.of("readInterval", READ_INTERVALS[random.nextInt(READ_INTERVALS.length)], "historyDays",
                                HISTORY_DAYS[random.nextInt(HISTORY_DAYS.length)], "revisionDays",
                                1 + random.nextInt(7)));
            }
            for (FaultPlan.Event event : plan.events()) {
                harness.scheduler.runUntil(event.at());
                plan.apply(event, harness.simulator.control(), harness.clock.instant());
            }
            plan.closeAll(harness.simulator.control(), harness.clock.instant());
            harness.scheduler.runUntil(end);

            List<RecordedRequest> requests = harness.simulator.requests();
            PoliteAudit.Answers answers = new PoliteAudit.Answers(r -> plan.met(r, Fault.FORBIDDEN_HTML), r -> false)
                    .withPassword(harness.simulator.password());
            List<String> broken = PoliteAudit.violations(requests, answers);
            long faulted = requests.stream().filter(plan::metAny).count();
            long blocked = requests.stream().filter(r -> plan.met(r, Fault.FORBIDDEN_HTML)).count();
            org.slf4j.LoggerFactory.getLogger(MeterHandlerPoliteUnderFaultsTest.class).info("{}",
                    String.format(
                            "seed %d from %s: %d requests, %d fault windows, %d requests met a window (%d a 403), "
                                    + "SMT limits %d/h %d/day, %d violations%n",
                            seed, firstDay, requests.size(), plan.windows().size(), faulted, blocked, smtHourlyLimit,
                            smtDailyLimit, broken.size()));
            assertEquals(List.of(), broken.subList(0, Math.min(20, broken.size())), "seed " + seed);
            assertTrue(faulted >= 20, "the storm reached the binding: " + faulted);

            // The binding did not keep the rules by falling silent: after the storm it works again.
            assertEquals(ThingStatus.ONLINE, harness.account().getThing().getStatus(), "seed " + seed);
            LocalDate lastDay = SmtTime.dayOf(end);
            for (MeterHandler meter : harness.meters()) {
                assertEquals(ThingStatus.ONLINE, meter.getThing().getStatus(),
                        "seed " + seed + " " + meter.getThing().getStatusInfo());
                String esiid = String.valueOf(meter.getThing().getConfiguration().get("esiid"));
                assertEquals(SmtTime.startOfDay(lastDay), meter.dataUntil(),
                        "seed " + seed + ": yesterday's data of " + esiid);
                long readsToday = PoliteAudit.startedReads(requests).stream()
                        .filter(r -> esiid.equals(PoliteAudit.esiid(r)) && SmtTime.dayOf(r.time()).equals(lastDay))
                        .count();
                assertTrue(readsToday >= 1, "seed " + seed + ": reads of " + esiid + " on the last day");
            }
        }
    }
}
