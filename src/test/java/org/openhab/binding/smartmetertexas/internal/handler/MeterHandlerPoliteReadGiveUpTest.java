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
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Thing;
import org.openhab.core.types.State;

/**
 * An on-demand read is given up 15 minutes after its request (doc/smt-protocol.md §7) even when the account could not
 * poll in
 * time: after an hour of bot-protection block, the binding does not ask SMT about the old read again; it shows the
 * read as failed.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterHandlerPoliteReadGiveUpTest {

    private static final Instant MORNING = LocalDate.of(2026, 6, 15).atTime(8, 0).atZone(SmtTime.CENTRAL).toInstant();

    @Test
    void noStatusPollOfAReadOlderThanFifteenMinutes() throws Exception {
        try (BindingHarness harness = new BindingHarness(MORNING)) {
            harness.simulator.control().odrDelay(Duration.ofMinutes(10));
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            Thing meter = harness
                    .startMeter(harness.simulator.esiids().get(0), Map.of("readInterval", 90, "historyDays", 0))
                    .getThing();
            harness.run(Duration.ofSeconds(45));
            List<RecordedRequest> reads = harness.requests("/api/ondemandread");
            assertEquals(1, reads.size());
            assertEquals(1, harness.requests("latestodrread").size(), "the first poll after 30 s");

            // The next poll meets bot protection: the whole account waits an hour.
            harness.simulator.control().fault(Endpoint.PORTAL_LATEST_ODR, Fault.FORBIDDEN_HTML);
            harness.run(Duration.ofMinutes(1));
            harness.simulator.control().clearFaults();
            assertEquals(2, harness.requests("latestodrread").size());
            harness.run(Duration.ofMinutes(64));

            Instant read = reads.get(0).time();
            for (RecordedRequest poll : harness.requests("latestodrread")) {
                assertTrue(Duration.between(read, poll.time()).compareTo(Duration.ofMinutes(16)) <= 0,
                        "status of a read requested at " + read + " polled at " + poll.time());
            }
            List<State> status = harness.states(meter, CHANNEL_READ_STATUS);
            assertEquals(new StringType(ReadStatus.FAILED.label()), status.get(status.size() - 1),
                    "the read shows as failed");
        }
    }
}
