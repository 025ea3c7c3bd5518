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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The ways SMT has been seen to misbehave; set per {@link Endpoint} through {@link SimulatorControl}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Fault {
    /** HTTP 401 (as if the token had expired). */
    HTTP_401,
    /** HTTP 403 with an Akamai-style "Access Denied" HTML page. */
    FORBIDDEN_HTML,
    /** HTTP 404 with an HTML page. */
    NOT_FOUND,
    /** HTTP 500 {"error":"Something went wrong"}. */
    HTTP_500,
    /** HTTP 503 with a text/plain body. */
    UNAVAILABLE_TEXT,
    /** HTTP 200 with a text/html maintenance page. */
    MAINTENANCE_HTML,
    /** The normal answer, but only after {@link SimulatorControl#slowDelay(java.time.Duration)} (real time). */
    SLOW,
    /** Never answers; the exchange ends when the client gives up or the simulator closes. */
    TIMEOUT,
    /** The TCP connection is reset (RST) instead of answering. */
    CONNECTION_RESET,
    /** HTTP 200, application/json, but the JSON is cut off. */
    MALFORMED_JSON,
    /** HTTP 200 {"errorCode":"1","errorMessage":"No data received from the respective TDSP"}. */
    ERROR_CODE_1,
    /** On an ODR request endpoint: the read requested ends FAILED; on a status endpoint: the status shows FAILED. */
    ODR_FAILED,
    /** Like {@link #ODR_FAILED} with T-FAILED. */
    ODR_T_FAILED,
    /** On an ODR request endpoint: the read never completes; on a status endpoint: the status shows pending. */
    ODR_STUCK_PENDING,
    /** HTTP 200 with a huge (default 50 MB) valid-looking JSON answer, streamed. */
    OVERSIZED_BODY,
    /**
     * HTTP 429 Too Many Requests, with the Retry-After of {@link SimulatorControl#retryAfter(String)} (default 120
     * seconds; none when set to null).
     */
    TOO_MANY_REQUESTS,
    /**
     * On a reused keep-alive connection: the connection is closed without an answer, as when a server's idle
     * timeout ends just as the request comes (the client sees the connection end before any answer). On a fresh
     * connection: the normal answer.
     */
    STALE_KEEP_ALIVE,
    /**
     * HTTP 500 whose JSON body echoes the request, its body and headers (Authorization included), as a server's
     * debug error page may; written by Gson's default (HTML-safe) escaping.
     */
    ECHO_REQUEST,
    /** SMT's answer to an ESIID that is not on the account (the simulator's own wording, as for a real one). */
    ESIID_NOT_ON_ACCOUNT,
    /** SMT's answer to a meter number that does not belong to the ESIID. */
    METER_NUMBER_NOT_OF_ESIID,
    /** SMT's answer to a requester type it does not take. */
    REQUESTER_TYPE_REFUSED
}
