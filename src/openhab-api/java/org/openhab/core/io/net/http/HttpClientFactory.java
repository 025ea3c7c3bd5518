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
package org.openhab.core.io.net.http;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Stand-in of openHAB's {@code HttpClientFactory}: creates Jetty HTTP clients set up the openHAB way. The
 * HTTP/2 methods of the real interface are left out (they need a further Jetty jar), so do not implement this
 * interface in production code.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public interface HttpClientFactory {

    /**
     * A new, not yet started client; the caller starts and stops it.
     *
     * @param consumerName names the client's threads; letters, digits, '-' and '_' only, up to 20 characters
     */
    HttpClient createHttpClient(String consumerName);

    /** As {@link #createHttpClient(String)}, with the given TLS set-up ({@code null}: openHAB's default). */
    HttpClient createHttpClient(String consumerName, @Nullable SslContextFactory sslContextFactory);

    /** The shared, started client; never stop it. */
    HttpClient getCommonHttpClient();
}
