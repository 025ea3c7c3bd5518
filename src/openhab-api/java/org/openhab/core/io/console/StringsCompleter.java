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

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB's {@code StringsCompleter}: completes an argument from a fixed set of words. Each completion
 * ends with a space.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class StringsCompleter implements ConsoleCommandCompleter {

    private final SortedSet<String> strings;
    private final boolean caseSensitive;

    /** A case-insensitive completer without words yet (add them to {@link #getStrings()}). */
    public StringsCompleter() {
        this(List.of(), false);
    }

    public StringsCompleter(Collection<String> strings, boolean caseSensitive) {
        this.strings = caseSensitive ? new TreeSet<>() : new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        this.strings.addAll(strings);
        this.caseSensitive = caseSensitive;
    }

    /** The words, live: changes apply to later completions. */
    public SortedSet<String> getStrings() {
        return strings;
    }

    @Override
    public boolean complete(String[] args, int cursorArgumentIndex, int cursorPosition, List<String> candidates) {
        String typed = "";
        if (cursorArgumentIndex >= 0 && cursorArgumentIndex < args.length) {
            String argument = args[cursorArgumentIndex];
            typed = argument.substring(0, Math.min(cursorPosition, argument.length()));
        }
        String prefix = caseSensitive ? typed : typed.toLowerCase(Locale.ROOT);
        boolean found = false;
        for (String candidate : strings.tailSet(typed)) {
            String comparable = caseSensitive ? candidate : candidate.toLowerCase(Locale.ROOT);
            if (!comparable.startsWith(prefix)) {
                break;
            }
            candidates.add(candidate + " ");
            found = true;
        }
        return found;
    }
}
