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

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.api.SmtTransport;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.testsupport.OtherDays;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * 50 MB answers (the simulator streams valid-looking JSON) on every data request of a morning cycle: the client stops
 * reading at its 16 MB bound (its receiving threads allocate far less than a whole body's copies), the heap keeps
 * nothing of them (measured after garbage collection, at most 64 MB growth allowed), the meter shows a protocol error
 * naming the size, nothing is stored, and the data arrives once SMT answers normally again.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class HostileOversizedAnswerTest {

    private static final String AREA = "hostile-oversized";
    private static final long MB = 1024 * 1024;

    @Test
    void fiftyMegabyteAnswersAreCutOffWithBoundedMemory() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            s.runToNextDay(LocalTime.of(9, 20));
            s.markFault();
            int seriesBefore = s.seriesSent();
            s.faultData(Fault.OVERSIZED_BODY);

            long heapBefore = heapAfterGc();
            Map<Long, Long> allocatedBefore = clientAllocatedBytes(s.harness);
            s.run(Duration.ofMinutes(20));
            Map<Long, Long> allocatedAfter = clientAllocatedBytes(s.harness);
            long allocated = allocatedAfter.entrySet().stream()
                    .mapToLong(e -> e.getValue() - allocatedBefore.getOrDefault(e.getKey(), 0L)).sum();
            long heapGrowth = heapAfterGc() - heapBefore;

            long oversized = s.simulator().requests().stream().filter(r -> !r.time().isBefore(s.faultAt()))
                    .filter(PoliteAudit::isData).count();
            assertTrue(oversized >= 3, "intervals, daily and monthly each met a 50 MB answer: " + oversized);
            assertTrue(heapGrowth < 64 * MB, "heap growth after GC: " + heapGrowth / MB + " MB");
            // Reading a whole 50 MB body costs well over 150 MB of copies; stopping at 16 MB about a third of it.
            assertTrue(allocated >= oversized * SmtTransport.MAX_BODY_BYTES / 2,
                    "the client threads were measured while receiving: " + allocated / MB + " MB allocated");
            assertTrue(allocated < oversized * 100 * MB,
                    "the client stopped reading early: " + allocated / MB + " MB allocated");
            ThingStatusInfo meterSeen = FaultScenario.firstTrouble(s.meterSince());
            assertTrue(FaultScenario.shows(meterSeen, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.protocol-error"), "meter shows " + meterSeen);
            assertTrue(String.valueOf(meterSeen.getDescription())
                    .contains("larger than " + SmtTransport.MAX_BODY_BYTES / MB + " MB"), "names the bound");
            assertEquals(ThingStatus.ONLINE, FaultScenario.firstTrouble(s.accountSince()).getStatus());
            assertEquals(seriesBefore, s.seriesSent(), "nothing stored from the oversized answers");

            s.control().clearFaults();
            LocalDate yesterday = s.today().minusDays(1);
            assertTrue(
                    s.harness.runUntil(() -> s.bothOnline() && s.storedDiffersFromSmt(yesterday, yesterday).isEmpty(),
                            Duration.ofMinutes(1), Duration.ofHours(2)),
                    "recovered: " + s.meter.getStatusInfo());
            LocalDate oldest = yesterday.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, yesterday));
            assertEquals(List.of(), s.audit().problems());

            FaultTable.add(new FaultTable.Row(AREA,
                    oversized + " answers of 50 MB (intervals, daily, monthly, and their retries)", "ONLINE",
                    FaultScenario.brief(meterSeen) + ": larger than 16 MB",
                    "by itself once SMT answers normally (heap +" + Math.max(0, heapGrowth / MB)
                            + " MB after GC; client threads allocated " + allocated / MB + " MB)",
                    "yes: nothing stored from them, " + (oldest.until(yesterday).getDays() + 1) + " days = SMT"));
        }
    }

    /**
     * 16 MB answers (just under the client's bound) on every data request of a morning, each holding tens of thousands
     * of days nobody asked for next to the days asked (doc/smt-protocol.md §7): the rows of other days are left out as
     * they are read, so nothing of them stays on the heap, the meter stays online, the days asked are stored and
     * nothing else. The heap in use after collections during the morning is shown in the table; it counts the
     * simulator's copies of the answers and the other tests' leftovers in this JVM too, so the bound of about 100 MB is
     * proven where a JVM can be limited to it: CliUnaskedDaysHeapTest runs the same client and check in 100 MB.
     */
    @Test
    void sixteenMegabyteAnswersOfDaysNotAskedKeepTheDaysAskedInBoundedMemory() throws Exception {
        try (FaultScenario s = FaultScenario.portal()) {
            s.runToNextDay(LocalTime.of(9, 20));
            s.markFault();
            int year = s.today().getYear();
            s.control().rewrite(Endpoint.PORTAL_INTERVALSYNCH,
                    OtherDays.filled("energyData", "DT", false, year, SmtTransport.MAX_BODY_BYTES));
            s.control().rewrite(Endpoint.PORTAL_DAILY,
                    OtherDays.filled("dailyData", "date", false, year, SmtTransport.MAX_BODY_BYTES));
            s.control().rewrite(Endpoint.PORTAL_MONTHLY,
                    OtherDays.filled("monthlyData", "startdate", true, year, SmtTransport.MAX_BODY_BYTES));

            long heapBefore = heapAfterGc();
            long peak;
            try (GcWatch watch = new GcWatch()) {
                s.run(Duration.ofMinutes(20));
                peak = watch.peak() - heapBefore;
            }
            long heapGrowth = heapAfterGc() - heapBefore;

            long answers = s.simulator().requests().stream().filter(r -> !r.time().isBefore(s.faultAt()))
                    .filter(PoliteAudit::isData).count();
            assertTrue(answers >= 3, "intervals, daily and monthly each met a 16 MB answer: " + answers);
            assertTrue(heapGrowth < 64 * MB, "heap growth after GC: " + heapGrowth / MB + " MB");
            assertEquals(ThingStatus.ONLINE, FaultScenario.firstTrouble(s.meterSince()).getStatus(),
                    String.valueOf(FaultScenario.firstTrouble(s.meterSince())));
            LocalDate yesterday = s.today().minusDays(1);
            assertEquals(List.of(), s.storedDiffersFromSmt(yesterday, yesterday), "the days asked are stored");
            HostileAnswerTest.assertGarbageFree(s);

            FaultTable.add(new FaultTable.Row(AREA,
                    answers + " answers of 16 MB (intervals, daily, monthly), tens of thousands of days not asked",
                    "ONLINE", "ONLINE (days not asked left out, logged at debug)",
                    "nothing to recover (heap in use after a collection +" + Math.max(0, peak / MB) + " MB at most, +"
                            + Math.max(0, heapGrowth / MB) + " MB after GC)",
                    "yes: the days asked stored, no day not asked"));
        }
    }

    /** The most heap in use right after any garbage collection while it watches. */
    private static final class GcWatch implements AutoCloseable, NotificationListener {

        private final AtomicLong peak = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();

        GcWatch() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                    emitters.add(emitter);
                }
            }
        }

        @Override
        public void handleNotification(@Nullable Notification notification, @Nullable Object handback) {
            if (notification == null || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                    .equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed)
                    .sum();
            peak.accumulateAndGet(used, Math::max);
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() throws ListenerNotFoundException {
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(this);
            }
        }
    }

    /** Used heap after a full collection (twice: what survives the first may be freed by the second). */
    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Bytes allocated so far by each thread of the accounts' HTTP clients (the threads that receive answers), by
     * thread id. openHAB names a client's threads after its consumer, the binding after the account: the names come
     * from the clients the harness handed out.
     */
    private static Map<Long, Long> clientAllocatedBytes(BindingHarness harness) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assertTrue(threads instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported(),
                "the JVM measures what threads allocate");
        com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) threads;
        List<String> prefixes = harness.httpClients.stream().map(client -> client.getName() + "-").toList();
        long[] ids = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> prefixes.stream().anyMatch(t.getName()::startsWith)).mapToLong(Thread::getId).toArray();
        assertTrue(ids.length > 0, "the client threads " + prefixes + " are running");
        long[] bytes = sun.getThreadAllocatedBytes(ids);
        Map<Long, Long> result = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (bytes[i] > 0) {
                result.put(ids[i], bytes[i]);
            }
        }
        return result;
    }

    @AfterAll
    static void printTable() {
        FaultTable.print(AREA);
    }
}
