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
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;

/**
 * Makes the client of an account's flow over an HTTP client the caller owns (in openHAB: the bridge's own
 * client from openHAB's HttpClientFactory, built with {@link SmtTransport#sslContextFactory}).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SmtClients {

    private SmtClients() {
    }

    /**
     * The client of {@code settings.flow()}. Use one policy per account (and a new one after a configuration
     * change: that is what lifts a credentials rejection); {@code sleeper} is real time in openHAB.
     */
    public static SmtClient create(AccountSettings settings, HttpClient httpClient, RequestPolicy policy,
            Sleeper sleeper) {
        SmtTransport transport = new SmtTransport(httpClient, policy, sleeper, settings.requestTimeout());
        return switch (settings.flow()) {
            case PORTAL -> new PortalClient(settings, transport, policy);
            case OFFICIAL -> new OfficialClient(settings, transport, policy);
        };
    }
}
