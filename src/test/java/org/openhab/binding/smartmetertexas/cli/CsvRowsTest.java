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

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.text.CsvLines;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;

/**
 * Text from SMT reaches a CSV cell of the command line only without control characters, and never starts like a
 * formula.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CsvRowsTest {

    /** ESC (clear screen, set the title), BEL, NUL, DEL, a C1 CSI, and every bidi control. */
    static final String HOSTILE = "a\u001b[2J\u001b]0;owned\u0007b\u0000c\u007fd\u009be\u202ef\u2066g\u2069h\u202ai";

    @Test
    void csvCellsNeverStartLikeAFormula() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1",
                "  =1+1")) {
            String cell = CsvRows.csvCell(formula);
            assertTrue(cell.startsWith("\"'"), "quoted and prefixed: " + cell);
            assertTrue(cell.endsWith("\""), cell);
            assertTrue(cell.chars().noneMatch(c -> c < 0x20), "no TAB, CR or LF in a cell: " + cell);
            List<String> read = CsvLines.split(cell);
            assertEquals(1, read.size(), cell);
            assertTrue(read.get(0).startsWith("'"), "a spreadsheet shows it as text: " + read.get(0));
        }
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvRows.csvCell("=HYPERLINK(\"http://x\")"));
        assertEquals("123 MAIN ST", CsvRows.csvCell("123 MAIN ST"));
        assertEquals("\"A, B\"", CsvRows.csvCell("A, B"));
        assertEquals("two lines", CsvRows.csvCell("two\nlines"));
        assertEquals("", CsvRows.csvCell(""));
        String hostile = CsvRows.csvCell(HOSTILE);
        assertTrue(hostile.chars().noneMatch(c -> SafeText.isUnsafe((char) c)), hostile);
    }
}
