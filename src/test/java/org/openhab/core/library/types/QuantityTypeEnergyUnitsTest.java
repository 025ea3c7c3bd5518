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
package org.openhab.core.library.types;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;

import javax.measure.quantity.Energy;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.unit.Units;

/**
 * Proves that the stand-in's energy quantities hold exact values, convert with real units, compare across units
 * and read and write the symbols users see ("kWh", "Wh").
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class QuantityTypeEnergyUnitsTest {

    @Test
    void kilowattHoursPrintWithTheirSymbolAndExactValue() {
        QuantityType<Energy> energy = new QuantityType<>(new BigDecimal("1.234"), Units.KILOWATT_HOUR);

        assertEquals("1.234 kWh", energy.toString());
        assertEquals("1.234 kWh", energy.toFullString());
        assertEquals("1.2 kWh", energy.format("%.1f %unit%"));
        assertEquals(0, new BigDecimal("1.234").compareTo(energy.toBigDecimal()));
    }

    @Test
    void oneKilowattHourEqualsThousandWattHours() {
        QuantityType<Energy> kwh = new QuantityType<>(1, Units.KILOWATT_HOUR);
        QuantityType<Energy> wh = new QuantityType<>(1000, Units.WATT_HOUR);

        assertEquals(kwh, wh);
        assertEquals(kwh.hashCode(), wh.hashCode());
        assertEquals(0, kwh.compareTo(wh));
        assertTrue(new QuantityType<>(999, Units.WATT_HOUR).compareTo(kwh) < 0);
    }

    @Test
    void conversionToWattHoursIsExact() {
        QuantityType<Energy> converted = new QuantityType<>(new BigDecimal("0.125"), Units.KILOWATT_HOUR)
                .toUnit(Units.WATT_HOUR);

        assertNotNull(converted);
        assertEquals(0, new BigDecimal("125").compareTo(converted.toBigDecimal()));
        assertEquals(Units.WATT_HOUR, converted.getUnit());
    }

    @Test
    void energyDoesNotConvertToPower() {
        assertNull(new QuantityType<>(1, Units.KILOWATT_HOUR).toUnit(Units.WATT));
        assertNotEquals(new QuantityType<>(1, Units.KILOWATT_HOUR), new QuantityType<>(1000, Units.WATT));
    }

    @Test
    void textWithSymbolReadsBackToTheSameQuantity() {
        QuantityType<Energy> expected = new QuantityType<>(new BigDecimal("12.5"), Units.KILOWATT_HOUR);

        assertEquals(expected, new QuantityType<>("12.5 kWh"));
        assertEquals(expected, new QuantityType<>("12.5kWh"));
        assertEquals(expected, QuantityType.valueOf(expected.toFullString()));
        assertEquals(Units.WATT, new QuantityType<>("300 W").getUnit());
    }

    @Test
    void badTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new QuantityType<>("12.5 bananas"));
        assertThrows(NumberFormatException.class, () -> new QuantityType<>("twelve"));
    }

    @Test
    void sumsAreInTheFirstQuantitysUnit() {
        QuantityType<Energy> sum = new QuantityType<>(1, Units.KILOWATT_HOUR)
                .add(new QuantityType<>(250, Units.WATT_HOUR));

        assertEquals(Units.KILOWATT_HOUR, sum.getUnit());
        assertEquals(0, new BigDecimal("1.25").compareTo(sum.toBigDecimal()));
    }

    @Test
    void convertsToDecimalTypeByDroppingTheUnit() {
        assertEquals(new DecimalType(new BigDecimal("2.5")),
                new QuantityType<>(new BigDecimal("2.5"), Units.KILOWATT_HOUR).as(DecimalType.class));
    }
}
