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

import java.io.IOException;
import java.io.Reader;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Passes a reader through until a number of characters has been read, then fails with an IOException and
 * {@link #limitPassed()}: an import never holds more than its limit in memory.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BoundedReader extends Reader {

    private final Reader in;
    private final long limit;
    private long count;
    private boolean limitPassed;

    public BoundedReader(Reader in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    @NonNullByDefault({})
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            if (count > limit) {
                limitPassed = true;
                throw new IOException("input too large");
            }
        }
        return n;
    }

    /** Whether a read failed because it passed the limit (the input is too large, not broken). */
    public boolean limitPassed() {
        return limitPassed;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
