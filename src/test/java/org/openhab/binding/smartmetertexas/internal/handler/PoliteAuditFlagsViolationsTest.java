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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

/**
 * The server-side audit of doc/smt-protocol.md §7 can fail: each crafted request list breaking one rule is flagged for
 * that
 * rule, and a polite list of the same shape is not.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class PoliteAuditFlagsViolationsTest {

    private static final Instant T0 = Instant.parse("2026-06-15T15:00:00Z");
    private static final String ESIID = "10443720001234567";
    private static final String LOGIN = "/commonapi/user/authenticate";
    private static final String ODR = "/api/ondemandread";
    private static final String STATUS = "/api/usage/latestodrread";
    private static final String DAILY = "/api/usage/daily";
    private static final String GOOD_LOGIN = "{\"username\":\"demo\",\"password\":\"right\",\"rememberMe\":\"true\"}";
    private static final String BAD_LOGIN = "{\"username\":\"demo\",\"password\":\"wrong\",\"rememberMe\":\"true\"}";
    private static final String READ = "{\"ESIID\":\"" + ESIID + "\",\"MeterNumber\":\"1\"}";
    private static final String POLL = "{\"ESIID\":\"" + ESIID + "\"}";
    /** Yesterday (Central) of T0: a routine request. */
    private static final String ROUTINE = range("06/14/2026", "06/14/2026");

    private static String range(String from, String to) {
        return "{\"esiid\":\"" + ESIID + "\",\"startDate\":\"" + from + "\",\"endDate\":\"" + to + "\"}";
    }

    private static RecordedRequest at(long seconds, String path, String body) {
        return new RecordedRequest(T0.plusSeconds(seconds), "POST", path, Map.of(), body);
    }

    private static List<String> audit(RecordedRequest... requests) {
        return PoliteAudit.violations(List.of(requests));
    }

    private static void assertFlagged(String rule, List<String> violations) {
        assertTrue(violations.stream().anyMatch(v -> v.contains(rule)), "flagged '" + rule + "': " + violations);
    }

    @Test
    void politeListPasses() {
        assertEquals(List.of(),
                audit(at(0, LOGIN, GOOD_LOGIN), at(2, ODR, READ), at(32, STATUS, POLL), at(62, STATUS, POLL),
                        at(64, DAILY, ROUTINE), at(70, DAILY, range("04/01/2026", "04/30/2026")),
                        at(75, DAILY, range("05/01/2026", "05/31/2026")), at(64 + 900, DAILY, ROUTINE),
                        at(3600 + 2, ODR, READ), at(3600 + 32, STATUS, POLL)));
    }

    @Test
    void requestsCloserThanTwoSecondsAreFlagged() {
        assertFlagged("ms apart", audit(at(0, LOGIN, GOOD_LOGIN), at(1, DAILY, ROUTINE)));
    }

    @Test
    void sixRequestsWithinTenSecondsAreFlagged() {
        List<RecordedRequest> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // 2 s apart is fine on its own; six of them span only 9.5 s.
            requests.add(new RecordedRequest(T0.plusMillis(1900L * i), "POST", DAILY, Map.of(),
                    range("04/0" + (i + 1) + "/2026", "04/0" + (i + 1) + "/2026")));
        }
        List<String> violations = PoliteAudit.violations(requests);
        assertFlagged("6 requests within 10 s", violations);
    }

    @Test
    void threeReadsInAnHourAreFlagged() {
        assertFlagged("3 reads of " + ESIID + " within an hour",
                audit(at(0, ODR, READ), at(1200, ODR, READ), at(2400, ODR, READ)));
    }

    @Test
    void twentyFiveReadsInACentralDayAreFlagged() {
        List<RecordedRequest> requests = new ArrayList<>();
        Instant midnight = Instant.parse("2026-06-15T05:00:00Z");
        for (int i = 0; i < 25; i++) {
            requests.add(new RecordedRequest(midnight.plus(Duration.ofMinutes(30L * i)), "POST", ODR, Map.of(), READ));
        }
        assertFlagged("read 25 of " + ESIID, PoliteAudit.violations(requests));
    }

    @Test
    void aReadRefusedAsUnauthenticatedDoesNotCount() {
        // The first read met an expired token (the next request is a new login): only its retry started a read.
        assertEquals(List.of(), audit(at(0, ODR, READ), at(2, LOGIN, GOOD_LOGIN), at(4, ODR, READ),
                at(34, STATUS, POLL), at(3000, ODR, READ)));
    }

    @Test
    void earlyLateAndHastyPollsAreFlagged() {
        assertFlagged("polled within 30 s of its read", audit(at(0, ODR, READ), at(20, STATUS, POLL)));
        assertFlagged("still polled 15 min after", audit(at(0, ODR, READ), at(17 * 60, STATUS, POLL)));
        assertFlagged("polled twice within 30 s", audit(at(0, ODR, READ), at(30, STATUS, POLL), at(40, STATUS, POLL)));
    }

    @Test
    void routineRequestRepeatedWithinFifteenMinutesIsFlagged() {
        assertFlagged("asked again within 15 min", audit(at(0, DAILY, ROUTINE), at(600, DAILY, ROUTINE)));
    }

    @Test
    void backfillRequestsCloserThanFiveSecondsAreFlagged() {
        assertFlagged("backfill requests 3000 ms apart", audit(at(0, DAILY, range("04/01/2026", "04/30/2026")),
                at(3, DAILY, range("05/01/2026", "05/31/2026"))));
    }

    @Test
    void requestWithinAnHourOfA403IsFlagged() {
        RecordedRequest blocked = at(0, DAILY, ROUTINE);
        List<RecordedRequest> requests = List.of(blocked, at(1800, LOGIN, GOOD_LOGIN));
        PoliteAudit.Answers answers = new PoliteAudit.Answers(blocked::equals, r -> false);
        assertFlagged("after a 403", PoliteAudit.violations(requests, answers));
        assertEquals(List.of(), PoliteAudit.violations(List.of(blocked, at(3600, LOGIN, GOOD_LOGIN)), answers));
    }

    @Test
    void loginWithRejectedCredentialsIsFlagged() {
        PoliteAudit.Answers answers = PoliteAudit.Answers.none().withPassword("right");
        assertFlagged("credentials SMT had rejected",
                PoliteAudit.violations(List.of(at(0, LOGIN, BAD_LOGIN), at(86_400, LOGIN, BAD_LOGIN)), answers));
        assertEquals(List.of(),
                PoliteAudit.violations(List.of(at(0, LOGIN, BAD_LOGIN), at(60, LOGIN, GOOD_LOGIN)), answers),
                "a changed password may log in");
    }
}
