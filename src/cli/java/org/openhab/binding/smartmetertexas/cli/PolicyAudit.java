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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

/**
 * Checks, from what the simulator received, that one flow's requests kept the request policy (doc/smt-protocol.md §7)
 * in
 * simulated time: how many there were, the smallest gap between two, the most in any 10 seconds, the smallest gap
 * between two history requests, and how long after the read request the first status check came.
 *
 * @param requests how many requests the flow sent
 * @param smallestGap the smallest gap between two consecutive requests (null with fewer than two)
 * @param mostInTenSeconds the most requests in any 10-second window
 * @param smallestHistoryGap the smallest gap between two history (15-minute, daily, monthly) requests
 * @param firstStatusCheck time from the (first) read request to its first status check
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
record PolicyAudit(int requests, @Nullable Duration smallestGap, int mostInTenSeconds,
        @Nullable Duration smallestHistoryGap, @Nullable Duration firstStatusCheck) {

    static final Set<String> PORTAL_HISTORY = Set.of("/api/adhoc/intervalsynch", "/api/usage/interval",
            "/api/usage/daily", "/api/usage/monthly");
    static final Set<String> OFFICIAL_HISTORY = Set.of("/v2/15minintervalreads/", "/v2/dailyreads/",
            "/v2/monthlybillingInformation/");
    static final Set<String> READ_REQUESTS = Set.of("/api/ondemandread", "/v2/odr/");
    static final Set<String> STATUS_CHECKS = Set.of("/api/usage/latestodrread", "/v2/odrstatus/");

    /** Whether a request path belongs to the official API. */
    static boolean isOfficial(String path) {
        return path.startsWith("/v2/");
    }

    /** Audits the requests whose path {@code belongs} to one flow. */
    static PolicyAudit of(List<RecordedRequest> all, Predicate<String> belongs) {
        List<RecordedRequest> mine = new ArrayList<>();
        for (RecordedRequest request : all) {
            if (belongs.test(request.path())) {
                mine.add(request);
            }
        }
        mine.sort((a, b) -> a.time().compareTo(b.time()));
        Duration smallestGap = null;
        Duration smallestHistoryGap = null;
        Instant lastHistory = null;
        Instant readAt = null;
        Duration firstStatusCheck = null;
        int most = 0;
        int windowStart = 0;
        for (int i = 0; i < mine.size(); i++) {
            RecordedRequest request = mine.get(i);
            Instant time = request.time();
            if (i > 0) {
                smallestGap = min(smallestGap, Duration.between(mine.get(i - 1).time(), time));
            }
            while (!mine.get(windowStart).time().isAfter(time.minusSeconds(10))) {
                windowStart++;
            }
            most = Math.max(most, i - windowStart + 1);
            String path = request.path();
            if (PORTAL_HISTORY.contains(path) || OFFICIAL_HISTORY.contains(path)) {
                if (lastHistory != null) {
                    smallestHistoryGap = min(smallestHistoryGap, Duration.between(lastHistory, time));
                }
                lastHistory = time;
            }
            if (READ_REQUESTS.contains(path) && readAt == null) {
                readAt = time;
            }
            if (STATUS_CHECKS.contains(path) && readAt != null && firstStatusCheck == null) {
                firstStatusCheck = Duration.between(readAt, time);
            }
        }
        return new PolicyAudit(mine.size(), smallestGap, most, smallestHistoryGap, firstStatusCheck);
    }

    private static Duration min(@Nullable Duration a, Duration b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }
}
