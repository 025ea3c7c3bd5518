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
package org.openhab.binding.smartmetertexas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;

/**
 * Test fixture: the simulator on a virtual clock, and command lines run in-process against it over real TLS
 * (trusting its CA through --cacert). The request policy's waits move the virtual clock, so they cost no real time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimulatedSmt implements AutoCloseable {

    /** 11:00 Central on a June Tuesday: yesterday's data are published (from 09:00). */
    static final Instant START = LocalDateTime.parse("2025-06-10T11:00:00").atZone(SmtTime.CENTRAL).toInstant();
    static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    static final LocalDate YESTERDAY = TODAY.minusDays(1);

    final ManualClock clock;
    final SmtSimulator sim;
    final Path dir;
    final Path caFile;
    final Map<String, String> variables = new HashMap<>();

    private SimulatedSmt(ManualClock clock, SmtSimulator sim, Path dir, Path caFile) {
        this.clock = clock;
        this.sim = sim;
        this.dir = dir;
        this.caFile = caFile;
        variables.put(SmtConnection.PASSWORD_VARIABLE, sim.password());
    }

    static SimulatedSmt start(Path dir) throws Exception {
        return start(dir, c -> {
        });
    }

    static SimulatedSmt start(Path dir, Consumer<SimulatorConfig.Builder> simulator) throws Exception {
        ManualClock clock = new ManualClock(START);
        SimulatorConfig.Builder config = SimulatorConfig.builder().clock(clock);
        simulator.accept(config);
        SmtSimulator sim = SmtSimulator.start(config.build());
        try {
            Path ca = sim.writeCaCertificate(dir.resolve("simulator-ca.pem"));
            return new SimulatedSmt(clock, sim, dir, ca);
        } catch (IOException e) {
            sim.close();
            throw e;
        }
    }

    String household() {
        return sim.esiids().get(0);
    }

    String solar() {
        return sim.esiids().get(1);
    }

    /** {@code command} with its arguments, plus the options that reach the simulator as the given flow. */
    String[] args(String flow, String command, String... more) {
        List<String> args = new ArrayList<>();
        args.add(command);
        args.addAll(List.of(more));
        args.addAll(List.of("--flow", flow, "--url", sim.portalUrl().toString(), "--username", sim.username(),
                "--cacert", caFile.toString()));
        return args.toArray(String[]::new);
    }

    /** {@code command} against the simulator's portal flow. */
    String[] portal(String command, String... more) {
        return args("portal", command, more);
    }

    /** {@code command} against the simulator's official API. */
    String[] official(String command, String... more) {
        return args("official", command, more);
    }

    /** Runs a command line in virtual time, the password in SMT_PASSWORD, relative paths in the test's folder. */
    CliRun run(String... args) {
        return CliRun.run(this::environment, args);
    }

    void environment(Environment.Builder b) {
        b.variables(variables).clock(clock).sleeper(clock::advance).currentDirectory(dir);
    }

    List<RecordedRequest> requests() {
        return sim.requests();
    }

    long count(String path) {
        return sim.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    @Override
    public void close() {
        sim.close();
    }
}
