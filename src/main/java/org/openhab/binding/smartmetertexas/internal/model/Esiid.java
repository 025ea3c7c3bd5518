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
package org.openhab.binding.smartmetertexas.internal.model;

import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An Electric Service Identifier: the number that names one meter's service point in Texas.
 *
 * @param value 17 to 22 digits, nothing else
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record Esiid(String value) {

    private static final Pattern DIGITS = Pattern.compile("\\d{17,22}");

    public Esiid {
        if (!DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("An ESIID has 17 to 22 digits, got '" + value + "'");
        }
    }

    /** Accepts what people paste or spreadsheets write: surrounding spaces and a leading apostrophe. */
    public static Esiid parse(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("'")) {
            trimmed = trimmed.substring(1).strip();
        }
        return new Esiid(trimmed);
    }

    @Override
    public String toString() {
        return value;
    }
}
