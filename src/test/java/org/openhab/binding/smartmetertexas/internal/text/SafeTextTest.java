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

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Text from SMT reaches a terminal, a log line or a status only without control characters (the command line's CSV
 * cells: CsvRowsTest).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SafeTextTest {

    /** ESC (clear screen, set the title), BEL, NUL, DEL, a C1 CSI, and every bidi control. */
    static final String HOSTILE = "a\u001b[2J\u001b]0;owned\u0007b\u0000c\u007fd\u009be\u202ef\u2066g\u2069h\u202ai";

    @Test
    void printableHasNoControlCharacterLeft() {
        String shown = SafeText.printable(HOSTILE + "\r\nnext\tline");
        assertTrue(shown.chars().noneMatch(c -> SafeText.isUnsafe((char) c)), shown);
        assertTrue(shown.chars().noneMatch(Character::isISOControl), shown);
        assertEquals(
                "a\\u001B[2J\\u001B]0;owned\\u0007b\\u0000c\\u007Fd\\u009Be\\u202Ef\\u2066g\\u2069h\\u202Ai  next line",
                shown);
        assertEquals("Zürich, 5 €", SafeText.printable("Zürich, 5 €"), "ordinary text stays as it is");
        assertEquals("", SafeText.printable(null));
    }

    @Test
    void shortTextAndTextStartingWithAControlCharacterAreEscapedToo() {
        assertEquals("", SafeText.printable(""));
        assertEquals("\\u0007a", SafeText.printable("\u0007a"));
        assertEquals("a\\u0007", SafeText.printable("a\u0007"));
    }

    @Test
    void theEdgesOfTheControlRangesAreExact() {
        assertEquals("\\u001F \\u009F\u00a0~", SafeText.printable("\u001f \u009f\u00a0~"));
        assertEquals("\u2029\\u202A\\u202E\u202f\u2065\\u2066\\u2069\u206a",
                SafeText.printable("\u2029\u202a\u202e\u202f\u2065\u2066\u2069\u206a"));
    }
}
