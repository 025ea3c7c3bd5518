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
package org.openhab.binding.smartmetertexas.cli;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.fileimport.IntervalCsv;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;

/**
 * The command line's CSV shapes besides the 15-minute one ({@link IntervalCsv}): one header each, plain decimals,
 * ISO dates (Central calendar days) and ISO times with the Central offset. Text from SMT (meter numbers, addresses)
 * goes through {@link #csvCell}: no control characters, and never a cell a spreadsheet would run as a
 * formula; numbers stay numbers.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class CsvRows {

    static final String INTERVALS_HEADER = IntervalCsv.HEADER;
    static final String DAILY_HEADER = "esiid,day,start_reading,end_reading,kwh";
    static final String MONTHLY_HEADER = "esiid,start,end,kwh";
    static final String METERS_HEADER = "esiid,meter_number,address";
    static final String READ_HEADER = "esiid,register_kwh,read_time,status";

    private CsvRows() {
    }

    static String daily(Esiid esiid, DailyRead read) {
        return esiid.value() + ',' + read.day() + ',' + plain(read.startReading()) + ',' + plain(read.endReading())
                + ',' + plain(read.kwh());
    }

    static String monthly(Esiid esiid, MonthlyUsage usage) {
        return esiid.value() + ',' + usage.start() + ',' + usage.end() + ',' + plain(usage.actualKwh());
    }

    static String meter(MeterInfo meter) {
        return meter.esiid().value() + ',' + csvCell(meter.meterNumber()) + ',' + csvCell(meter.address());
    }

    static String read(Esiid esiid, MeterRead read) {
        return esiid.value() + ',' + plain(read.registerKwh()) + ',' + central(read.readTime()) + ','
                + read.status().label();
    }

    static String central(@Nullable Instant instant) {
        return instant == null ? "" : instant.atZone(SmtTime.CENTRAL).toOffsetDateTime().toString();
    }

    static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /**
     * A text cell of a CSV line: printable (no control characters at all, TAB, CR and LF included); a cell that
     * starts with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR (after leading spaces) gets a leading single
     * quote so spreadsheets show it as text (OWASP's advice against CSV injection); quoted when it holds a comma, a
     * quote or the leading quote. Only for text: numbers we format ourselves are written as they are.
     */
    static String csvCell(@Nullable String text) {
        String raw = text == null ? "" : text;
        String cell = SafeText.printable(raw);
        boolean formula = startsLikeFormula(raw);
        if (formula) {
            cell = "'" + cell;
        }
        if (formula || cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static boolean startsLikeFormula(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }
}
