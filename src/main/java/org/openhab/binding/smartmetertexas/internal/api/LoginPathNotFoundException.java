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
 * The login path answered 404: SMT moved its login (it did in 2024), so the configured path needs a change.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class LoginPathNotFoundException extends SmtException {

    private static final long serialVersionUID = 1L;

    private final String path;

    public LoginPathNotFoundException(String path) {
        super("SMT has no login at " + path + " (HTTP 404): check the login path");
        this.path = path;
    }

    /** The path that answered 404. */
    public String path() {
        return path;
    }
}
