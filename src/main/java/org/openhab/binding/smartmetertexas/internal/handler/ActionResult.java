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
 * What a rule or console command gets back at once; the data itself arrives on the channels.
 *
 * @param status REQUESTED, IN_PROGRESS, LIMIT or REFUSED
 * @param message words for people
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record ActionResult(String status, String message) {

    public static final String REQUESTED = "REQUESTED";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String LIMIT = "LIMIT";
    public static final String REFUSED = "REFUSED";

    public static ActionResult requested(String message) {
        return new ActionResult(REQUESTED, message);
    }

    public static ActionResult refused(String message) {
        return new ActionResult(REFUSED, message);
    }

    /** "STATUS: message", the form rules get. */
    @Override
    public String toString() {
        return message.isEmpty() ? status : status + ": " + message;
    }
}
