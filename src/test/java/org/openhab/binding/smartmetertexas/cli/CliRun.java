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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Test helper: one in-process run of the command line with captured stdout and stderr.
 *
 * @param exitCode what {@link Main#run} returned
 * @param out everything written to stdout
 * @param err everything written to stderr
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code args} in an environment the {@code setup} completes (streams are set here). */
    static CliRun run(Consumer<Environment.Builder> setup, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Environment.Builder builder = Environment.builder(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        setup.accept(builder);
        int code = Main.run(args, builder.build());
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs without SMT: no password, no prompt, the real clock. */
    static CliRun run(String... args) {
        return run(b -> {
        }, args);
    }

    /** stdout's lines. */
    List<String> outLines() {
        return out.lines().toList();
    }

    /** Everything the user saw, for "never shows the password" checks. */
    String all() {
        return out + err;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
}
