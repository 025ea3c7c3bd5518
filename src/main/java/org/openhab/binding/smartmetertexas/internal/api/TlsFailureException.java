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
 * The TLS connection to SMT failed (certificate chain not trusted, host name mismatch, client certificate
 * refused). Verification is never switched off: the trust store or the client keystore needs a fix.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class TlsFailureException extends SmtException {

    private static final long serialVersionUID = 1L;

    private final String host;

    public TlsFailureException(String host, String detail, @Nullable Throwable cause) {
        super("TLS connection to " + host + " failed: " + detail, cause);
        this.host = host;
    }

    /** The host whose TLS connection failed. */
    public String host() {
        return host;
    }
}
