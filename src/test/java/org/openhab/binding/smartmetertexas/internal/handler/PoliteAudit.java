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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

/**
 * Checks what SMT received against every rule of PROTOCOL.md §7, from the server's side: the requests the simulator
 * recorded, with their times on the shared virtual clock. Returns the broken rules, in words.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class PoliteAudit {

    private static final Pattern ESIID = Pattern.compile("\"(?i:esiid)\"\\s*:\\s*\\[?\\s*\"(\\d+)\"");
    private static final Pattern END_DATE = Pattern.compile("\"endDate\"\\s*:\\s*\"(\\d\\d/\\d\\d/\\d{4})\"");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private PoliteAudit() {
    }

    /** Every rule broken by one account's requests (empty when all were kept). */
    static List<String> violations(List<RecordedRequest> requests) {
        List<String> broken = new ArrayList<>();
        accountSpacing(requests, broken);
        readBudget(requests, broken);
        statusPolls(requests, broken);
        routineSpacing(requests, broken);
        return broken;
    }

    static boolean isReadRequest(RecordedRequest request) {
        return request.path().endsWith("/ondemandread") || request.path().contains("/v2/odr/");
    }

    static boolean isLogin(RecordedRequest request) {
        return request.path().contains("authenticate") || request.path().contains("/v2/token/");
    }

    /**
     * The read requests that started a read: one that the very next request answers with a new login was refused as
     * unauthenticated (its token had expired), and its retry is the read.
     */
    static List<RecordedRequest> startedReads(List<RecordedRequest> requests) {
        List<RecordedRequest> reads = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            RecordedRequest request = requests.get(i);
            boolean refused = i + 1 < requests.size() && isLogin(requests.get(i + 1));
            if (isReadRequest(request) && !refused) {
                reads.add(request);
            }
        }
        return reads;
    }

    static boolean isReadStatus(RecordedRequest request) {
        return request.path().contains("latestodrread") || request.path().contains("/v2/odrstatus/");
    }

    static boolean isData(RecordedRequest request) {
        String path = request.path();
        return path.contains("/usage/interval") || path.contains("intervalsynch") || path.contains("/usage/daily")
                || path.contains("/usage/monthly") || path.contains("15minintervalreads") || path.contains("dailyreads")
                || path.contains("monthlybilling");
    }

    static String esiid(RecordedRequest request) {
        Matcher matcher = ESIID.matcher(request.body());
        return matcher.find() ? matcher.group(1) : "";
    }

    private static void accountSpacing(List<RecordedRequest> requests, List<String> broken) {
        for (int i = 1; i < requests.size(); i++) {
            Duration gap = Duration.between(requests.get(i - 1).time(), requests.get(i).time());
            if (gap.compareTo(Duration.ofSeconds(2)) < 0) {
                broken.add("requests " + gap.toMillis() + " ms apart at " + requests.get(i).time());
            }
            if (i >= 5 && Duration.between(requests.get(i - 5).time(), requests.get(i).time())
                    .compareTo(Duration.ofSeconds(10)) < 0) {
                broken.add("6 requests within 10 s at " + requests.get(i).time());
            }
        }
    }

    private static void readBudget(List<RecordedRequest> requests, List<String> broken) {
        Map<String, List<Instant>> reads = new HashMap<>();
        for (RecordedRequest request : startedReads(requests)) {
            reads.computeIfAbsent(esiid(request), k -> new ArrayList<>()).add(request.time());
        }
        reads.forEach((esiid, times) -> {
            Map<LocalDate, Integer> perDay = new HashMap<>();
            for (int i = 0; i < times.size(); i++) {
                if (i >= 2 && Duration.between(times.get(i - 2), times.get(i)).compareTo(Duration.ofHours(1)) < 0) {
                    broken.add("3 reads of " + esiid + " within an hour at " + times.get(i));
                }
                int count = perDay.merge(SmtTime.dayOf(times.get(i)), 1, Integer::sum);
                if (count > 24) {
                    broken.add("read 25 of " + esiid + " on " + SmtTime.dayOf(times.get(i)));
                }
            }
        });
    }

    private static void statusPolls(List<RecordedRequest> requests, List<String> broken) {
        Map<String, Instant> lastRead = new HashMap<>();
        Map<String, Instant> lastPoll = new HashMap<>();
        List<RecordedRequest> started = startedReads(requests);
        for (RecordedRequest request : requests) {
            String esiid = esiid(request);
            if (started.contains(request)) {
                lastRead.put(esiid, request.time());
                lastPoll.remove(esiid);
            } else if (isReadStatus(request)) {
                Instant read = lastRead.get(esiid);
                Instant poll = lastPoll.get(esiid);
                if (read != null && Duration.between(read, request.time()).compareTo(Duration.ofSeconds(30)) < 0) {
                    broken.add("status of " + esiid + " polled within 30 s of its read at " + request.time());
                }
                if (read != null && Duration.between(read, request.time()).compareTo(Duration.ofMinutes(16)) > 0) {
                    broken.add("status of " + esiid + " still polled 15 min after its read at " + request.time());
                }
                if (poll != null && Duration.between(poll, request.time()).compareTo(Duration.ofSeconds(30)) < 0) {
                    broken.add("status of " + esiid + " polled twice within 30 s at " + request.time());
                }
                lastPoll.put(esiid, request.time());
            }
        }
    }

    /** Routine requests (those reaching up to yesterday) of one endpoint and meter at least 15 minutes apart. */
    private static void routineSpacing(List<RecordedRequest> requests, List<String> broken) {
        Map<String, Instant> last = new HashMap<>();
        for (RecordedRequest request : requests) {
            if (!isData(request) || !isRoutine(request)) {
                continue;
            }
            String key = request.path() + " " + esiid(request);
            Instant previous = last.put(key, request.time());
            if (previous != null && Duration.between(previous, request.time()).compareTo(Duration.ofMinutes(15)) < 0) {
                broken.add(key + " asked again within 15 min at " + request.time());
            }
        }
    }

    private static boolean isRoutine(RecordedRequest request) {
        Matcher end = END_DATE.matcher(request.body());
        if (!end.find()) {
            return true;
        }
        LocalDate endDate = LocalDate.parse(end.group(1), US_DATE);
        return !endDate.isBefore(SmtTime.dayOf(request.time()).minusDays(1));
    }
}
