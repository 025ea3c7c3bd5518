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
package org.openhab.core.common.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The named, shared scheduled thread pools that openHAB's {@code ThreadPoolManager} provides (stand-in helper,
 * not API). Threads are daemons named "OH-&lt;pool&gt;-&lt;n&gt;", as in openHAB, so that tests and the JVM can
 * end while tasks are still scheduled.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class StandInThreadPools {

    /** openHAB's default core size of a scheduled pool. */
    private static final int CORE_THREADS = 5;

    private static final Map<String, ScheduledExecutorService> POOLS = new ConcurrentHashMap<>();

    private StandInThreadPools() {
    }

    /** The shared pool of that name, created on first use. */
    public static ScheduledExecutorService getScheduledPool(String name) {
        return POOLS.computeIfAbsent(name, StandInThreadPools::create);
    }

    private static ScheduledExecutorService create(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "OH-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(CORE_THREADS, factory);
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }
}
