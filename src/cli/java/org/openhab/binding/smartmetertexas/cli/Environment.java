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

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;

/**
 * Everything a command touches outside itself: output streams, environment variables, the password prompt, the
 * clock and the way to wait, the current directory, and how {@code simulate} waits to be stopped. {@link #system()}
 * is the real one; tests build their own, so each command runs in-process against the simulator in virtual time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Environment {

    /** Asks the user for a password without echo; null when nobody can be asked. */
    @FunctionalInterface
    public interface PasswordPrompt {
        char @Nullable [] readPassword(String prompt);
    }

    /** What {@code simulate} does once the simulator runs: wait until the user stops it. */
    @FunctionalInterface
    public interface StopSignal {
        void awaitStop(SmtSimulator simulator) throws InterruptedException;
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> variables;
    private final PasswordPrompt prompt;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Path currentDirectory;
    private final boolean terminal;
    private final StopSignal stopSignal;
    private final Consumer<SmtSimulator> simulatorStarted;

    private Environment(Builder b) {
        this.out = b.out;
        this.err = b.err;
        this.variables = Map.copyOf(b.variables);
        this.prompt = b.prompt;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.currentDirectory = b.currentDirectory;
        this.terminal = b.terminal;
        this.stopSignal = b.stopSignal;
        this.simulatorStarted = b.simulatorStarted;
    }

    /** The real environment: System streams (UTF-8), real time, the console for the password. */
    public static Environment system() {
        Console console = System.console();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return builder(out, err).variables(System.getenv()).prompt(prompt -> {
            Console c = System.console();
            return c == null ? null : c.readPassword("%s", prompt);
        }).clock(Clock.systemUTC()).sleeper(Sleeper.SYSTEM).currentDirectory(Path.of("").toAbsolutePath())
                .terminal(console != null).stopSignal(SmtSimulator::join).build();
    }

    public static Builder builder(PrintStream out, PrintStream err) {
        return new Builder(out, err);
    }

    /** Where results go (CSV, summaries). */
    public PrintStream out() {
        return out;
    }

    /** Where progress, warnings and errors go. */
    public PrintStream err() {
        return err;
    }

    /** An environment variable, or null. */
    public @Nullable String variable(String name) {
        return variables.get(name);
    }

    public PasswordPrompt prompt() {
        return prompt;
    }

    /** "Now" for the request policy and for default dates. */
    public Clock clock() {
        return clock;
    }

    /** How the request policy waits: real time, or a virtual clock's advance in tests. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** Resolves a path the user gave against the current directory. */
    public Path resolve(String path) {
        return currentDirectory.resolve(path).normalize();
    }

    /** Whether stderr is a terminal (progress bars then redraw one line). */
    public boolean terminal() {
        return terminal;
    }

    public StopSignal stopSignal() {
        return stopSignal;
    }

    /** Tells whoever wants to know (tests) that a command started a simulator. */
    void simulatorStarted(SmtSimulator simulator) {
        simulatorStarted.accept(simulator);
    }

    /** Builds an {@link Environment}; the defaults suit tests: no variables, no prompt, real clock. */
    public static final class Builder {
        private final PrintStream out;
        private final PrintStream err;
        private Map<String, String> variables = Map.of();
        private PasswordPrompt prompt = p -> null;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Path currentDirectory = Path.of("").toAbsolutePath();
        private boolean terminal;
        private StopSignal stopSignal = SmtSimulator::join;
        private Consumer<SmtSimulator> simulatorStarted = s -> {
        };

        private Builder(PrintStream out, PrintStream err) {
            this.out = out;
            this.err = err;
        }

        public Builder variables(Map<String, String> value) {
            variables = value;
            return this;
        }

        public Builder prompt(PasswordPrompt value) {
            prompt = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder sleeper(Sleeper value) {
            sleeper = value;
            return this;
        }

        public Builder currentDirectory(Path value) {
            currentDirectory = value.toAbsolutePath();
            return this;
        }

        public Builder terminal(boolean value) {
            terminal = value;
            return this;
        }

        public Builder stopSignal(StopSignal value) {
            stopSignal = value;
            return this;
        }

        public Builder simulatorStarted(Consumer<SmtSimulator> value) {
            simulatorStarted = value;
            return this;
        }

        public Environment build() {
            return new Environment(this);
        }
    }
}
