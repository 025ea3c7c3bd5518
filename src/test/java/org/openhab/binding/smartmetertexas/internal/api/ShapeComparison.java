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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

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

    /**
     * Reads the household meter on demand through {@code client} and asserts the read completes with the register
     * the simulated meter had. Read times without seconds (a shape variant) lose up to a minute: the register lies
     * within it.
     */
    static void assertOnDemandReadMatchesTheMeter(SimulatorHarness account, SmtClient client, String name)
            throws SmtException {
        Esiid esiid = account.household();
        MeterRead read = account.pollUntilDone(account.reads().request(client, esiid, account.meterNumber(esiid)));
        assertEquals(ReadStatus.COMPLETED, read.status(), name);
        var readTime = read.readTime();
        var register = read.registerKwh();
        assertNotNull(readTime);
        assertNotNull(register);
        BigDecimal low = account.sim.truth().registerKwh(esiid.value(), readTime).subtract(new BigDecimal("0.01"));
        BigDecimal high = account.sim.truth().registerKwh(esiid.value(), readTime.plusSeconds(60))
                .add(new BigDecimal("0.01"));
        assertTrue(register.compareTo(low) >= 0 && register.compareTo(high) <= 0,
                name + ": register " + register + " vs " + low + ".." + high);
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

    /** The last week's daily reads of the meter, as text. */
    static List<String> weekOfDailyReads(SmtClient client, Esiid esiid) throws SmtException {
        return daily(client.daily(esiid,
                new DateRange(SimulatorHarness.YESTERDAY.minusDays(6), SimulatorHarness.YESTERDAY), asked -> true));
    }

    /** The billing periods of the last 120 days, as text. */
    static List<String> billingPeriods(SmtClient client, Esiid esiid) throws SmtException {
        return monthly(client.monthly(esiid,
                new DateRange(SimulatorHarness.TODAY.minusDays(120), SimulatorHarness.YESTERDAY), asked -> true));
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
