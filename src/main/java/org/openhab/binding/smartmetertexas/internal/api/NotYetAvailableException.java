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
 * SMT has no data for the request yet (errorCode 1 "No data received from the respective TDSP", or an empty
 * answer): yesterday's data appears between about 09:00 and 15:00 Central.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class NotYetAvailableException extends SmtException {

    private static final long serialVersionUID = 1L;

    public NotYetAvailableException(String message) {
        super(message);
    }
}
