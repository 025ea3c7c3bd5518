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
package org.openhab.binding.smartmetertexas.internal.parse;


import java.io.IOException;
import java.io.Reader;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Reads interval data from a file a user supplies, detecting its format from the content.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ImportReader {

    /** Larger files are refused (two years of one meter take a few MB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private ImportReader() {
    }

    /**
     * Detects the format from the content and parses it; rows/days that cannot be trusted are rejected by name
     * while the rest is kept.
     */
    public static ImportResult read(Reader reader) throws IOException, MalformedAnswerException {
        throw new MalformedAnswerException("not implemented yet");
    }
}
