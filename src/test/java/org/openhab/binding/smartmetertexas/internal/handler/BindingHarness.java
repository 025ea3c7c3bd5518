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

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.*;
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.AbstractConnectionPool;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpDestination;
import org.eclipse.jetty.client.api.Connection;
import org.eclipse.jetty.client.api.Destination;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.BindingTiming;
import org.openhab.binding.smartmetertexas.internal.planning.VirtualTaskScheduler;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/**
 * The binding's handlers wired as openHAB wires them, against the SMT simulator ({@link SimulatorHarness}) over real
 * TLS, in virtual time: one manual clock drives the simulator, the request policy (its waits advance the clock) and
 * the handlers' scheduler.
 * Records what openHAB would receive: statuses, states and time series. Several accounts may run side by side, each
 * against its own simulator (all on the same clock, all trusted by every account's HTTP client).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class BindingHarness implements AutoCloseable {

    /** The simulator of the first account, on the clock of all. */
    final SimulatorHarness smt;
    final ManualClock clock;
    final SmtSimulator simulator;
    final VirtualTaskScheduler scheduler;
    final BindingTiming timing;
    final MemoryStorage storage = new MemoryStorage();
    final HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
    final List<HttpClient> httpClients = new CopyOnWriteArrayList<>();

    final Map<ThingUID, List<ThingStatusInfo>> statuses = new HashMap<>();
    final Map<ChannelUID, List<State>> states = new HashMap<>();
    final Map<ChannelUID, List<TimeSeries>> series = new HashMap<>();

    /** Whether clients made from now on check certificates through {@link #certificateRejected}. */
    volatile boolean switchableTrust;
    /** While set, such clients reject the simulator's certificate (as when SMT's chain is broken). */
    final AtomicBoolean certificateRejected = new AtomicBoolean();

    private final List<SSLContext> sslContexts = new CopyOnWriteArrayList<>();
    private final List<SimulatorHarness> started = new CopyOnWriteArrayList<>();
    /** Every simulator of this harness, the first being {@link #simulator}. */
    final List<SmtSimulator> simulators = new CopyOnWriteArrayList<>();
    /** When set, the accounts' HTTP clients give up on a silent server after this long (real time). */
    volatile @Nullable Duration clientIdleTimeout;
    /** When true, only the newest status, state and time series of each thing or channel is kept (long runs). */
    volatile boolean keepLatestOnly;

    private @Nullable Bridge bridge;
    private @Nullable AccountHandler account;
    private final Map<ThingUID, Bridge> bridges = new LinkedHashMap<>();
    private final Map<ThingUID, AccountHandler> accounts = new LinkedHashMap<>();
    private final List<MeterHandler> meters = new CopyOnWriteArrayList<>();

    BindingHarness(Instant start) throws Exception {
        this(start, SimulatorConfig.builder());
    }

    BindingHarness(Instant start, SimulatorConfig.Builder config) throws Exception {
        smt = SimulatorHarness.start(new ManualClock(start), config);
        clock = smt.clock;
        simulator = smt.sim;
        started.add(smt);
        simulators.add(simulator);
        scheduler = new VirtualTaskScheduler(clock);
        timing = new BindingTiming(clock, smt.sleeper, executor -> scheduler, new Random(42));
        // openHAB hands out a new, not yet started client named after the consumer; this one trusts only the
        // simulators' CAs.
        when(httpClientFactory.createHttpClient(anyString(), any(SslContextFactory.class))).thenAnswer(invocation -> {
            SslContextFactory.Client tls = new SslContextFactory.Client();
            KeyStore trusted = simulators.size() == 1 ? smt.trustStore() : SimulatorHarness.trustStore(simulators);
            if (switchableTrust) {
                SSLContext context = SwitchableTrust.context(trusted, certificateRejected);
                sslContexts.add(context);
                tls.setSslContext(context);
            } else {
                tls.setTrustStore(trusted);
            }
            tls.setEndpointIdentificationAlgorithm("HTTPS");
            HttpClient client = new HttpClient(tls);
            client.setName(invocation.getArgument(0, String.class));
            Duration idle = clientIdleTimeout;
            if (idle != null) {
                client.setIdleTimeout(idle.toMillis());
            }
            httpClients.add(client);
            return client;
        });
    }

    /** Starts one more simulator on the harness's clock (another SMT account with its own meters). */
    SmtSimulator startSimulator(SimulatorConfig.Builder config) throws Exception {
        SimulatorHarness another = SimulatorHarness.start(clock, config);
        started.add(another);
        simulators.add(another.sim);
        return another.sim;
    }

    static Map<String, Object> portalAccount(SmtSimulator simulator) {
        Map<String, Object> config = new HashMap<>();
        config.put("flow", "portal");
        config.put("username", simulator.username());
        config.put("password", simulator.password());
        config.put("portalUrl", simulator.portalUrl().toString());
        config.put("apiUrl", simulator.officialUrl().toString());
        return config;
    }

    static Map<String, Object> officialAccount(SmtSimulator simulator) {
        Map<String, Object> config = portalAccount(simulator);
        config.put("flow", "official");
        return config;
    }

    AccountHandler startAccount(Map<String, Object> config) {
        return startAccount("home", config);
    }

    /** Starts an account bridge with this id (a new bridge replaces a disposed one of the same id). */
    AccountHandler startAccount(String id, Map<String, Object> config) {
        Bridge created = BridgeBuilder.create(THING_TYPE_ACCOUNT, id).withLabel("SMT " + id)
                .withConfiguration(new Configuration(config)).build();
        AccountHandler handler = new AccountHandler(created, httpClientFactory, timing);
        created.setHandler(handler);
        handler.setCallback(callback());
        bridge = created;
        account = handler;
        synchronized (bridges) {
            bridges.put(created.getUID(), created);
            accounts.put(created.getUID(), handler);
        }
        handler.initialize();
        return handler;
    }

    MeterHandler startMeter(String esiid, Map<String, Object> extraConfig) {
        return startMeter(bridge(), esiid, extraConfig);
    }

    /** Starts a meter thing under the given account bridge. */
    MeterHandler startMeter(Bridge owner, String esiid, Map<String, Object> extraConfig) {
        Map<String, Object> config = new HashMap<>(extraConfig);
        config.put(CONFIG_ESIID, esiid);
        Thing thing = ThingBuilder.create(THING_TYPE_METER, new ThingUID(THING_TYPE_METER, owner.getUID(), esiid))
                .withBridge(owner.getUID()).withConfiguration(new Configuration(config)).build();
        MeterHandler handler = new MeterHandler(thing, storage, timing);
        thing.setHandler(handler);
        handler.setCallback(callback());
        meters.add(handler);
        handler.initialize();
        return handler;
    }

    void disposeMeter(MeterHandler handler) {
        handler.dispose();
        meters.remove(handler);
    }

    /** The meter handlers started and not disposed, in start order. */
    List<MeterHandler> meters() {
        return List.copyOf(meters);
    }

    /** The account handlers started (the newest of each id), in start order. */
    List<AccountHandler> accounts() {
        synchronized (bridges) {
            return List.copyOf(accounts.values());
        }
    }

    Bridge bridge() {
        Bridge current = bridge;
        if (current == null) {
            throw new IllegalStateException("no account started");
        }
        return current;
    }

    AccountHandler account() {
        AccountHandler current = account;
        if (current == null) {
            throw new IllegalStateException("no account started");
        }
        return current;
    }

    void run(Duration duration) {
        scheduler.runFor(duration);
    }

    /**
     * Runs in steps of {@code step} until {@code condition} holds or {@code limit} has passed.
     *
     * @return whether the condition holds
     */
    boolean runUntil(BooleanSupplier condition, Duration step, Duration limit) {
        Instant end = clock.instant().plus(limit);
        while (!condition.getAsBoolean()) {
            if (!clock.instant().isBefore(end)) {
                return false;
            }
            run(step);
        }
        return true;
    }

    /** Runs until the Central wall time {@code time} of {@code day}. */
    void runUntil(LocalDate day, LocalTime time) {
        scheduler.runUntil(day.atTime(time).atZone(SmtTime.CENTRAL).toInstant());
    }

    /**
     * Closes every idle connection of the clients and forgets their TLS sessions: the next request opens a new
     * connection with a full TLS handshake (certificate checks included).
     */
    void dropConnections() {
        for (SSLContext context : sslContexts) {
            SSLSessionContext sessions = context.getClientSessionContext();
            for (byte[] id : Collections.list(sessions.getIds())) {
                SSLSession session = sessions.getSession(id);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        for (HttpClient client : httpClients) {
            for (Destination destination : client.getDestinations()) {
                if (destination instanceof HttpDestination http
                        && http.getConnectionPool()instanceof AbstractConnectionPool pool) {
                    for (Connection connection : List.copyOf(pool.getIdleConnections())) {
                        connection.close();
                    }
                }
            }
        }
    }

    /** Every status the thing was given, in order. */
    List<ThingStatusInfo> statuses(Thing thing) {
        synchronized (statuses) {
            return List.copyOf(statuses.getOrDefault(thing.getUID(), List.of()));
        }
    }

    /** Every series sent on any channel of the thing, channel by channel in the order sent. */
    Map<ChannelUID, List<TimeSeries>> allSeries(Thing thing) {
        Map<ChannelUID, List<TimeSeries>> result = new HashMap<>();
        synchronized (series) {
            series.forEach((channel, list) -> {
                if (channel.getThingUID().equals(thing.getUID())) {
                    result.put(channel, List.copyOf(list));
                }
            });
        }
        return result;
    }

    ThingStatusInfo status(Thing thing) {
        return thing.getStatusInfo();
    }

    List<TimeSeries> series(Thing thing, String channelId) {
        return series.getOrDefault(new ChannelUID(thing.getUID(), channelId), List.of());
    }

    List<State> states(Thing thing, String channelId) {
        return states.getOrDefault(new ChannelUID(thing.getUID(), channelId), List.of());
    }

    List<RecordedRequest> requests(String pathPart) {
        return smt.requests(pathPart);
    }

    private ThingHandlerCallback callback() {
        // Stub-only: a recording mock would keep every state and time series ever sent (long runs fill the heap).
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class, withSettings().stubOnly());
        doAnswer(invocation -> {
            Thing thing = invocation.getArgument(0);
            ThingStatusInfo info = invocation.getArgument(1);
            thing.setStatusInfo(info);
            synchronized (statuses) {
                record(statuses.computeIfAbsent(thing.getUID(), k -> new ArrayList<>()), info);
            }
            boolean isBridge;
            synchronized (bridges) {
                isBridge = bridges.containsKey(thing.getUID());
            }
            if (isBridge) {
                // openHAB tells the bridge's things when the bridge's status changes.
                for (MeterHandler meter : List.copyOf(meters)) {
                    if (thing.getUID().equals(meter.getThing().getBridgeUID())) {
                        meter.bridgeStatusChanged(info);
                    }
                }
            }
            return null;
        }).when(callback).statusUpdated(any(), any());
        doAnswer(invocation -> {
            synchronized (states) {
                record(states.computeIfAbsent(invocation.getArgument(0), k -> new ArrayList<>()),
                        invocation.getArgument(1));
            }
            return null;
        }).when(callback).stateUpdated(any(), any());
        doAnswer(invocation -> {
            synchronized (series) {
                record(series.computeIfAbsent(invocation.getArgument(0), k -> new ArrayList<>()),
                        invocation.getArgument(1));
            }
            return null;
        }).when(callback).sendTimeSeries(any(), any());
        when(callback.getBridge(any())).thenAnswer(invocation -> {
            synchronized (bridges) {
                return bridges.get(invocation.getArgument(0, ThingUID.class));
            }
        });
        return callback;
    }

    private <T> void record(List<T> list, T value) {
        if (keepLatestOnly) {
            list.clear();
        }
        list.add(value);
    }

    static boolean isOffline(ThingStatusInfo info, ThingStatusDetail detail, String descriptionStart) {
        String description = info.getDescription();
        return info.getStatus() == ThingStatus.OFFLINE && info.getStatusDetail() == detail && description != null
                && description.startsWith(descriptionStart);
    }

    @Override
    public void close() throws Exception {
        for (MeterHandler meter : List.copyOf(meters)) {
            meter.dispose();
        }
        meters.clear();
        for (AccountHandler handler : accounts()) {
            handler.dispose();
        }
        AccountHandler current = account;
        if (current != null) {
            current.dispose();
        }
        for (SimulatorHarness each : started) {
            each.close();
        }
    }
}
