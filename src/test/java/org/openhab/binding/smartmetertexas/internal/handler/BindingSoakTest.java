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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.MeterPlanner;
import org.openhab.binding.smartmetertexas.internal.policy.OdrPollSchedule;
import org.openhab.binding.smartmetertexas.internal.pricing.CostBook;
import org.openhab.binding.smartmetertexas.simulator.MeterSpec;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ThingStatus;

/**
 * Thirty simulated days of five meters on two accounts (each against its own SMT), reading every 90 minutes: every
 * rule of doc/smt-protocol.md §7 holds all month, the requests per meter and day stay within what the configuration
 * allows
 * (printed), nothing accumulates (the binding's retained objects, its stored progress, its scheduled jobs and the heap
 * are the same on day 30 as on day 10), the binding starts no thread of its own, and after dispose nothing is
 * scheduled or running.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class BindingSoakTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    private static final int DAYS = 30;
    private static final int READ_INTERVAL_MINUTES = 90;
    private static final int REVISION_DAYS = 7;
    private static final List<MeterSpec> HOME = List.of(MeterSpec.DEFAULT_HOUSEHOLD, MeterSpec.DEFAULT_SOLAR,
            new MeterSpec("10443720007654321", MeterSpec.Kind.HOUSEHOLD));
    private static final List<MeterSpec> CABIN = List.of(new MeterSpec("10443720005550001", MeterSpec.Kind.HOUSEHOLD),
            new MeterSpec("10443720005550002", MeterSpec.Kind.SOLAR));
    /** Growth of the used heap from day 10 to day 30 that is still noise (buffer pools, JIT, TLS sessions). */
    private static final long HEAP_TOLERANCE_BYTES = 8L * 1024 * 1024;

    /** What one meter cost SMT on one Central day. */
    private static final class MeterDay {
        int reads;
        int polls;
        int data;
        int retried;

        int total() {
            return reads + polls + data + retried;
        }
    }

    /** What one account cost SMT on one Central day, apart from its meters' requests. */
    private static final class AccountDay {
        int logins;
        int meterLists;
    }

    /** What is kept alive at one moment. */
    private record Snapshot(long usedHeap, int retainedObjects, int scheduledJobs, Map<String, Integer> progressSizes,
            Map<String, Integer> costCycles) {
    }

    private final Map<String, Map<LocalDate, MeterDay>> meterDays = new TreeMap<>();
    private final Map<String, Map<LocalDate, AccountDay>> accountDays = new TreeMap<>();

    @Test
    void thirtyDaysOfFiveMetersOnTwoAccounts() throws Exception {
        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
        Set<String> broken = new LinkedHashSet<>();
        Snapshot day10 = null;
        Snapshot day30;
        List<Thread> accountThreads = new ArrayList<>();
        long started = System.nanoTime();
        try (BindingHarness harness = new BindingHarness(SmtTime.startOfDay(FIRST_DAY),
                SimulatorConfig.builder().meters(HOME))) {
            harness.keepLatestOnly = true;
            SmtSimulator cabin = harness.startSimulator(
                    SimulatorConfig.builder().username("cabin-owner").password("Cabin-Pw-71").meters(CABIN));
            harness.startAccount("home", BindingHarness.portalAccount(harness.simulator));
            Bridge homeBridge = harness.bridge();
            harness.startAccount("cabin", BindingHarness.portalAccount(cabin));
            Bridge cabinBridge = harness.bridge();
            Map<String, Object> meterConfig = Map.of("readInterval", READ_INTERVAL_MINUTES, "historyDays", 60,
                    "revisionDays", REVISION_DAYS);
            for (MeterSpec meter : HOME) {
                harness.startMeter(homeBridge, meter.esiid(), meterConfig);
            }
            for (MeterSpec meter : CABIN) {
                harness.startMeter(cabinBridge, meter.esiid(), meterConfig);
            }

            Map<SmtSimulator, List<RecordedRequest>> previousDay = new HashMap<>();
            for (int day = 1; day <= DAYS; day++) {
                harness.scheduler.runUntil(SmtTime.startOfDay(FIRST_DAY.plusDays(day)));
                for (SmtSimulator simulator : harness.simulators) {
                    // Audited a day at a time (with the day before, for the rolling rules), so nothing piles up.
                    List<RecordedRequest> today = simulator.requests();
                    simulator.clearRequests();
                    List<RecordedRequest> window = new ArrayList<>(previousDay.getOrDefault(simulator, List.of()));
                    window.addAll(today);
                    broken.addAll(PoliteAudit.violations(window,
                            PoliteAudit.Answers.none().withPassword(simulator.password())));
                    tally(cabin.equals(simulator) ? "cabin" : "home", window, today);
                    previousDay.put(simulator, today);
                }
                if (day == 1) {
                    for (MeterHandler meter : harness.meters()) {
                        assertEquals(0, meter.historyItemsLeft(), "history loaded on the first day");
                    }
                }
                if (day == 10) {
                    day10 = snapshot(harness);
                }
            }
            day30 = snapshot(harness);
            for (MeterHandler meter : harness.meters()) {
                assertEquals(ThingStatus.ONLINE, meter.getThing().getStatus());
                assertEquals(SmtTime.startOfDay(FIRST_DAY.plusDays(DAYS - 1)), meter.dataUntil(),
                        "yesterday's data of " + meter.getThing().getUID());
            }

            // The binding's own code starts no thread: only the accounts' Jetty clients, the simulators and the JVM
            // run new ones.
            Set<String> foreign = new HashSet<>();
            for (Thread thread : newThreads(threadsBefore)) {
                if (thread.getName().startsWith("smt-home") || thread.getName().startsWith("smt-cabin")) {
                    accountThreads.add(thread);
                } else if (!thread.getName().startsWith("smt-simulator") && !isJvmThread(thread)) {
                    foreign.add(thread.getName());
                }
            }
            assertFalse(accountThreads.isEmpty(), "the accounts' HTTP clients run threads named after the account");
            assertEquals(Set.of(), foreign, "threads started by the binding");

            for (MeterHandler meter : harness.meters()) {
                harness.disposeMeter(meter);
            }
            for (AccountHandler account : harness.accounts()) {
                account.dispose();
            }
            assertEquals(0, harness.scheduler.pendingJobs(), "nothing scheduled after dispose");
            assertEquals(2, harness.httpClients.size(), "one HTTP client per account, all month");
            for (HttpClient client : harness.httpClients) {
                assertTrue(client.isStopped(), "the account's HTTP client is stopped");
            }
        }
        for (Thread thread : accountThreads) {
            // Stopping a Jetty client ends its threads; give them the time to finish.
            thread.join(10_000);
            assertFalse(thread.isAlive(), thread.getName() + " still runs after dispose");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        Snapshot before = day10;
        assertNotNull(before);
        report(before, day30, seconds);
        assertEquals(List.of(), List.copyOf(broken).subList(0, Math.min(20, broken.size())));
        assertEquals(before.scheduledJobs(), day30.scheduledJobs(), "scheduled jobs on day 10 and day 30");
        assertEquals(5, day30.scheduledJobs(), "one tick per meter");
        assertEquals(before.progressSizes(), day30.progressSizes(), "stored progress on day 10 and day 30");
        // The cost book grows with the current cycle, then forgets all but the previous cycle and the last week.
        assertEquals(5, day30.costCycles().size(), "a cost book per meter");
        day30.costCycles().forEach((key, cycles) -> assertTrue(cycles >= 1 && cycles <= 3, key + ": " + cycles
                + " billing cycles held (the previous, the current, and the oldest while its days still come)"));
        assertTrue(day30.retainedObjects() <= before.retainedObjects() + 50, "objects the handlers keep: "
                + before.retainedObjects() + " on day 10, " + day30.retainedObjects() + " on day 30");
        assertTrue(day30.usedHeap() - before.usedHeap() < HEAP_TOLERANCE_BYTES,
                "heap after GC: " + before.usedHeap() + " on day 10, " + day30.usedHeap() + " on day 30");
        assertWithinConfiguration();
    }

    /** Sorts one account's requests of one day by meter, Central day and kind. */
    private void tally(String account, List<RecordedRequest> window, List<RecordedRequest> today) {
        Set<RecordedRequest> answered = new HashSet<>(PoliteAudit.answered(window));
        for (RecordedRequest request : today) {
            LocalDate day = SmtTime.dayOf(request.time());
            if (PoliteAudit.isLogin(request) || PoliteAudit.isMeterList(request)) {
                AccountDay accountDay = accountDays.computeIfAbsent(account, k -> new TreeMap<>()).computeIfAbsent(day,
                        k -> new AccountDay());
                if (PoliteAudit.isLogin(request)) {
                    accountDay.logins++;
                } else {
                    accountDay.meterLists++;
                }
                continue;
            }
            MeterDay meterDay = meterDays.computeIfAbsent(PoliteAudit.esiid(request), k -> new TreeMap<>())
                    .computeIfAbsent(day, k -> new MeterDay());
            if (!answered.contains(request)) {
                meterDay.retried++;
            } else if (PoliteAudit.isReadRequest(request)) {
                meterDay.reads++;
            } else if (PoliteAudit.isReadStatus(request)) {
                meterDay.polls++;
            } else if (PoliteAudit.isData(request)) {
                meterDay.data++;
            } else {
                fail("unexpected request " + request.path());
            }
        }
    }

    /**
     * What the configuration allows one meter a day once its history is loaded: a read every 90 minutes (16 in a
     * 24-hour day) with at most the poll schedule's polls each, and the routine data (15-minute and daily data of
     * the revision window, one chunk each, and the monthly look-back in 31-day chunks); a request refused for an
     * expired token is sent again once, after a login.
     */
    private void assertWithinConfiguration() {
        int reads = 24 * 60 / READ_INTERVAL_MINUTES;
        int polls = reads * OdrPollSchedule.DEFAULT.maxPolls();
        int data = 2 * chunks(REVISION_DAYS) + chunks(MeterPlanner.MONTHLY_ROUTINE_DAYS);
        // A portal token lives 30 minutes and is renewed only after a 401: at most one login per half hour.
        int logins = 24 * 2 + 1;
        meterDays.forEach((esiid, days) -> days.forEach((day, count) -> {
            if (day.isAfter(FIRST_DAY)) {
                String what = esiid + " on " + day;
                assertTrue(count.reads <= reads, what + ": " + count.reads + " reads");
                assertTrue(count.polls <= polls, what + ": " + count.polls + " polls");
                assertTrue(count.data <= data, what + ": " + count.data + " data requests");
                assertTrue(count.retried <= logins, what + ": " + count.retried + " requests sent again");
            }
        }));
        accountDays.forEach((account, days) -> days.forEach((day, count) -> {
            assertTrue(count.logins <= logins, account + " on " + day + ": " + count.logins + " logins");
            assertTrue(count.meterLists <= 1, account + " on " + day + ": " + count.meterLists + " meter lists");
        }));
    }

    private static int chunks(int days) {
        LocalDate to = FIRST_DAY;
        return new DateRange(to.minusDays(days - 1L), to).chunksNewestFirst(MeterPlanner.REQUEST_DAYS).size();
    }

    private void report(Snapshot day10, Snapshot day30, long seconds) {
        StringBuilder text = new StringBuilder(
                "Soak: 30 days, 5 meters on 2 accounts, readInterval " + READ_INTERVAL_MINUTES + " min, " + seconds
                        + " s real time\nrequests per meter-day, days 2-30 (average / max):\n");
        Map<String, Integer> meterCount = new LinkedHashMap<>();
        meterCount.put("home", HOME.size());
        meterCount.put("cabin", CABIN.size());
        meterDays.forEach((esiid, days) -> {
            List<MeterDay> later = days.entrySet().stream().filter(e -> e.getKey().isAfter(FIRST_DAY))
                    .map(Map.Entry::getValue).toList();
            text.append(String.format(
                    "  %-22s reads %5.1f/%2d  polls %5.1f/%2d  data %4.1f/%d  sent again %5.1f/%2d"
                            + "  total %5.1f/%2d%n",
                    esiid, average(later, d -> d.reads), max(later, d -> d.reads), average(later, d -> d.polls),
                    max(later, d -> d.polls), average(later, d -> d.data), max(later, d -> d.data),
                    average(later, d -> d.retried), max(later, d -> d.retried), average(later, MeterDay::total),
                    max(later, MeterDay::total)));
        });
        accountDays.forEach((account, days) -> {
            List<AccountDay> later = days.entrySet().stream().filter(e -> e.getKey().isAfter(FIRST_DAY))
                    .map(Map.Entry::getValue).toList();
            double logins = later.stream().mapToInt(d -> d.logins).average().orElse(0);
            int lists = days.values().stream().mapToInt(d -> d.meterLists).sum();
            text.append(String.format(
                    "  account %-6s logins %4.1f a day (%4.1f per meter-day), meter lists %d in 30 days%n", account,
                    logins, logins / meterCount.getOrDefault(account, 1), lists));
        });
        text.append(
                String.format("day 10 -> day 30: used heap %d -> %d KiB, retained objects %d -> %d, jobs %d -> %d%n",
                        day10.usedHeap() / 1024, day30.usedHeap() / 1024, day10.retainedObjects(),
                        day30.retainedObjects(), day10.scheduledJobs(), day30.scheduledJobs()));
        org.slf4j.LoggerFactory.getLogger(BindingSoakTest.class).info("{}", text);
    }

    private static <T> double average(List<T> days, java.util.function.ToIntFunction<T> count) {
        return days.stream().mapToInt(count).average().orElse(0);
    }

    private static <T> int max(List<T> days, java.util.function.ToIntFunction<T> count) {
        return days.stream().mapToInt(count).max().orElse(0);
    }

    private static Snapshot snapshot(BindingHarness harness) {
        List<Object> roots = new ArrayList<>(harness.meters());
        roots.addAll(harness.accounts());
        Map<String, Integer> progress = new TreeMap<>();
        Map<String, Integer> costCycles = new TreeMap<>();
        for (String key : harness.storage.getKeys()) {
            @Nullable
            String value = harness.storage.get(key);
            if (key.endsWith("#costs")) {
                costCycles.put(key, CostBook.fromJson(value).heldCycles().size());
            } else {
                progress.put(key, value == null ? 0 : value.length());
            }
        }
        return new Snapshot(usedHeapAfterGc(), RetainedObjects.count(roots.toArray()), harness.scheduler.pendingJobs(),
                progress, costCycles);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    /** The JVM's own threads (attach listener, process reaper …) live in the root thread group. */
    private static boolean isJvmThread(Thread thread) {
        ThreadGroup group = thread.getThreadGroup();
        return group != null && group.getParent() == null;
    }

    private static List<Thread> newThreads(Set<Thread> before) {
        List<Thread> added = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(thread) && thread.isAlive()) {
                added.add(thread);
            }
        }
        return added;
    }
}
