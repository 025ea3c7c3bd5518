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
package org.openhab.binding.smartmetertexas.internal.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;

/**
 * Keeps only the Central days that an import covers completely (92, 96 or 100 consumption intervals, by the day's
 * real length), so that importing a file that starts or ends mid-day never replaces a stored day with part of it.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CompleteDays {

    private static final Duration INTERVAL = Duration.ofMinutes(15);

    private CompleteDays() {
    }

    public static List<IntervalReading> only(List<IntervalReading> readings) {
        Map<LocalDate, Integer> consumptionCount = new HashMap<>();
        for (IntervalReading reading : readings) {
            if (reading.kind() == IntervalKind.CONSUMPTION) {
                consumptionCount.merge(SmtTime.dayOf(reading.start()), 1, Integer::sum);
            }
        }
        return readings.stream().filter(r -> {
            LocalDate day = SmtTime.dayOf(r.start());
            return consumptionCount.getOrDefault(day, 0) == intervalsIn(day);
        }).toList();
    }

    /** 96 on most days, 92 when clocks spring forward, 100 when they fall back. */
    public static int intervalsIn(LocalDate day) {
        Duration length = Duration.between(SmtTime.startOfDay(day), SmtTime.startOfDay(day.plusDays(1)));
        return (int) length.dividedBy(INTERVAL);
    }
}
