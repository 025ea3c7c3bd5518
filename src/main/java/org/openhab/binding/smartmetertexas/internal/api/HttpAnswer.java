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
 * One HTTP answer as it arrived, before anyone decides what it means. Not a record: its {@link #toString()} must
 * never print the body, which may hold a token.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class HttpAnswer {

    private final int status;
    private final String contentType;
    private final String body;
    private final Instant sentAt;

    /**
     * @param status the HTTP status
     * @param contentType the Content-Type header, lower case, empty when absent
     * @param body the body as text (at most {@link SmtTransport#MAX_BODY_BYTES} bytes)
     * @param sentAt when the request went out
     */
    public HttpAnswer(int status, String contentType, String body, Instant sentAt) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.sentAt = sentAt;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
