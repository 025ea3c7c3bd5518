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


import java.io.IOException;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;

/**
 * The project's own CSV: header {@code esiid,start,end,kwh,kind,quality}; start/end ISO-8601 with the Central
 * offset of that instant (e.g. 2025-11-02T01:00-06:00), kwh plain decimal, kind consumption|generation, quality
 * actual|estimated.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class IntervalCsv {

    public static final String HEADER = "esiid,start,end,kwh,kind,quality";

    private IntervalCsv() {
    }

    /** Writes one row per reading (no header). */
    public static void write(Appendable out, @Nullable Esiid esiid, List<IntervalReading> readings)
            throws IOException {
        for (IntervalReading reading : readings) {
            out.append(row(esiid, reading)).append('\n');
        }
    }

    /** One row, without line end. */
    public static String row(@Nullable Esiid esiid, IntervalReading reading) {
        return "";
    }
}
