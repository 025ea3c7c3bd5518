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

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Lines and fields of an import file: every line comes back once, the last one also without a line end, and only a
 * line longer than the limit is refused.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CsvLinesTest {

    @Test
    void everyLineComesBackAlsoTheLastWithoutLineEndAndAfterItNothing() throws Exception {
        CsvLines lines = new CsvLines(new StringReader("a\u0000b\r\nlast"));
        assertEquals("a\u0000b", lines.next(), "a NUL character does not end the input");
        assertEquals("last", lines.next());
        assertEquals(2, lines.number());
        assertNull(lines.next());
        assertNull(lines.next());
        assertNull(new CsvLines(new StringReader("")).next());
    }

    @Test
    void aLineOfTheLimitIsKeptAndOneCharacterMoreIsRefusedByNumber() throws Exception {
        String limit = "x".repeat(CsvLines.MAX_LINE_CHARS);
        CsvLines lines = new CsvLines(new StringReader(limit + "\n" + limit + "y\nz\n"));
        List<RejectedPart> rejected = new ArrayList<>();
        assertEquals(limit, lines.nextRow(rejected));
        assertEquals("z", lines.nextRow(rejected));
        assertEquals(List.of(new RejectedPart("line 2", "longer than 4096 characters")), rejected);
        assertNull(lines.nextRow(rejected));
    }

    @Test
    void quotedFieldsEndAtTheLineEndAndKeepDoubledQuotes() {
        assertEquals(List.of("a"), CsvLines.split("\"a\""));
        assertEquals(List.of("say \"hi\"", "x"), CsvLines.split("\"say \"\"hi\"\"\",x"));
    }
}
