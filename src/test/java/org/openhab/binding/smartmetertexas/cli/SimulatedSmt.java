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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * Test fixture: the simulator on a virtual clock ({@link SimulatorHarness}), and command lines run in-process against
 * it over real TLS (trusting its CA through --cacert). The request policy's waits move the virtual clock, so they
 * cost no real time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimulatedSmt implements AutoCloseable {

    static final Instant START = SimulatorHarness.START;
    static final LocalDate TODAY = SimulatorHarness.TODAY;
    static final LocalDate YESTERDAY = SimulatorHarness.YESTERDAY;

    final SimulatorHarness smt;
    final ManualClock clock;
    final SmtSimulator sim;
    final Path dir;
    final Path caFile;
    final Map<String, String> variables = new HashMap<>();

    private SimulatedSmt(SimulatorHarness smt, Path dir, Path caFile) {
        this.smt = smt;
        this.clock = smt.clock;
        this.sim = smt.sim;
        this.dir = dir;
        this.caFile = caFile;
        variables.put(SmtConnection.PASSWORD_VARIABLE, sim.password());
    }

    static SimulatedSmt start(Path dir) throws Exception {
        return start(dir, c -> {
        });
    }

    static SimulatedSmt start(Path dir, Consumer<SimulatorConfig.Builder> simulator) throws Exception {
        SimulatorHarness smt = SimulatorHarness.start(simulator);
        try {
            return new SimulatedSmt(smt, dir, smt.writeCaCertificate(dir));
        } catch (IOException e) {
            smt.close();
            throw e;
        }
    }

    String household() {
        return smt.household().value();
    }

    String solar() {
        return smt.solar().value();
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
        return smt.requests();
    }

    long count(String path) {
        return smt.count(path);
    }

    @Override
    public void close() {
        smt.close();
    }
}
