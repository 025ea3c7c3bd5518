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
package org.openhab.binding.smartmetertexas.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openhab.binding.smartmetertexas.internal.api.AccountSettings;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.api.SmtTransport;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.OnDemandReads;
import org.openhab.binding.smartmetertexas.internal.planning.ReadTicket;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The SMT simulator on a virtual clock, as every test against it needs it (client, handlers and command line):
 * the clock, the started simulator, its trust store and CA file, account settings of either flow, and what it was
 * sent. Optionally one account's real client talks to it over real TLS, trusting only the simulator's CA; the
 * client's waits advance the virtual clock, so spacing costs no real time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatorHarness implements AutoCloseable {

    /** 11:00 Central on a June Tuesday: yesterday's data are published (from 09:00). */
    public static final Instant START = LocalDateTime.parse("2025-06-10T11:00:00").atZone(SmtTime.CENTRAL).toInstant();
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    public static final LocalDate YESTERDAY = TODAY.minusDays(1);

    public final ManualClock clock;
    public final SmtSimulator sim;
    /** Waits advance the virtual clock. */
    public final Sleeper sleeper;

    private @Nullable HttpClient http;
    private @Nullable AccountSettings settings;
    private @Nullable RequestPolicy policy;
    private @Nullable SmtClient client;

    private SimulatorHarness(ManualClock clock, SmtSimulator sim) {
        this.clock = clock;
        this.sim = sim;
        this.sleeper = clock::advance;
    }

    /** The simulator with its defaults, at {@link #START}. */
    public static SimulatorHarness start() throws Exception {
        return start(c -> {
        });
    }

    /** The simulator configured by {@code simulator}, at {@link #START}. */
    public static SimulatorHarness start(Consumer<SimulatorConfig.Builder> simulator) throws Exception {
        SimulatorConfig.Builder config = SimulatorConfig.builder();
        simulator.accept(config);
        return start(new ManualClock(START), config);
    }

    /** The simulator configured by {@code config}, on {@code clock} (several simulators may share one clock). */
    public static SimulatorHarness start(ManualClock clock, SimulatorConfig.Builder config) throws Exception {
        return new SimulatorHarness(clock, SmtSimulator.start(config.clock(clock).build()));
    }

    /** The simulator with its defaults and an account of {@code flow} connected to it. */
    public static SimulatorHarness account(Flow flow) throws Exception {
        return account(flow, c -> {
        }, a -> {
        });
    }

    /** The simulator configured by {@code simulator} and an account of {@code flow} as {@code account} sets it. */
    public static SimulatorHarness account(Flow flow, Consumer<SimulatorConfig.Builder> simulator,
            Consumer<AccountSettings.Builder> account) throws Exception {
        SimulatorHarness harness = start(simulator);
        try {
            AccountSettings.Builder settings = harness.accountSettings(flow);
            account.accept(settings);
            harness.reconfigure(settings.build());
            return harness;
        } catch (Exception | Error e) {
            harness.close();
            throw e;
        }
    }

    // ---- trust ----

    public KeyStore trustStore() {
        return sim.trustStore();
    }

    /** One trust store holding the CAs of all these simulators. */
    public static KeyStore trustStore(List<SmtSimulator> simulators) throws GeneralSecurityException, IOException {
        KeyStore combined = KeyStore.getInstance("PKCS12");
        combined.load(null, null);
        int index = 0;
        for (SmtSimulator each : simulators) {
            KeyStore store = each.trustStore();
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (certificate != null) {
                    combined.setCertificateEntry("ca-" + index++, certificate);
                }
            }
        }
        return combined;
    }

    /** Writes the simulator's CA certificate (PEM) into {@code dir}, as --cacert takes it. */
    public Path writeCaCertificate(Path dir) throws IOException {
        return sim.writeCaCertificate(dir.resolve("simulator-ca.pem"));
    }

    // ---- the account's client ----

    /** Settings of an account of {@code flow} on this simulator, with its password. */
    public AccountSettings.Builder accountSettings(Flow flow) {
        return accountSettings(flow, sim.password());
    }

    /** Settings of an account of {@code flow} on this simulator, with another password. */
    public AccountSettings.Builder accountSettings(Flow flow, String password) {
        return AccountSettings.builder(flow, sim.username(), password).portalBaseUrl(sim.portalUrl())
                .officialBaseUrl(sim.officialUrl()).requestTimeout(Duration.ofSeconds(10));
    }

    /** The started HTTP client of the account (made on first use), trusting only the simulator's CA. */
    public HttpClient http() throws SmtException {
        HttpClient current = http;
        if (current == null) {
            current = SmtTransport.newHttpClient(SmtTransport.sslContextFactory(null, null, trustStore()), "smt-test");
            http = current;
        }
        return current;
    }

    /** A new client and request policy for the account, as after a configuration change. */
    public SmtClient reconfigure(AccountSettings newSettings) throws SmtException {
        RequestPolicy newPolicy = new RequestPolicy(clock);
        SmtClient newClient = SmtClient.create(newSettings,
                new SmtTransport(http(), newPolicy, sleeper, newSettings.requestTimeout()));
        settings = newSettings;
        policy = newPolicy;
        client = newClient;
        return newClient;
    }

    public SmtClient client() {
        return connected(client);
    }

    public AccountSettings settings() {
        return connected(settings);
    }

    public RequestPolicy policy() {
        return connected(policy);
    }

    private static <T> T connected(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("no account connected: start the harness with account(...)");
        }
        return value;
    }

    /** The account's on-demand reads: budget, poll schedule and giving up, as the binding keeps them. */
    public OnDemandReads reads() {
        return new OnDemandReads(policy());
    }

    /** Polls a read on its schedule (moving the virtual clock) until it is over; returns the outcome. */
    public MeterRead pollUntilDone(ReadTicket ticket) throws SmtException {
        while (true) {
            var due = ticket.nextPollAt();
            if (due.isEmpty()) {
                return reads().poll(client(), ticket);
            }
            if (clock.instant().isBefore(due.get())) {
                clock.set(due.get());
            }
            MeterRead read = reads().poll(client(), ticket);
            if (read.status() != ReadStatus.PENDING) {
                return read;
            }
        }
    }

    // ---- the simulated meters ----

    public Esiid esiid(int index) {
        return new Esiid(sim.esiids().get(index));
    }

    /** The household meter (consumption only). */
    public Esiid household() {
        return esiid(0);
    }

    /** The solar meter (with surplus generation). */
    public Esiid solar() {
        return esiid(1);
    }

    public String meterNumber(Esiid esiid) {
        return sim.truth().meterNumber(esiid.value());
    }

    // ---- what the simulator was sent ----

    public List<RecordedRequest> requests() {
        return sim.requests();
    }

    /** The requests whose path contains {@code pathPart}. */
    public List<RecordedRequest> requests(String pathPart) {
        return sim.requests().stream().filter(r -> r.path().contains(pathPart)).toList();
    }

    /** How many requests went to exactly this path. */
    public long count(String path) {
        return sim.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    /** The paths of all requests, in order. */
    public List<String> paths() {
        return sim.requests().stream().map(RecordedRequest::path).toList();
    }

    /** The first request to exactly this path. */
    public RecordedRequest first(String path) {
        return sim.requests().stream().filter(r -> r.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no request to " + path + " in " + paths()));
    }

    /** A request's JSON body. */
    public static JsonObject body(RecordedRequest request) {
        return JsonParser.parseString(request.body()).getAsJsonObject();
    }

    @Override
    public void close() {
        HttpClient current = http;
        if (current != null) {
            SmtTransport.stop(current);
        }
        sim.close();
    }

    /**
     * Closes the harnesses a test started once it ends, pass or fail. Register with
     * {@code @RegisterExtension final SimulatorHarness.PerTest harnesses = new SimulatorHarness.PerTest();}.
     */
    public static final class PerTest implements AfterEachCallback {
        private final List<SimulatorHarness> started = new ArrayList<>();

        /** Closes {@code harness} after the test; returns it. */
        public SimulatorHarness closeAfter(SimulatorHarness harness) {
            started.add(harness);
            return harness;
        }

        @Override
        public void afterEach(@Nullable ExtensionContext context) {
            started.forEach(SimulatorHarness::close);
            started.clear();
        }
    }
}
