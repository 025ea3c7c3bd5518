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

/**
 * Makes the client of an account's flow over the account's transport (in openHAB: on the bridge's own HTTP client
 * from openHAB's HttpClientFactory, built with {@link SmtTransport#sslContextFactory}). Names no Jetty type: only the
 * transport does.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SmtClients {

    private SmtClients() {
    }

    /**
     * The client of {@code settings.flow()}, sharing the transport's request policy and sleeper. Use one policy per
     * account (and a new one after a configuration change: that is what lifts a credentials rejection); the sleeper is
     * real time in openHAB. Several clients in turn may share one transport: it holds no session.
     */
    public static SmtClient create(AccountSettings settings, SmtTransport transport) {
        return switch (settings.flow()) {
            case PORTAL -> new PortalClient(settings, transport, transport.policy());
            case OFFICIAL -> new OfficialClient(settings, transport, transport.policy());
        };
    }
}
