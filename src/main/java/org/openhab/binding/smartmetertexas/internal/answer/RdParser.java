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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.CentralDay;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.SmtValues;
import org.openhab.binding.smartmetertexas.internal.text.WallClockRows;

/**
 * Reads SMT's RD string (one Central day of 15-minute values, doc/smt-protocol.md §4) into exact intervals.
 * <p>
 * Position map (1-based): 1–8 are 00:00–01:45, 9–12 the second 01:00–01:45 (fall-back day only), 13–100 are
 * 02:00–23:45. Each position is {@code value-FLAG}, split on the last '-'; an empty position or a bare '-' has no
 * value, and no zero is invented for it. A day is rejected as a whole when it does not have exactly 100 positions,
 * has values in 9–12 on a day without a repeated hour, or values in 13–16 on the spring-forward day: a guessed
 * layout would misplace every value of the day.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RdParser {

    /** Positions in every RD string, placeholders included. */
    public static final int POSITIONS = 100;

    private RdParser() {
    }

    /** Maps one day's RD string to readings; a day whose layout cannot be trusted is rejected as a whole. */
    public static List<IntervalReading> parseDay(LocalDate day, String rd, IntervalKind kind, @Nullable Instant revised)
            throws MalformedAnswerException {
        int count = 1;
        // stop counting early: a hostile RD string may be huge
        for (int i = 0; i < rd.length() && count <= POSITIONS; i++) {
            if (rd.charAt(i) == ',') {
                count++;
            }
        }
        if (count != POSITIONS) {
            String counted = count > POSITIONS ? "more than " + POSITIONS : String.valueOf(count);
            throw new MalformedAnswerException(day, "RD has " + counted + " positions, expected " + POSITIONS);
        }
        CentralDay centralDay = new CentralDay(day);
        List<IntervalReading> readings = new ArrayList<>(POSITIONS);
        int from = 0;
        for (int position = 1; position <= POSITIONS; position++) {
            int comma = rd.indexOf(',', from);
            String cell = rd.substring(from, comma < 0 ? rd.length() : comma).strip();
            from = comma + 1;
            int dash = cell.lastIndexOf('-');
            String value = dash < 0 ? cell : cell.substring(0, dash).strip();
            if (value.isEmpty()) {
                // an empty position, a bare '-' or a flag without a value: no value
                continue;
            }
            BigDecimal kwh;
            try {
                kwh = SmtValues.kwh(value);
            } catch (MalformedAnswerException e) {
                throw new MalformedAnswerException(day, "position " + position + ": " + e.getMessage());
            }
            Instant start = position <= 8 ? centralDay.start(position - 1, 0)
                    : centralDay.start(position - 5, position <= 12 ? 1 : 0);
            if (start == null) {
                if (position <= 12) {
                    throw new MalformedAnswerException(day, "value at position " + position
                            + " (the repeated 01:00-02:00 hour) on a day without a fall-back hour");
                }
                throw new MalformedAnswerException(day, "value at position " + position
                        + " (02:00-03:00) on the spring-forward day, which has no such hour");
            }
            readings.add(WallClockRows.reading(start, kwh, kind,
                    SmtValues.quality(dash < 0 ? null : cell.substring(dash + 1)), revised));
        }
        return readings;
    }
}
