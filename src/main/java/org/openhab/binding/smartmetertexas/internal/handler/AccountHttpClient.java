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
package org.openhab.binding.smartmetertexas.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.smartmetertexas.internal.api.AccountSettings;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.api.SmtTransport;
import org.openhab.binding.smartmetertexas.internal.planning.AccountSession;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;
import org.openhab.core.io.net.http.HttpClientFactory;

/**
 * The account's own HTTP client (so SMT's bot-protection cookies stay with this account): gets it from openHAB's
 * HttpClientFactory on first use, starts it, hands it to the transport, and stops it when the account goes. With
 * {@link SmtTransport}, the only class of the binding that names a Jetty type.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class AccountHttpClient implements AccountSession.Clients {

    private final HttpClientFactory httpClientFactory;
    private final String consumerName;
    private final RequestPolicy policy;
    private final Sleeper sleeper;

    private @Nullable HttpClient httpClient;
    private @Nullable SmtTransport transport;
    private boolean stopped;

    AccountHttpClient(HttpClientFactory httpClientFactory, String thingId, RequestPolicy policy, Sleeper sleeper) {
        this.httpClientFactory = httpClientFactory;
        this.consumerName = consumerName(thingId);
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** A new client on the account's HTTP client, which the first call gets from openHAB and starts. */
    @Override
    public synchronized SmtClient create(AccountSettings settings) throws SmtException {
        if (stopped) {
            throw new SmtException(Failure.CONNECTION, "the account is being disposed");
        }
        SmtTransport current = transport;
        if (current == null) {
            HttpClient http = httpClientFactory.createHttpClient(consumerName,
                    SmtTransport.sslContextFactory(settings.keystorePath(), settings.keystorePassword(), null));
            http.setFollowRedirects(false);
            // Close idle connections before servers do (they keep them 30 s and more): see SmtTransport.IDLE_TIMEOUT.
            long idle = http.getIdleTimeout();
            if (idle <= 0 || idle > SmtTransport.IDLE_TIMEOUT.toMillis()) {
                http.setIdleTimeout(SmtTransport.IDLE_TIMEOUT.toMillis());
            }
            try {
                http.start();
            } catch (Exception e) {
                throw new SmtException(Failure.CONNECTION,
                        "cannot start the HTTP client (" + e.getClass().getSimpleName() + ")");
            }
            httpClient = http;
            current = new SmtTransport(http, policy, sleeper, settings.requestTimeout());
            transport = current;
        }
        return SmtClient.create(settings, current);
    }

    /** Stops the HTTP client for good; a request in flight ends at once. */
    void stop() {
        HttpClient http;
        synchronized (this) {
            stopped = true;
            http = httpClient;
            httpClient = null;
            transport = null;
        }
        if (http != null) {
            SmtTransport.stop(http);
        }
    }

    /** openHAB names the account's Jetty threads after this (4 to 20 letters, digits, - and _). */
    private static String consumerName(String thingId) {
        String id = thingId.replaceAll("[^A-Za-z0-9_-]", "");
        String name = "smt-" + id;
        return name.length() > 20 ? name.substring(0, 20) : name;
    }
}
