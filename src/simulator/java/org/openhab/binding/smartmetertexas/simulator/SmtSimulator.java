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

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A Smart Meter Texas look-alike: HTTPS on 127.0.0.1 serving the portal flow and the official API
 * as PROTOCOL.md describes them, with synthetic meters, limits and faults.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SmtSimulator implements AutoCloseable {

    private SmtSimulator() {
    }

    /** Starts a simulator; returns once it accepts connections. */
    public static SmtSimulator start(SimulatorConfig config) throws Exception {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Base URL of the portal paths (/commonapi/..., /api/...), e.g. https://127.0.0.1:PORT. */
    public URI portalUrl() {
        throw new UnsupportedOperationException();
    }

    /** Base URL of the official paths (/v2/...); the same server as {@link #portalUrl()}. */
    public URI officialUrl() {
        throw new UnsupportedOperationException();
    }

    public String username() {
        throw new UnsupportedOperationException();
    }

    public String password() {
        throw new UnsupportedOperationException();
    }

    /** A trust store (PKCS12, no password needed to read) holding only the simulator's CA certificate. */
    public KeyStore trustStore() {
        throw new UnsupportedOperationException();
    }

    /** The CA certificate as PEM. */
    public String caCertificatePem() {
        throw new UnsupportedOperationException();
    }

    /** Writes the CA certificate as PEM to the file and returns it. */
    public Path writeCaCertificate(Path file) throws IOException {
        throw new UnsupportedOperationException();
    }

    /** Every request received so far, oldest first. */
    public List<RecordedRequest> requests() {
        throw new UnsupportedOperationException();
    }

    public void clearRequests() {
        throw new UnsupportedOperationException();
    }

    public SimulatorControl control() {
        throw new UnsupportedOperationException();
    }

    /** The ESIIDs of the synthetic meters, in configuration order. */
    public List<String> esiids() {
        throw new UnsupportedOperationException();
    }

    /** Stops the server and every thread it started; pending (TIMEOUT) exchanges are cut. */
    @Override
    public void close() {
    }
}
