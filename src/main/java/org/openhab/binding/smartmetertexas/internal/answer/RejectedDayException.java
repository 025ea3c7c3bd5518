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
package org.openhab.binding.smartmetertexas.internal.answer;

import java.time.LocalDate;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One day's RD string cannot be mapped to instants safely; the message names the date.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class RejectedDayException extends Exception {

    private static final long serialVersionUID = 1L;

    private final LocalDate day;
    private final String reason;

    public RejectedDayException(LocalDate day, String reason) {
        super(day + ": " + reason);
        this.day = day;
        this.reason = reason;
    }

    /** The Central day that was rejected. */
    public LocalDate day() {
        return day;
    }

    /** Why, without the date. */
    public String reason() {
        return reason;
    }
}
