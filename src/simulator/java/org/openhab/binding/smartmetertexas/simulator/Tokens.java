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

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Issues and checks bearer tokens of both flows on the simulator clock; {@link SimulatorControl#expireTokens()}
 * invalidates every token issued before it.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class Tokens {

    enum Kind {
        PORTAL,
        OFFICIAL
    }

    private record Issued(Kind kind, Instant expires, long generation) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    String issue(Kind kind, Instant now, Duration lifetime, long generation) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        // JWT-looking, as both flows hand out JWTs; the content means nothing to clients
        String token = encoder.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes()) + "."
                + encoder.encodeToString(
                        ("{\"kind\":\"" + kind + "\",\"exp\":" + now.plus(lifetime).getEpochSecond() + "}").getBytes())
                + "." + encoder.encodeToString(bytes);
        issued.put(token, new Issued(kind, now.plus(lifetime), generation));
        return token;
    }

    /** Whether the Authorization header carries a live token of this kind. */
    boolean valid(Kind kind, String authorizationHeader, Instant now, long generation) {
        if (!authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        Issued token = issued.get(authorizationHeader.substring(7).trim());
        return token != null && token.kind() == kind && now.isBefore(token.expires())
                && token.generation() == generation;
    }
}
