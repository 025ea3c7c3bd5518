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
package org.openhab.binding.smartmetertexas.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Splits an OSGi manifest header such as Import-Package into its clauses (package name to attribute text), respecting
 * quoted version ranges that contain commas.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class OsgiHeader {

    private OsgiHeader() {
    }

    public static Map<String, String> clauses(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String clause : splitOutsideQuotes(header)) {
            int semicolon = clause.indexOf(';');
            String name = (semicolon < 0 ? clause : clause.substring(0, semicolon)).strip();
            result.put(name, semicolon < 0 ? "" : clause.substring(semicolon + 1).strip());
        }
        return result;
    }

    private static List<String> splitOutsideQuotes(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }
}
