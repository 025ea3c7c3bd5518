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
package org.openhab.core.library.unit;

import javax.measure.Unit;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.dimension.Currency;

import tech.units.indriya.AbstractSystemOfUnits;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;

/**
 * Stand-in of openHAB's {@code CurrencyUnits}: the currencies openHAB knows. openHAB's currency service adds them
 * at start (every ISO currency, whatever the base currency); here a test adds those it needs. An added currency's code
 * is a unit symbol that {@code QuantityType} reads, e.g. "57.90 USD" or "0.1290 USD/kWh".
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CurrencyUnits extends AbstractSystemOfUnits {

    private static final CurrencyUnits INSTANCE = new CurrencyUnits();

    public CurrencyUnits() {
    }

    @Override
    public String getName() {
        return CurrencyUnits.class.getSimpleName();
    }

    /** Makes a currency known, by its code. */
    public static void addUnit(Unit<Currency> unit) {
        INSTANCE.units.add(unit);
        SimpleUnitFormat.getInstance().label(unit, unit.getSymbol());
    }

    public static void removeUnit(Unit<Currency> unit) {
        INSTANCE.units.remove(unit);
    }

    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    /** A currency unit whose symbol is its code (e.g. "USD"). */
    public static Unit<Currency> createCurrency(String code, String name) {
        return new BaseUnit<>(code, name, UnitDimension.parse('$'));
    }
}
