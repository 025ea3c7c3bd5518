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
package org.openhab.core.types;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;

/**
 * Proves that a {@link TimeSeries} keeps its entries in timestamp order and keeps the first state added for a
 * timestamp, as openHAB's does.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class TimeSeriesChronologicalOrderTest {

    private static final Instant T1 = Instant.parse("2024-03-10T06:00:00Z");
    private static final Instant T2 = Instant.parse("2024-03-10T06:15:00Z");
    private static final Instant T3 = Instant.parse("2024-03-10T06:30:00Z");

    @Test
    void entriesComeOutEarliestFirst() {
        TimeSeries series = new TimeSeries(TimeSeries.Policy.REPLACE);
        series.add(T3, new DecimalType(3));
        series.add(T1, new DecimalType(1));
        series.add(T2, new DecimalType(2));

        assertEquals(List.of(T1, T2, T3), series.getStates().map(TimeSeries.Entry::timestamp).toList());
        assertEquals(T1, series.getBegin());
        assertEquals(T3, series.getEnd());
        assertEquals(TimeSeries.Policy.REPLACE, series.getPolicy());
    }

    @Test
    void secondStateForATimestampIsIgnored() {
        TimeSeries series = new TimeSeries(TimeSeries.Policy.ADD);
        series.add(T1, new DecimalType(1));
        series.add(T1, new DecimalType(9));

        assertEquals(1, series.size());
        assertEquals(new DecimalType(1), series.getStates().findFirst().orElseThrow().state());
    }

    @Test
    void seriesWithDifferentStatesAreNotEqual() {
        TimeSeries one = new TimeSeries(TimeSeries.Policy.ADD);
        one.add(T1, new DecimalType(1));
        TimeSeries other = new TimeSeries(TimeSeries.Policy.ADD);
        other.add(T1, new DecimalType(2));
        TimeSeries same = new TimeSeries(TimeSeries.Policy.ADD);
        same.add(T1, new DecimalType("1.0"));

        assertNotEquals(one, other);
        assertEquals(one, same);
    }
}
