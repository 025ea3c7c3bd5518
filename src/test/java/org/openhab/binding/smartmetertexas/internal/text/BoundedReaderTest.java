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
import java.io.StringReader;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * An import reads up to its limit exactly, and one character more fails as "too large".
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class BoundedReaderTest {

    @Test
    void exactlyTheLimitIsReadAndOneMoreFails() throws Exception {
        char[] buffer = new char[10];
        BoundedReader exact = new BoundedReader(new StringReader("abcde"), 5);
        assertEquals(5, exact.read(buffer, 0, 10));
        assertEquals(-1, exact.read(buffer, 0, 10));
        assertFalse(exact.limitPassed());

        BoundedReader over = new BoundedReader(new StringReader("abcdef"), 5);
        assertThrows(IOException.class, () -> over.read(buffer, 0, 10));
        assertTrue(over.limitPassed());
    }

    @Test
    void closingClosesTheFile() throws Exception {
        StringReader in = new StringReader("abc");
        new BoundedReader(in, 5).close();
        assertThrows(IOException.class, in::read);
    }
}
