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

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;

/**
 * Turns results into comparable text: values by number (1.50 equals 1.5), without revision times (whose precision
 * is itself a shape variant).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class ShapeComparison {

    private ShapeComparison() {
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static List<String> intervals(IntervalData data) {
        return data.readings().stream().map(ShapeComparison::interval).toList();
    }

    private static String interval(IntervalReading r) {
        return r.start() + "/" + r.end() + " " + r.kind() + " " + r.quality() + " " + number(r.kwh());
    }

    static List<String> daily(List<DailyRead> reads) {
        return reads.stream().map(
                d -> d.day() + " " + number(d.kwh()) + " " + orDash(d.startReading()) + " " + orDash(d.endReading()))
                .toList();
    }

    private static String orDash(@Nullable BigDecimal value) {
        return value == null ? "-" : number(value);
    }

    static List<String> monthly(List<MonthlyUsage> months) {
        return months.stream().map(m -> m.start() + ".." + m.end() + " " + number(m.actualKwh())).toList();
    }
}
