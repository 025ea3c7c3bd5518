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

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One Central day's register reads and usage.
 *
 * @param day the Central calendar day
 * @param startReading the register at the day's start, when SMT gives it
 * @param endReading the register at the day's end, when SMT gives it
 * @param kwh the day's usage exactly as SMT reports it (not always end minus start)
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record DailyRead(LocalDate day, @Nullable BigDecimal startReading, @Nullable BigDecimal endReading,
        BigDecimal kwh) {
}
