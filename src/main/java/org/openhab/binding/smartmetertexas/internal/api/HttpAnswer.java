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
package org.openhab.binding.smartmetertexas.internal.api;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One HTTP answer as it arrived, before anyone decides what it means.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type header, lower case, empty when absent
 * @param body the body as text (at most {@link SmtTransport#MAX_BODY_BYTES} bytes)
 * @param sentAt when the request went out
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record HttpAnswer(int status, String contentType, String body, Instant sentAt) {

    @Override
    public String toString() {
        // The body may hold a token: never print it.
        return "HttpAnswer[status=" + status + ", contentType=" + contentType + ", " + body.length() + " chars]";
    }
}
