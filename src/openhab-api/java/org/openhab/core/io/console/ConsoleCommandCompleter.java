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
package org.openhab.core.io.console;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB's {@code ConsoleCommandCompleter}: proposes completions for a console command's arguments.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public interface ConsoleCommandCompleter {

    /**
     * Adds the completions of the argument under the cursor to {@code candidates}.
     *
     * @param args the arguments typed so far (without the command itself)
     * @param cursorArgumentIndex the index of the argument under the cursor
     * @param cursorPosition the cursor position within that argument
     * @param candidates receives the completions
     * @return whether there is at least one completion
     */
    boolean complete(String[] args, int cursorArgumentIndex, int cursorPosition, List<String> candidates);
}
