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

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The exact limits of the JSON reader (the hostile answers themselves: BoundedJsonHostileTest): what is just inside
 * a limit is read, what is just outside is refused with a message that says why.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class BoundedJsonLimitsTest {

    @Test
    void sixtyFourLevelsAreReadAndSixtyFiveRefused() throws Exception {
        assertEquals(BigDecimal.ONE, innermost(BoundedJson.parse("[".repeat(64) + "1" + "]".repeat(64)), 64));
        MalformedAnswerException arrays = assertThrows(MalformedAnswerException.class,
                () -> BoundedJson.parse("[".repeat(65) + "1" + "]".repeat(65)));
        assertEquals("JSON nests deeper than 64 levels", arrays.getMessage());
        MalformedAnswerException objects = assertThrows(MalformedAnswerException.class,
                () -> BoundedJson.parse("{\"a\":".repeat(65) + "1" + "}".repeat(65)));
        assertEquals("JSON nests deeper than 64 levels", objects.getMessage());
    }

    private static BigDecimal innermost(com.google.gson.JsonElement element, int levels) {
        com.google.gson.JsonElement e = element;
        for (int i = 0; i < levels; i++) {
            e = e.getAsJsonArray().get(0);
        }
        return e.getAsBigDecimal();
    }

    @Test
    void numbersUpToOneHundredCharactersAndExponentThreeHundredAreRead() throws Exception {
        String hundred = "7".repeat(100);
        assertEquals(0, new BigDecimal(hundred).compareTo(first("[" + hundred + "]")));
        MalformedAnswerException tooLong = assertThrows(MalformedAnswerException.class,
                () -> BoundedJson.parse("[" + hundred + "0]"));
        assertTrue(tooLong.getMessage().startsWith("JSON number too long"), tooLong.getMessage());

        assertEquals(0, new BigDecimal("1E+300").compareTo(first("[1e300]")));
        assertEquals(0, new BigDecimal("100000")
                .compareTo(BoundedJson.parse("[1e5]").getAsJsonArray().get(0).getAsBigDecimal()));
        assertEquals(0, new BigDecimal("0.00001").compareTo(first("[1E-5]")));
        MalformedAnswerException outOfRange = assertThrows(MalformedAnswerException.class,
                () -> BoundedJson.parse("[1e301]"));
        assertEquals("JSON number out of range: '1e301'", outOfRange.getMessage());
    }

    private static BigDecimal first(String list) throws MalformedAnswerException {
        return BoundedJson.parse(list).getAsJsonArray().get(0).getAsBigDecimal();
    }

    @Test
    void aJsonNullAnswerIsJsonNull() throws Exception {
        assertTrue(BoundedJson.parse("null").isJsonNull());
        assertTrue(BoundedJson.parse("[null]", o -> true).getAsJsonArray().get(0).isJsonNull());
    }

    @Test
    void anHtmlPageIsNamedByItsTitle() {
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> BoundedJson.parse("<title> Down for maintenance </title><p>back soon</p>"));
        assertEquals("HTML instead of JSON ('Down for maintenance')", e.getMessage());
        MalformedAnswerException untitled = assertThrows(MalformedAnswerException.class,
                () -> BoundedJson.parse("<html></title><title>"));
        assertEquals("HTML instead of JSON", untitled.getMessage());
    }

    @Test
    void aReaderFailingWithoutMessageIsNamedByItsKind() {
        Reader failing = new Reader() {
            @Override
            @NonNullByDefault({})
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException();
            }

            @Override
            public void close() {
            }
        };
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> BoundedJson.parse(failing));
        assertEquals("Broken JSON: IOException", e.getMessage());
    }
}
