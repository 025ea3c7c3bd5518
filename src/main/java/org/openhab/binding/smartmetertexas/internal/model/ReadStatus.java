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
package org.openhab.binding.smartmetertexas.internal.model;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where an on-demand read stands. {@link #LIMIT} is ours: SMT or our own budget refused the request.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum ReadStatus {
    PENDING,
    COMPLETED,
    FAILED,
    T_FAILED,
    LIMIT;

    /** The text users see on the read-status channel, as SMT spells it (T-FAILED). */
    public String label() {
        return name().replace('_', '-');
    }
}
