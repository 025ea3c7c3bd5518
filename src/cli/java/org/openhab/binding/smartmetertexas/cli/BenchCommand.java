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
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.parse.MalformedAnswerException;

/**
 * {@code bench}: runs {@link ParseBench} (the parsers on two years of one meter) and prints its figures as JSON.
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
        return "measures the parsers on two years of one meter";
    }

    @Override
    public String synopsis() {
        return "[WARMUPS RUNS]";
    }

    @Override
    public String description() {
        return """
                Measures the parsers on two years of one meter (730 days, 70,080 quarter-hours): SMT's RD-string
                JSON and the portal's CSV export. WARMUPS unmeasured runs (default 5), then RUNS measured ones
                (default 11); prints one JSON line with the median time and allocation per parse.""";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public int run(Arguments args, Environment env) throws UsageException, IOException {
        var values = args.positional();
        if (values.size() != 0 && values.size() != 2) {
            throw new UsageException("'bench' takes no arguments or WARMUPS and RUNS");
        }
        int warmups = values.isEmpty() ? 5 : count(values.get(0), "WARMUPS", 0);
        int runs = values.isEmpty() ? 11 : count(values.get(1), "RUNS", 1);
        try {
            env.out().println(ParseBench.run(warmups, runs));
        } catch (MalformedAnswerException e) {
            env.err().println("smt: the parsers rejected the benchmark's own data: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }

    private static int count(String text, String name, int min) throws UsageException {
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > 1000) {
                throw new UsageException(name + " must be between " + min + " and 1000");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " wants a whole number, not '" + text + "'");
        }
    }
}
