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

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * {@code bench}: runs {@link Bench} (what the binding costs SMT and the machine, against the floor; see
 * doc/performance.md) and prints its figures as one JSON line.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "what the binding costs SMT and the machine, as one JSON line (doc/performance.md)";
    }

    @Override
    public String synopsis() {
        return "[BUNDLE_JAR]";
    }

    @Override
    public String description() {
        return """
                Runs the binding's own request policy, planner and client against the simulator in virtual time
                and prints one JSON line: requests per meter-day and for a 730-day backfill against their floors,
                the same with status polls every 15 s for comparison, the parse time of 70,080 intervals, the
                time to price them (730 days) under 10 plans, and the bundle's size (BUNDLE_JAR, default the
                add-on jar beside this one). doc/performance.md explains the figures. Takes about 15 seconds.""";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public int run(Arguments args, Environment env) throws UsageException {
        List<String> values = args.positional();
        if (values.size() > 1) {
            throw new UsageException("'bench' takes at most one argument, the BUNDLE_JAR");
        }
        try {
            env.out().println(Bench.run(values.isEmpty() ? null : env.resolve(values.get(0))).json());
            return ExitCode.OK;
        } catch (Exception e) {
            env.err().println("smt: the benchmark failed: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
