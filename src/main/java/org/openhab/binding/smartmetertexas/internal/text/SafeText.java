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
package org.openhab.binding.smartmetertexas.internal.text;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Makes text from outside (SMT's answers, files) harmless where people read it: a terminal, a log line, a thing
 * status, a CSV cell of the command line. Control characters could clear a screen, set a window title or fake output;
 * bidi controls could show text in another order than it is.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SafeText {

    private SafeText() {
    }

    /**
     * The text on one line with every control character visible but inert: TAB, CR and LF become a space, every
     * other C0 character, DEL, C1 and the bidi controls U+202A–U+202E and U+2066–U+2069 a visible escape (a
     * backslash, 'u' and four hex digits, as in Java).
     */
    public static String printable(@Nullable String text) {
        if (text == null) {
            return "";
        }
        int i = 0;
        int n = text.length();
        while (i < n && !isUnsafe(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                out.append(c);
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /** True for a character {@link #printable} changes. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
