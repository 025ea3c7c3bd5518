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

import static org.eclipse.jdt.annotation.DefaultLocation.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;
import javax.measure.quantity.Dimensionless;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.function.RationalNumber;

/**
 * Stand-in of openHAB's {@code QuantityType}: a number with a unit of measurement. The value is held exactly as a
 * {@link BigDecimal}; conversions use the real Indriya unit converters. Quantities of compatible units compare by
 * their value in the system unit, so 1 kWh equals 1000 Wh.
 *
 * @param <T> the quantity, e.g. {@link javax.measure.quantity.Energy}
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault({ PARAMETER, RETURN_TYPE, FIELD, TYPE_ARGUMENT })
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 1L;

    public static final QuantityType<Dimensionless> ZERO = new QuantityType<>(0, AbstractUnit.ONE);
    public static final QuantityType<Dimensionless> ONE = new QuantityType<>(1, AbstractUnit.ONE);

    /** The placeholder that {@link #format(String)} replaces with the unit symbol. */
    private static final String UNIT_PLACEHOLDER = "%unit%";
    private static final Pattern NUMBER_AND_UNIT = Pattern
            .compile("\\s*([+-]?[0-9.,]*[0-9](?:[eE][+-]?[0-9]+)?)\\s*(.*?)\\s*");

    static {
        // openHAB's unit symbols (e.g. "kWh") must be known before any text is parsed or formatted
        Units.getInstance();
    }

    private final BigDecimal value;
    private final Unit<T> unit;

    /** Zero without unit. */
    @SuppressWarnings("unchecked")
    public QuantityType() {
        this.value = BigDecimal.ZERO;
        this.unit = (Unit<T>) AbstractUnit.ONE;
    }

    /**
     * Reads a number with an optional unit symbol, e.g. "12.5 kWh", with English separators.
     *
     * @throws NumberFormatException if there is no unit and the number cannot be read
     * @throws IllegalArgumentException if the number or the unit cannot be read
     */
    public QuantityType(String value) {
        this(value, Locale.ENGLISH);
    }

    /**
     * Reads a number with an optional unit symbol, with the decimal and grouping separators of the given locale.
     *
     * @throws NumberFormatException if there is no unit and the number cannot be read
     * @throws IllegalArgumentException if the number or the unit cannot be read
     */
    @SuppressWarnings("unchecked")
    public QuantityType(String value, Locale locale) {
        Matcher matcher = NUMBER_AND_UNIT.matcher(value);
        if (!matcher.matches()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + value);
        }
        String unitText = matcher.group(2);
        this.value = parseNumber(matcher.group(1), locale, value);
        if (unitText.isEmpty()) {
            this.unit = (Unit<T>) AbstractUnit.ONE;
        } else {
            try {
                this.unit = (Unit<T>) SimpleUnitFormat.getInstance().parse(unitText);
            } catch (MeasurementParseException e) {
                throw new IllegalArgumentException("Invalid Quantity value: " + value, e);
            }
        }
    }

    public QuantityType(Number value, Unit<T> unit) {
        this.value = exact(value);
        this.unit = unit;
    }

    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(value, unit);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    /** Equal to another quantity of a compatible unit with the same value in the system unit. */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QuantityType<?> other) || !unit.isCompatible(other.unit)) {
            return false;
        }
        return systemValue().compareTo(other.systemValue()) == 0;
    }

    /**
     * @throws IllegalArgumentException if the units are not compatible
     */
    @Override
    public int compareTo(QuantityType<T> o) {
        if (!unit.isCompatible(o.unit)) {
            throw new IllegalArgumentException("Can not compare incompatible units.");
        }
        return systemValue().compareTo(o.systemValue());
    }

    public Unit<T> getUnit() {
        return unit;
    }

    public Dimension getDimension() {
        return unit.getDimension();
    }

    /** This quantity in the given unit, or {@code null} if the units are not compatible. */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(unit)) {
            return this;
        }
        try {
            Number converted = unit.getConverterToAny(targetUnit).convert(value);
            return new QuantityType<>(exact(converted), (Unit<T>) targetUnit);
        } catch (IncommensurableException | UnconvertibleException e) {
            return null;
        }
    }

    /** This quantity in the unit with the given symbol, or {@code null} if unknown or not compatible. */
    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        try {
            return toUnit(SimpleUnitFormat.getInstance().parse(targetUnit));
        } catch (MeasurementParseException e) {
            return null;
        }
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit.getSystemUnit(), systemValue().stripTrailingZeros());
    }

    /**
     * Formats with a {@link java.util.Formatter} pattern in which {@code %unit%} stands for the unit symbol; whole
     * numbers also accept integer conversions.
     */
    @Override
    public String format(String pattern) {
        String formatPattern = pattern.replace(UNIT_PLACEHOLDER,
                unit.equals(tech.units.indriya.unit.Units.PERCENT) ? "%%" : symbol(unit));
        try {
            return String.format(formatPattern, value.toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            // not a whole number, or the pattern wants a decimal conversion
        }
        return String.format(formatPattern, value);
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    /** The number, then a space and the unit symbol unless the quantity has no unit: "1.5 kWh". */
    @Override
    public String toFullString() {
        if (AbstractUnit.ONE.equals(unit)) {
            return value.toPlainString();
        }
        return value.toPlainString() + " " + symbol(unit);
    }

    /** Converts to {@link DecimalType} (the number, unit dropped) or to this type itself; otherwise {@code null}. */
    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == DecimalType.class) {
            return target.cast(new DecimalType(value));
        }
        return State.super.as(target);
    }

    /**
     * The sum, in this quantity's unit.
     *
     * @throws IllegalArgumentException if the units are not compatible
     */
    public QuantityType<T> add(QuantityType<T> state) {
        return new QuantityType<>(value.add(inThisUnit(state)), unit);
    }

    public QuantityType<T> negate() {
        return new QuantityType<>(value.negate(), unit);
    }

    /**
     * The difference, in this quantity's unit.
     *
     * @throws IllegalArgumentException if the units are not compatible
     */
    public QuantityType<T> subtract(QuantityType<T> state) {
        return new QuantityType<>(value.subtract(inThisUnit(state)), unit);
    }

    public QuantityType<?> multiply(BigDecimal value) {
        return new QuantityType<>(this.value.multiply(value), unit);
    }

    /**
     * @throws ArithmeticException if the divisor is zero
     */
    public QuantityType<?> divide(BigDecimal value) {
        return new QuantityType<>(this.value.divide(value, MathContext.DECIMAL128), unit);
    }

    private BigDecimal inThisUnit(QuantityType<T> other) {
        QuantityType<T> converted = other.toUnit(unit);
        if (converted == null) {
            throw new IllegalArgumentException("Incompatible units: " + unit + " and " + other.unit);
        }
        return converted.value;
    }

    private BigDecimal systemValue() {
        QuantityType<T> inSystemUnit = toUnit(unit.getSystemUnit());
        if (inSystemUnit == null) {
            throw new IllegalArgumentException("Unable to convert " + this + " to its system unit.");
        }
        return inSystemUnit.value;
    }

    private static String symbol(Unit<?> unit) {
        return SimpleUnitFormat.getInstance().format(unit);
    }

    private static BigDecimal parseNumber(String number, Locale locale, String whole) {
        if (number.indexOf('e') >= 0 || number.indexOf('E') >= 0) {
            return new BigDecimal(number);
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parseObject(number, position);
        if (!(parsed instanceof BigDecimal result) || position.getIndex() < number.length()) {
            throw new NumberFormatException("Invalid BigDecimal value: " + whole);
        }
        return result;
    }

    /** The exact decimal value of a number returned by Java or by an Indriya converter. */
    private static BigDecimal exact(Number number) {
        if (number instanceof BigDecimal bigDecimal) {
            return bigDecimal;
        } else if (number instanceof BigInteger bigInteger) {
            return new BigDecimal(bigInteger);
        } else if (number instanceof RationalNumber rational) {
            return rational.bigDecimalValue();
        } else if (number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        } else if (number instanceof DecimalType decimal) {
            return decimal.toBigDecimal();
        } else if (number instanceof QuantityType<?> quantity) {
            return quantity.value;
        }
        // Double, Float and others: their decimal text, which avoids binary rounding noise
        return new BigDecimal(number.toString());
    }
}
