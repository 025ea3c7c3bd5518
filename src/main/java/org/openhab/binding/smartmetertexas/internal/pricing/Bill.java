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
package org.openhab.binding.smartmetertexas.internal.pricing;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;

/**
 * One billing cycle priced under one plan: each line in US dollars, rounded half-up to the cent; the total is their
 * sum.
 *
 * @param plan the plan's name
 * @param cycle the cycle's Central days
 * @param kwh consumption (energy from the grid) in the cycle, not net of surplus
 * @param surplusKwh surplus sent to the grid
 * @param energy energy charges
 * @param base the base charge
 * @param delivery TDU delivery charges
 * @param credits usage credits (negative) and fees (positive)
 * @param buyback what the surplus earned (negative)
 * @param fees the percentage fees
 * @param total the bill
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record Bill(String plan, DateRange cycle, BigDecimal kwh, BigDecimal surplusKwh, BigDecimal energy,
        BigDecimal base, BigDecimal delivery, BigDecimal credits, BigDecimal buyback, BigDecimal fees,
        BigDecimal total) {
}
