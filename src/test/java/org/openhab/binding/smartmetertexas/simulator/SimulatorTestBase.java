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
package org.openhab.binding.smartmetertexas.simulator;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * A simulator ({@link SimulatorHarness}) started before each test on a manual clock, with a plain test client that
 * trusts only its CA, and closed after it. A test may start it again with a configuration of its own.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class SimulatorTestBase {

    protected final ManualClock clock;
    private @Nullable SimulatorHarness simulator;
    private @Nullable TestClient client;

    protected SimulatorTestBase(Instant start) {
        clock = new ManualClock(start);
    }

    /** The simulator's configuration; the clock is set afterwards. */
    protected SimulatorConfig.Builder config() {
        return SimulatorConfig.builder();
    }

    @BeforeEach
    void startSimulator() throws Exception {
        start(config());
    }

    /** Starts the simulator with {@code config} (the clock is set here), closing the one running. */
    protected void start(SimulatorConfig.Builder config) throws Exception {
        stopSimulator();
        SimulatorHarness started = SimulatorHarness.start(clock, config);
        simulator = started;
        client = new TestClient(started.sim);
    }

    @AfterEach
    void stopSimulator() {
        SimulatorHarness running = simulator;
        if (running != null) {
            running.close();
            simulator = null;
        }
    }

    protected SmtSimulator sim() {
        SimulatorHarness running = simulator;
        assertNotNull(running);
        return running.sim;
    }

    protected TestClient client() {
        TestClient c = client;
        assertNotNull(c);
        return c;
    }
}
