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
package org.openhab.binding.smartmetertexas.internal.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.cli.Chunks;

/**
 * Proves date ranges split into consecutive chunks of at most 31 Central days, both ends included, with no day
 * missing or doubled.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class DateRangeChunkingTest {

    @Test
    void oneDayIsOneChunk() {
        LocalDate day = LocalDate.of(2025, 6, 9);
        assertEquals(List.of(new DateRange(day, day)), Chunks.oldestFirst(DataKind.INTERVALS, new DateRange(day, day)));
    }

    @Test
    void thirtyOneDaysAreOneChunkAndThirtyTwoAreTwo() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        assertEquals(1, Chunks.oldestFirst(DataKind.INTERVALS, new DateRange(from, from.plusDays(30))).size());
        List<DateRange> two = Chunks.oldestFirst(DataKind.INTERVALS, new DateRange(from, from.plusDays(31)));
        assertEquals(
                List.of(new DateRange(from, from.plusDays(30)), new DateRange(from.plusDays(31), from.plusDays(31))),
                two);
    }

    @Test
    void sevenHundredThirtyDaysAreTwentyFourChunksCoveringEveryDayOnce() {
        LocalDate to = LocalDate.of(2025, 6, 9);
        LocalDate from = to.minusDays(729);
        List<DateRange> chunks = Chunks.oldestFirst(DataKind.INTERVALS, new DateRange(from, to));
        assertEquals(24, chunks.size());
        assertEquals(from, chunks.get(0).from());
        assertEquals(to, chunks.get(23).to());
        long days = 0;
        for (int i = 0; i < chunks.size(); i++) {
            assertTrue(chunks.get(i).days() <= 31);
            days += chunks.get(i).days();
            if (i > 0) {
                assertEquals(chunks.get(i - 1).to().plusDays(1), chunks.get(i).from());
            }
        }
        assertEquals(730, days);
    }

    @Test
    void aBackwardRangeIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> new DateRange(LocalDate.of(2025, 6, 9), LocalDate.of(2025, 6, 8)));
    }
}
