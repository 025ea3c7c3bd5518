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
import org.openhab.binding.smartmetertexas.internal.api.SmtException;

/**
 * One command of the command line.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
interface Command {

    /** The word that selects the command. */
    String name();

    /** What it does, in one line for the command list. */
    String summary();

    /** Its arguments, for the usage line (e.g. "ESIID --from DATE [--to DATE] [--out FILE]"). */
    String synopsis();

    /** What it does, a few lines for {@code COMMAND --help}. */
    String description();

    /** Options that take a value. */
    Set<String> options();

    /** Options without a value. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Runs the command; returns the exit code. */
    int run(Arguments args, Environment env) throws UsageException, SmtException, IOException, InterruptedException;
}
