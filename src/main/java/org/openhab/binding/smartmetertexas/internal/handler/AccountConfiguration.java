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

/**
 * The account bridge's configuration, as openHAB fills it in by field name.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class AccountConfiguration {
    public String flow = "portal";
    public String username = "";
    public String password = "";
    public String requesterType = "RES";
    public String requesterAuthenticationId = "";
    public String keystorePath = "";
    public String keystorePassword = "";
    public String portalUrl = "https://www.smartmetertexas.com";
    public String apiUrl = "https://services.smartmetertexas.net";
    public String loginPath = "/commonapi/user/authenticate";
}
