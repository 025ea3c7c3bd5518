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
package org.openhab.binding.smartmetertexas.internal.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
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

/**
 * Test fixture: a simulator on a virtual clock and the real client talking to it over real TLS (trusting only
 * the simulator's CA). The client's waits advance the virtual clock, so spacing costs no real time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimulatedAccount implements AutoCloseable {

    /** 11:00 Central on a June Tuesday: yesterday's data are published (from 09:00). */
    static final Instant START = LocalDateTime.parse("2025-06-10T11:00:00").atZone(SmtTime.CENTRAL).toInstant();
    static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    static final LocalDate YESTERDAY = TODAY.minusDays(1);

    final ManualClock clock;
    final SmtSimulator sim;
    final HttpClient http;
    final Sleeper sleeper;
    RequestPolicy policy;
    AccountSettings settings;
    SmtClient client;

    private SimulatedAccount(ManualClock clock, SmtSimulator sim, HttpClient http, AccountSettings settings) {
        this.clock = clock;
        this.sim = sim;
        this.http = http;
        this.sleeper = clock::advance;
        this.settings = settings;
        this.policy = new RequestPolicy(clock);
        this.client = SmtClients.create(settings, new SmtTransport(http, policy, sleeper, settings.requestTimeout()));
    }

    static SimulatedAccount start(Flow flow) throws Exception {
        return start(flow, b -> {
        }, b -> {
        });
    }

    static SimulatedAccount start(Flow flow, Consumer<SimulatorConfig.Builder> simulator,
            Consumer<AccountSettings.Builder> account) throws Exception {
        ManualClock clock = new ManualClock(START);
        SimulatorConfig.Builder config = SimulatorConfig.builder().clock(clock);
        simulator.accept(config);
        SmtSimulator sim = SmtSimulator.start(config.build());
        HttpClient http;
        try {
            http = SmtTransport.newHttpClient(SmtTransport.sslContextFactory(null, null, sim.trustStore()), "smt-test");
        } catch (SmtException e) {
            sim.close();
            throw e;
        }
        AccountSettings.Builder settings = AccountSettings.builder(flow, sim.username(), sim.password())
                .portalBaseUrl(sim.portalUrl()).officialBaseUrl(sim.officialUrl())
                .requestTimeout(Duration.ofSeconds(10));
        account.accept(settings);
        return new SimulatedAccount(clock, sim, http, settings.build());
    }

    /** A new client and policy for the same account, as after a configuration change. */
    SmtClient reconfigure(AccountSettings newSettings) {
        settings = newSettings;
        policy = new RequestPolicy(clock);
        client = SmtClients.create(newSettings, new SmtTransport(http, policy, sleeper, newSettings.requestTimeout()));
        return client;
    }

    Esiid esiid(int index) {
        return new Esiid(sim.esiids().get(index));
    }

    /** The household meter (consumption only). */
    Esiid household() {
        return esiid(0);
    }

    /** The solar meter (with surplus generation). */
    Esiid solar() {
        return esiid(1);
    }

    String meterNumber(Esiid esiid) {
        return sim.truth().meterNumber(esiid.value());
    }

    List<RecordedRequest> requests() {
        return sim.requests();
    }

    long count(String path) {
        return sim.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    List<String> paths() {
        return sim.requests().stream().map(RecordedRequest::path).toList();
    }

    /** The account's on-demand reads: budget, poll schedule and giving up, as the binding keeps them. */
    OnDemandReads reads() {
        return new OnDemandReads(policy);
    }

    /** Polls a read on its schedule (moving the virtual clock) until it is over; returns the outcome. */
    MeterRead pollUntilDone(ReadTicket ticket) throws SmtException {
        while (true) {
            var due = ticket.nextPollAt();
            if (due.isEmpty()) {
                return reads().poll(client, ticket);
            }
            if (clock.instant().isBefore(due.get())) {
                clock.set(due.get());
            }
            MeterRead read = reads().poll(client, ticket);
            if (read.status() != ReadStatus.PENDING) {
                return read;
            }
        }
    }

    @Override
    public void close() {
        SmtTransport.stop(http);
        sim.close();
    }
}
