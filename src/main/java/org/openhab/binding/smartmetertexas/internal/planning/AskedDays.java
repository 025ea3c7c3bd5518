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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * Keeps what SMT sent for the days that were asked. A broken server may name other days (a date decades ahead):
 * those must neither reach persistence nor move the meter's progress, or the routine fetches would stop. An answer
 * with nothing usable left is a protocol error the user sees.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class AskedDays {

    private AskedDays() {
    }

    static List<IntervalReading> intervals(IntervalData data, DateRange days) throws SmtException {
        List<IntervalReading> asked = data.readings().stream().filter(r -> days.contains(SmtTime.dayOf(r.start())))
                .toList();
        if (asked.isEmpty() && !data.rejected().isEmpty()) {
            RejectedPart first = data.rejected().get(0);
            throw new SmtException(Failure.PROTOCOL_ERROR, "no readable day in SMT's 15-minute data for " + days + " ("
                    + data.rejected().size() + " rejected, first " + first.where() + ": " + first.reason() + ")");
        }
        if (asked.isEmpty() && !data.readings().isEmpty()) {
            throw new SmtException(Failure.PROTOCOL_ERROR,
                    "SMT's 15-minute data for " + days + " holds only other days");
        }
        return asked;
    }

    static List<DailyRead> daily(List<DailyRead> reads, DateRange days) throws SmtException {
        List<DailyRead> asked = reads.stream().filter(r -> days.contains(r.day())).toList();
        if (asked.isEmpty() && !reads.isEmpty()) {
            throw new SmtException(Failure.PROTOCOL_ERROR, "SMT's daily reads for " + days + " hold only other days");
        }
        return asked;
    }

    /** Billing periods overlapping the days asked. */
    static List<MonthlyUsage> monthly(List<MonthlyUsage> periods, DateRange days) throws SmtException {
        List<MonthlyUsage> asked = periods.stream()
                .filter(p -> !p.start().isAfter(days.to()) && !p.end().isBefore(days.from())).toList();
        if (asked.isEmpty() && !periods.isEmpty()) {
            throw new SmtException(Failure.PROTOCOL_ERROR,
                    "SMT's billing periods for " + days + " are all for other days");
        }
        return asked;
    }
}
