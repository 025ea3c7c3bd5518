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

/**
 * What users read of the model: an ESIID as its digits, a read status as SMT spells it, and ranges split day by day.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ModelTextTest {

    @Test
    void anEsiidIsShownAsItsDigits() {
        assertEquals("10443720000000001", Esiid.parse(" '10443720000000001 ").toString());
    }

    @Test
    void readStatusesAreSpelledAsSmtDoes() {
        assertEquals("T-FAILED", ReadStatus.T_FAILED.label());
        assertEquals("COMPLETED", ReadStatus.COMPLETED.label());
    }

    @Test
    void aRangeSplitsIntoSingleDays() {
        LocalDate from = LocalDate.of(2025, 3, 8);
        DateRange range = new DateRange(from, from.plusDays(1));
        assertEquals(List.of(new DateRange(from.plusDays(1), from.plusDays(1)), new DateRange(from, from)),
                range.chunksNewestFirst(1));
        assertEquals(List.of(new DateRange(from, from), new DateRange(from.plusDays(1), from.plusDays(1))),
                range.chunksOldestFirst(1));
        assertThrows(IllegalArgumentException.class, () -> range.chunksOldestFirst(0));
    }
}
