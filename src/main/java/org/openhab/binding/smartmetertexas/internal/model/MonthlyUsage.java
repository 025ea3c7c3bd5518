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

/**
 * One billing period's usage.
 *
 * @param start the period's first Central day
 * @param end the period's last Central day
 * @param actualKwh the period's actual kWh (portal actl_kwh_usg, official actualkWh)
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record MonthlyUsage(LocalDate start, LocalDate end, BigDecimal actualKwh) {
}
