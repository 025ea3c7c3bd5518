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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * SMT is down or overloaded for now: HTTP 5xx, a maintenance page, a text/plain answer, a timeout or a
 * dropped connection. Try again later with back-off.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class ServiceUnavailableException extends SmtException {

    private static final long serialVersionUID = 1L;

    /** What kind of unavailability: users see a different description for each. */
    public enum Reason {
        /** HTTP 5xx or a text/plain error page. */
        SERVER_ERROR,
        /** SMT's maintenance page. */
        MAINTENANCE,
        /** No answer within the request timeout. */
        TIMEOUT,
        /** The connection failed or was reset, or the request could not be sent. */
        CONNECTION
    }

    private final Reason reason;

    public ServiceUnavailableException(String message) {
        this(Reason.CONNECTION, message, null);
    }

    public ServiceUnavailableException(String message, @Nullable Throwable cause) {
        this(Reason.CONNECTION, message, cause);
    }

    public ServiceUnavailableException(Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
