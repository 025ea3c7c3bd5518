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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;

/**
 * Checks what SMT received against every rule of doc/smt-protocol.md §7, from the server's side: the requests the
 * simulator
 * recorded, with their times on the shared virtual clock. Returns the broken rules, in words. The rules about what
 * follows a 403 or rejected credentials need to know what SMT answered, which the simulator does not record: the
 * caller tells it through {@link Answers}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class PoliteAudit {

    private static final Pattern ESIID = Pattern.compile("\"(?i:esiid)\"\\s*:\\s*\\[?\\s*\"(\\d+)\"");
    private static final Pattern END_DATE = Pattern.compile("\"endDate\"\\s*:\\s*\"(\\d\\d/\\d\\d/\\d{4})\"");
    private static final Pattern START_DATE = Pattern.compile("\"startDate\"\\s*:\\s*\"(\\d\\d/\\d\\d/\\d{4})\"");
    private static final Pattern USERNAME = Pattern.compile("\"username\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern PASSWORD = Pattern.compile("\"password\"\\s*:\\s*\"([^\"]*)\"");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    /** The routine monthly request covers this many days; a longer one loads history. */
    private static final int MONTHLY_ROUTINE_DAYS = 93;
    /** A request sent again this soon, unchanged, went once more because its connection closed before an answer. */
    private static final Duration RESEND_WITHIN = Duration.ofSeconds(5);

    /**
     * What SMT answered, as far as the rules depend on it.
     *
     * @param blocked the requests SMT answered with 403 (bot protection or lock-out)
     * @param credentialsRejected the logins SMT answered with "invalid credentials"
     */
    record Answers(Predicate<RecordedRequest> blocked, Predicate<RecordedRequest> credentialsRejected) {

        /** No 403 and no rejected login. */
        static Answers none() {
            return new Answers(r -> false, r -> false);
        }

        /** The same answers, and every login with another password than this one was rejected. */
        Answers withPassword(String password) {
            return new Answers(blocked,
                    r -> credentialsRejected.test(r) || isLogin(r) && !password.equals(field(PASSWORD, r)));
        }
    }

    private PoliteAudit() {
    }

    /** Every rule broken by one account's requests (empty when all were kept). */
    static List<String> violations(List<RecordedRequest> requests) {
        return violations(requests, Answers.none());
    }

    /** Every rule broken by one account's requests, given what SMT answered (empty when all were kept). */
    static List<String> violations(List<RecordedRequest> requests, Answers answers) {
        List<String> broken = new ArrayList<>();
        accountSpacing(requests, broken);
        readBudget(requests, broken);
        statusPolls(requests, broken);
        routineSpacing(requests, broken);
        backfillSpacing(requests, broken);
        silenceAfterBlock(requests, answers, broken);
        noLoginAfterRejection(requests, answers, broken);
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
        for (RecordedRequest request : answered(requests)) {
            if (isReadRequest(request)) {
                reads.add(request);
            }
        }
        return reads;
    }

    /**
     * The requests SMT answered, without those it refused as unauthenticated: a data request followed by a new login
     * and then by the same request again had an expired token, and its retry (once, with the new token) is the
     * request. Nor those whose connection closed before any answer: the very next request is the same one, sent once
     * more on a fresh connection within a few seconds, and that repetition is the request.
     */
    static List<RecordedRequest> answered(List<RecordedRequest> requests) {
        List<RecordedRequest> answered = new ArrayList<>();
        boolean previousUnanswered = false;
        for (int i = 0; i < requests.size(); i++) {
            RecordedRequest request = requests.get(i);
            RecordedRequest next = i + 1 < requests.size() ? requests.get(i + 1) : null;
            // a 401 shows as the request, a login, and the same request again (a login ahead of a token's end does not)
            boolean refused = !isLogin(request) && i + 2 < requests.size() && next != null && isLogin(next)
                    && requests.get(i + 2).path().equals(request.path())
                    && requests.get(i + 2).body().equals(request.body());
            boolean unanswered = !previousUnanswered && next != null && next.path().equals(request.path())
                    && next.body().equals(request.body())
                    && Duration.between(request.time(), next.time()).compareTo(RESEND_WITHIN) <= 0;
            if (!refused && !unanswered) {
                answered.add(request);
            }
            previousUnanswered = unanswered;
        }
        return answered;
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

    /** The portal's list of the account's meters (asked about all of them: its ESIID is "*"). */
    static boolean isMeterList(RecordedRequest request) {
        return request.path().endsWith("/api/meter");
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
        Set<RecordedRequest> started = new HashSet<>(startedReads(requests));
        for (RecordedRequest request : answered(requests)) {
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

    /**
     * Routine requests (those reaching up to yesterday) of one endpoint and meter at least 15 minutes apart; so are the
     * account's meter lists.
     */
    private static void routineSpacing(List<RecordedRequest> requests, List<String> broken) {
        Map<String, Instant> last = new HashMap<>();
        for (RecordedRequest request : answered(requests)) {
            if (!(isData(request) && isRoutine(request) || isMeterList(request))) {
                continue;
            }
            String key = request.path() + " " + esiid(request);
            Instant previous = last.put(key, request.time());
            if (previous != null && Duration.between(previous, request.time()).compareTo(Duration.ofMinutes(15)) < 0) {
                broken.add(key + " asked again within 15 min at " + request.time());
            }
        }
    }

    /** Backfill requests (history: ending before yesterday, or monthly beyond the routine window) 5 s apart. */
    private static void backfillSpacing(List<RecordedRequest> requests, List<String> broken) {
        Instant previous = null;
        for (RecordedRequest request : answered(requests)) {
            if (!isData(request) || isRoutine(request)) {
                continue;
            }
            if (previous != null && Duration.between(previous, request.time()).compareTo(Duration.ofSeconds(5)) < 0) {
                broken.add("backfill requests " + Duration.between(previous, request.time()).toMillis()
                        + " ms apart at " + request.time() + " (" + request.path() + ")");
            }
            previous = request.time();
        }
    }

    /** After a 403, nothing of the account for at least an hour. */
    private static void silenceAfterBlock(List<RecordedRequest> requests, Answers answers, List<String> broken) {
        Instant blockedAt = null;
        for (RecordedRequest request : requests) {
            if (blockedAt != null && Duration.between(blockedAt, request.time()).compareTo(Duration.ofHours(1)) < 0) {
                broken.add("request " + Duration.between(blockedAt, request.time()).toSeconds() + " s after a 403 at "
                        + request.time() + " (" + request.path() + ")");
            }
            if (answers.blocked().test(request)) {
                blockedAt = request.time();
            }
        }
    }

    /** After SMT rejected a user name and password, never a login with them again. */
    private static void noLoginAfterRejection(List<RecordedRequest> requests, Answers answers, List<String> broken) {
        List<String> rejected = new ArrayList<>();
        for (RecordedRequest request : requests) {
            if (!isLogin(request)) {
                continue;
            }
            String credentials = field(USERNAME, request) + "\n" + field(PASSWORD, request);
            if (rejected.contains(credentials)) {
                broken.add("login at " + request.time() + " with credentials SMT had rejected");
            }
            if (answers.credentialsRejected().test(request)) {
                rejected.add(credentials);
            }
        }
    }

    private static String field(Pattern pattern, RecordedRequest request) {
        Matcher matcher = pattern.matcher(request.body());
        return matcher.find() ? matcher.group(1) : "";
    }

    static boolean isRoutine(RecordedRequest request) {
        Matcher end = END_DATE.matcher(request.body());
        if (!end.find()) {
            return true;
        }
        LocalDate endDate = LocalDate.parse(end.group(1), US_DATE);
        Matcher start = START_DATE.matcher(request.body());
        if (start.find() && request.path().toLowerCase(java.util.Locale.ROOT).contains("monthly")) {
            LocalDate startDate = LocalDate.parse(start.group(1), US_DATE);
            if (startDate.plusDays(MONTHLY_ROUTINE_DAYS).isBefore(endDate.plusDays(1))) {
                return false;
            }
        }
        return !endDate.isBefore(SmtTime.dayOf(request.time()).minusDays(1));
    }
}
