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
package org.openhab.binding.smartmetertexas.simulator;

import java.time.Instant;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One request the simulator received, as it arrived.
 *
 * @param time when it arrived, on the simulator's clock
 * @param method HTTP method
 * @param path the request path as sent (e.g. {@code //commonapi/user/authenticate})
 * @param headers request headers; names lower-case, repeated headers joined with ", "
 * @param body the request body as text (UTF-8)
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record RecordedRequest(Instant time, String method, String path, Map<String, String> headers, String body) {

    /** A header by case-insensitive name, or null when absent. */
    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
