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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * SMT's answer to an on-demand read request (portal /api/ondemandread and official /v2/odr/).
 *
 * @param statusCode "0" accepted, "5031" hourly limit, "5032" daily limit, others refused
 * @param statusReason SMT's text (empty when none)
 * @param correlationId the id to poll the official status with, when SMT gave one
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record OdrRequestAnswer(String statusCode, String statusReason, @Nullable String correlationId) {

    /** SMT accepted the request. */
    public boolean accepted() {
        return "0".equals(statusCode);
    }
}
