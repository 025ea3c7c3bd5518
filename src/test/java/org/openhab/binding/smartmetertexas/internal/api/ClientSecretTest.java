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
package org.openhab.binding.smartmetertexas.internal.api;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.testsupport.FlowEndpoints;
import org.openhab.binding.smartmetertexas.testsupport.LogCapture;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * Proves no password and no token ever reaches a log line (at TRACE) or an exception message, through a normal
 * session, token renewal, cut-off and oversized answers (the login answer included), rejected credentials and
 * blocks.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientSecretTest {

    private static final String WRONG_PASSWORD = "Wr0ng-Pa55word-x7";

    @ParameterizedTest
    @EnumSource(Flow.class)
    void noSecretInLogsOrMessages(Flow flow) throws Exception {
        List<String> messages = new ArrayList<>();
        String logText;
        Set<String> secrets = new LinkedHashSet<>();
        try (SimulatorHarness a = SimulatorHarness.account(flow, c -> c.password("S3cret-Simulated-Pw"), s -> {
        }); LogCapture logs = new LogCapture()) {
            secrets.add(a.sim.password());
            secrets.add(WRONG_PASSWORD);
            Esiid esiid = a.household();
            Endpoint login = FlowEndpoints.of(flow).login;
            Endpoint daily = FlowEndpoints.of(flow).daily;

            // A normal session with a read and data.
            a.client().login();
            if (flow == Flow.PORTAL) {
                a.client().meters();
            }
            a.pollUntilDone(a.reads().request(a.client(), esiid, a.meterNumber(esiid)));
            a.client().intervals(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true);
            // Token renewal after a 401.
            a.sim.control().expireTokens();
            a.client().daily(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true);
            // Broken answers, also of the login itself (its body holds the token).
            for (Fault fault : List.of(Fault.MALFORMED_JSON, Fault.OVERSIZED_BODY, Fault.HTTP_500,
                    Fault.UNAVAILABLE_TEXT, Fault.MAINTENANCE_HTML, Fault.HTTP_401)) {
                a.sim.control().faultOnce(daily, fault, 2);
                messages.add(
                        failure(() -> a.client().daily(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true)));
                a.sim.control().clearFaults();
                a.sim.control().expireTokens();
                a.sim.control().faultOnce(login, fault, 1);
                messages.add(
                        failure(() -> a.client().daily(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true)));
                a.sim.control().clearFaults();
            }
            // Rejected credentials, then the refusal that follows.
            a.reconfigure(a.accountSettings(flow, WRONG_PASSWORD).build());
            messages.add(failure(() -> a.client().login()));
            messages.add(failure(() -> a.client().daily(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true)));
            // A block.
            a.reconfigure(a.accountSettings(flow).build());
            a.sim.control().faultOnce(login, Fault.FORBIDDEN_HTML, 1);
            messages.add(failure(() -> a.client().login()));
            a.clock.advance(Duration.ofHours(2));

            for (RecordedRequest r : a.requests()) {
                String authorization = r.header("Authorization");
                if (authorization != null && authorization.startsWith("Bearer ")) {
                    secrets.add(authorization.substring(7).trim());
                }
            }
            logText = logs.text();
        }
        assertTrue(secrets.size() >= 4, "passwords and several tokens were in play: " + secrets.size());
        assertTrue(logText.contains("POST /"), "TRACE lines were captured");
        for (String secret : secrets) {
            assertFalse(logText.contains(secret), "a secret in the log");
            for (String message : messages) {
                assertFalse(message.contains(secret), "a secret in the message: " + message);
            }
        }
        assertFalse(logText.contains("Bearer "), "no Authorization header is logged");
        assertTrue(messages.stream().noneMatch(String::isBlank));
    }

    /** The message (and its causes' messages) of the failure the call must end in; fails the test if it does not. */
    private static String failure(ThrowingCall call) {
        try {
            call.run();
        } catch (SmtException e) {
            StringBuilder text = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                text.append(t).append('\n');
            }
            return text.toString();
        }
        return fail("the call succeeded: the fault it was meant to meet did not happen");
    }

    /** A client call. */
    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws SmtException;
    }
}
