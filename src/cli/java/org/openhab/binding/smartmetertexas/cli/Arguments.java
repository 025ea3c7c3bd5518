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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;

/**
 * One command's arguments: positional values and {@code --name value} / {@code --name=value} options, checked
 * against what the command accepts. Plain Java on purpose (no argument library in the jar).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class Arguments {

    private final String command;
    private final List<String> positional;
    private final Map<String, String> options;
    private final Set<String> flags;

    private Arguments(String command, List<String> positional, Map<String, String> options, Set<String> flags) {
        this.command = command;
        this.positional = positional;
        this.options = options;
        this.flags = flags;
    }

    /**
     * Splits {@code args} (without the command name) into positional values, options that take a value and flags.
     *
     * @throws UsageException for an option the command does not know, a missing value or a repeated option
     */
    static Arguments parse(String command, List<String> args, Set<String> valueOptions, Set<String> knownFlags)
            throws UsageException {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositional || !arg.startsWith("-") || "-".equals(arg)) {
                positional.add(arg);
                continue;
            }
            if ("--".equals(arg)) {
                onlyPositional = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw unknown(command, arg);
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if ("--password".equals(name)) {
                throw new UsageException("the password is never given as an argument (it would show in the process "
                        + "list and the shell history): set the environment variable SMT_PASSWORD, or leave it unset "
                        + "to be asked");
            }
            if (knownFlags.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                flags.add(name);
                continue;
            }
            if (!valueOptions.contains(name)) {
                throw unknown(command, name);
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(name + " needs a value");
                }
                value = args.get(++i);
            }
            if (options.put(name, value) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        return new Arguments(command, List.copyOf(positional), options, flags);
    }

    private static UsageException unknown(String command, String option) {
        return new UsageException("'" + command + "' has no option " + option);
    }

    String command() {
        return command;
    }

    List<String> positional() {
        return positional;
    }

    /** Exactly {@code count} positional values, or a usage error naming what is expected. */
    List<String> positional(int count, String expected) throws UsageException {
        if (positional.size() < count) {
            throw new UsageException("'" + command + "' needs " + expected);
        }
        if (positional.size() > count) {
            throw new UsageException("'" + command + "' does not know what to do with '" + positional.get(count) + "'");
        }
        return positional;
    }

    @Nullable
    String option(String name) {
        return options.get(name);
    }

    String option(String name, String fallback) {
        String value = options.get(name);
        return value == null ? fallback : value;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** An ISO date option (2026-03-08), or {@code fallback} when absent. */
    @Nullable
    LocalDate date(String name, @Nullable LocalDate fallback) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(name + " wants an ISO date like 2026-03-08, not '" + value + "'");
        }
    }

    /** A non-negative whole number option, or {@code fallback}. */
    int number(String name, int fallback, int max) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > max) {
                throw new UsageException(name + " must be between 0 and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " wants a whole number, not '" + value + "'");
        }
    }

    /** An ESIID (17 to 22 digits) given by the user. */
    static Esiid esiid(String text) throws UsageException {
        try {
            return Esiid.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("an ESIID has 17 to 22 digits, not '" + text + "'");
        }
    }
}
