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
package org.openhab.binding.smartmetertexas.osgi;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.osgi.framework.AllServiceListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An Apache Felix framework embedded in the test, with a fresh cache folder under the build directory that is deleted
 * on {@link #close()}. Waiting is event-driven: every bundle, service and framework event wakes {@link #await}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class FelixRuntime implements AutoCloseable {

    /** Long enough for a slow, busy machine; the runs normally finish in well under a second. */
    static final long TIMEOUT_MILLIS = 10_000;

    private static final long RECHECK_MILLIS = 100;

    private final Path folder;
    private final Framework framework;
    private final AtomicLong events = new AtomicLong();
    private final Object eventSignal = new Object();

    private FelixRuntime(Path folder, Framework framework) {
        this.folder = folder;
        this.framework = framework;
    }

    /**
     * Starts a framework whose system bundle also exports the given packages from the test's own class path, so the
     * test and the bundles share those API classes (an OSGi Export-Package value, e.g. read from a jar's manifest).
     */
    static FelixRuntime start(Path buildDir, String systemPackagesExtra) throws IOException, BundleException {
        Path folder = Files.createTempDirectory(buildDir, "felix-");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, folder.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemPackagesExtra);
        config.put("felix.log.level", "1"); // framework errors only
        config.put("ds.loglevel", "warn");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(config);
        framework.start();
        FelixRuntime runtime = new FelixRuntime(folder, framework);
        runtime.listen();
        return runtime;
    }

    /** The Export-Package header of a jar on the class path, to export from the system bundle. */
    static String exportsOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String exports = file.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
            assertNotNull(exports, jar + " exports packages");
            return exports;
        }
    }

    private void listen() {
        BundleContext context = context();
        BundleListener bundles = event -> signal();
        // All services, also those whose classes the test's class loader cannot link (the binding's internal ones).
        AllServiceListener services = event -> signal();
        FrameworkListener frameworkEvents = event -> signal();
        context.addBundleListener(bundles);
        context.addServiceListener(services);
        context.addFrameworkListener(frameworkEvents);
    }

    private void signal() {
        events.incrementAndGet();
        synchronized (eventSignal) {
            eventSignal.notifyAll();
        }
    }

    /** Where this run's own files (the cache, generated bundles) live. */
    Path folder() {
        return folder;
    }

    BundleContext context() {
        BundleContext context = framework.getBundleContext();
        assertNotNull(context, "the framework is started");
        return context;
    }

    Bundle install(Path jar) throws BundleException {
        return context().installBundle(jar.toUri().toString());
    }

    /** The service of that type, waiting for it to be registered. */
    <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(TIMEOUT_MILLIS);
            assertNotNull(service, type.getName() + " is registered");
            return service;
        } finally {
            tracker.close();
        }
    }

    /**
     * Waits until {@code condition} holds, re-checking after each framework event, and at least every
     * {@value #RECHECK_MILLIS} ms because Declarative Services may settle a component's state just after the event
     * that led to it. The condition is evaluated outside any lock this class holds, so it may call into the framework
     * and its bundles freely.
     */
    void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
        while (true) {
            long seen = events.get();
            if (condition.getAsBoolean()) {
                return;
            }
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                fail("timed out waiting for: " + what);
            }
            synchronized (eventSignal) {
                if (events.get() == seen) {
                    eventSignal.wait(Math.min(left, RECHECK_MILLIS));
                }
            }
        }
    }

    /** Every installed bundle as {@code symbolic-name version}, for the test's log. */
    String bundleList() {
        return Stream.of(context().getBundles())
                .map(bundle -> bundle.getSymbolicName() + " " + bundle.getVersion() + " "
                        + (bundle.getState() == Bundle.ACTIVE ? "ACTIVE" : "state " + bundle.getState()))
                .collect(Collectors.joining("\n  ", "  ", ""));
    }

    @Override
    public void close() throws Exception {
        try {
            framework.stop();
            FrameworkEvent stopped = framework.waitForStop(TIMEOUT_MILLIS);
            assertEquals(FrameworkEvent.STOPPED, stopped.getType(), "the framework stops");
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
