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
package org.openhab.binding.smartmetertexas.internal.answer;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The official API's access token and how long SMT says it lives.
 *
 * @param accessToken the bearer token (never log it)
 * @param expiresIn lifetime from the moment SMT answered
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record OfficialToken(String accessToken, Duration expiresIn) {

    @Override
    public String toString() {
        return "OfficialToken[accessToken=***, expiresIn=" + expiresIn + "]";
    }
}
