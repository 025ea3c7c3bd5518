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
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The outcome of an on-demand read.
 *
 * @param registerKwh the cumulative register in kWh; null unless {@link ReadStatus#COMPLETED}
 * @param readTime when the meter was read; null unless completed
 * @param status where the read stands
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record MeterRead(@Nullable BigDecimal registerKwh, @Nullable Instant readTime, ReadStatus status) {

    public static MeterRead completed(BigDecimal registerKwh, Instant readTime) {
        return new MeterRead(registerKwh, readTime, ReadStatus.COMPLETED);
    }

    public static MeterRead withoutValue(ReadStatus status) {
        return new MeterRead(null, null, status);
    }
}
