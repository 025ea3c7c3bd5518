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
package org.openhab.binding.smartmetertexas.internal.parse;


import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;

/**
 * Reads SMT's RD string (one Central day of 15-minute values, PROTOCOL.md §4) into exact intervals.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RdParser {

    private RdParser() {
    }

    /** Maps one day's RD string to readings; a day whose layout cannot be trusted is rejected as a whole. */
    public static List<IntervalReading> parseDay(LocalDate day, String rd, IntervalKind kind,
            @Nullable Instant revised) throws RejectedDayException {
        throw new RejectedDayException(day, "not implemented yet");
    }
}
