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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;
import org.openhab.binding.smartmetertexas.internal.service.BindingTiming;
import org.openhab.binding.smartmetertexas.internal.service.VirtualTaskScheduler;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;
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
 * The binding's handlers wired as openHAB wires them, against the SMT simulator over real TLS, in virtual time: one
 * manual clock drives the simulator, the request policy (its waits advance the clock) and the handlers' scheduler.
 * Records what openHAB would receive: statuses, states and time series.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class BindingHarness implements AutoCloseable {

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

    private @Nullable Bridge bridge;
    private @Nullable AccountHandler account;
    private final List<MeterHandler> meters = new ArrayList<>();

    BindingHarness(Instant start) throws Exception {
        this(start, SimulatorConfig.builder());
    }

    BindingHarness(Instant start, SimulatorConfig.Builder config) throws Exception {
        clock = new ManualClock(start);
        simulator = SmtSimulator.start(config.clock(clock).port(0).build());
        scheduler = new VirtualTaskScheduler(clock);
        Sleeper virtualSleep = clock::advance;
        timing = new BindingTiming(clock, virtualSleep, executor -> scheduler, new Random(42));
        // openHAB hands out a new, not yet started client; this one trusts only the simulator's CA.
        when(httpClientFactory.createHttpClient(anyString(), any(SslContextFactory.class))).thenAnswer(invocation -> {
            SslContextFactory.Client tls = new SslContextFactory.Client();
            tls.setTrustStore(simulator.trustStore());
            tls.setEndpointIdentificationAlgorithm("HTTPS");
            HttpClient client = new HttpClient(tls);
            httpClients.add(client);
            return client;
        });
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
        Bridge created = BridgeBuilder.create(THING_TYPE_ACCOUNT, "home").withLabel("SMT")
                .withConfiguration(new Configuration(config)).build();
        AccountHandler handler = new AccountHandler(created, httpClientFactory, timing);
        created.setHandler(handler);
        handler.setCallback(callback());
        bridge = created;
        account = handler;
        handler.initialize();
        return handler;
    }

    MeterHandler startMeter(String esiid, Map<String, Object> extraConfig) {
        Map<String, Object> config = new HashMap<>(extraConfig);
        config.put(CONFIG_ESIID, esiid);
        Thing thing = ThingBuilder.create(THING_TYPE_METER, new ThingUID(THING_TYPE_METER, bridge().getUID(), esiid))
                .withBridge(bridge().getUID()).withConfiguration(new Configuration(config)).build();
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
        return simulator.requests().stream().filter(r -> r.path().contains(pathPart)).toList();
    }

    private ThingHandlerCallback callback() {
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        doAnswer(invocation -> {
            Thing thing = invocation.getArgument(0);
            ThingStatusInfo info = invocation.getArgument(1);
            thing.setStatusInfo(info);
            synchronized (statuses) {
                statuses.computeIfAbsent(thing.getUID(), k -> new ArrayList<>()).add(info);
            }
            Bridge current = bridge;
            if (current != null && thing.getUID().equals(current.getUID())) {
                // openHAB tells the bridge's things when the bridge's status changes.
                for (MeterHandler meter : List.copyOf(meters)) {
                    meter.bridgeStatusChanged(info);
                }
            }
            return null;
        }).when(callback).statusUpdated(any(), any());
        doAnswer(invocation -> {
            synchronized (states) {
                states.computeIfAbsent(invocation.getArgument(0), k -> new ArrayList<>())
                        .add(invocation.getArgument(1));
            }
            return null;
        }).when(callback).stateUpdated(any(), any());
        doAnswer(invocation -> {
            synchronized (series) {
                series.computeIfAbsent(invocation.getArgument(0), k -> new ArrayList<>())
                        .add(invocation.getArgument(1));
            }
            return null;
        }).when(callback).sendTimeSeries(any(), any());
        when(callback.getBridge(any())).thenAnswer(invocation -> bridge);
        return callback;
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
        AccountHandler current = account;
        if (current != null) {
            current.dispose();
        }
        simulator.close();
    }
}
