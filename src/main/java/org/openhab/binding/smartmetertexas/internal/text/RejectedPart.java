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
package org.openhab.binding.smartmetertexas.internal.text;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A piece of an answer or file that could not be trusted and was left out, named so people can find it.
 *
 * @param where e.g. "2025-03-09" or "line 17"
 * @param reason why it was left out
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record RejectedPart(String where, String reason) {

    public RejectedPart {
        // Both may quote the input: printed and logged only as printable text.
        where = SafeText.printable(where);
        reason = SafeText.printable(reason);
    }
}
