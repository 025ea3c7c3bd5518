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

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in of openHAB's {@code DecimalType}: a number without unit, held as a {@link BigDecimal}. Numbers that
 * differ only in scale (1.0 and 1.00) are equal.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {

    private static final long serialVersionUID = 1L;

    public static final DecimalType ZERO = new DecimalType();

    private final BigDecimal value;

    public DecimalType() {
        this.value = BigDecimal.ZERO;
    }

    public DecimalType(Number value) {
        if (value instanceof QuantityType<?> quantity) {
            this.value = quantity.toBigDecimal();
        } else if (value instanceof DecimalType decimal) {
            this.value = decimal.value;
        } else if (value instanceof BigDecimal bigDecimal) {
            this.value = bigDecimal;
        } else {
            this.value = new BigDecimal(value.toString());
        }
    }

    /**
     * @throws NumberFormatException if the text is not a number
     */
    public DecimalType(String value) {
        this.value = new BigDecimal(value);
    }

    /**
     * Reads a number written with the decimal and grouping separators of the given locale.
     *
     * @throws NumberFormatException if the text is not a number
     */
    public DecimalType(String value, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        BigDecimal parsed = (BigDecimal) format.parseObject(value.strip(), position);
        if (parsed == null || position.getErrorIndex() != -1 || position.getIndex() < value.strip().length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        this.value = parsed;
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value.toPlainString();
    }

    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    /** Formats with a {@link java.util.Formatter} pattern; whole numbers also accept integer conversions. */
    @Override
    public String format(String pattern) {
        try {
            return String.format(pattern, value.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            // not a whole number, or the pattern wants a decimal conversion
        }
        return String.format(pattern, value);
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return value.compareTo(((DecimalType) obj).value) == 0;
    }

    @Override
    public int compareTo(DecimalType o) {
        return value.compareTo(o.value);
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }
}
