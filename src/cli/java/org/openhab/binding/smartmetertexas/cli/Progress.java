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

import java.io.PrintStream;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, one line per step otherwise (logs, pipes, tests).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class Progress {

    private static final int WIDTH = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final boolean bars;
    private int lastLength;
    private boolean barOpen;

    Progress(PrintStream err, boolean terminal) {
        this(err, terminal, true);
    }

    private Progress(PrintStream err, boolean terminal, boolean bars) {
        this.err = err;
        this.terminal = terminal;
        this.bars = bars;
    }

    /** The same output without bars: for steps inside a bigger step that has its own bar. */
    Progress notesOnly() {
        return new Progress(err, terminal, false);
    }

    /** Shows {@code done} of {@code total} steps with a label and what is happening now. */
    void bar(String label, int done, int total, String detail) {
        if (!bars) {
            return;
        }
        int filled = total <= 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        StringBuilder line = new StringBuilder(label.length() + detail.length() + WIDTH + 16);
        line.append(label).append(" [");
        for (int i = 0; i < WIDTH; i++) {
            line.append(i < filled ? '#' : '.');
        }
        line.append("] ").append(done).append('/').append(total);
        if (!detail.isEmpty()) {
            line.append(' ').append(detail);
        }
        if (terminal) {
            String text = line.toString();
            err.print('\r' + text + " ".repeat(Math.max(0, lastLength - text.length())));
            lastLength = text.length();
            barOpen = true;
            if (done >= total) {
                endBar();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** A line of its own (closing an open bar first). */
    void note(String text) {
        endBar();
        err.println(text);
        err.flush();
    }

    /** Ends an open bar line. */
    void endBar() {
        if (barOpen) {
            err.println();
            barOpen = false;
            lastLength = 0;
        }
    }
}
