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
package org.openhab.binding.smartmetertexas.internal.handler;

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A meter thing's configuration, as openHAB fills it in by field name.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class MeterConfiguration {
    public String esiid = "";
    public String meterNumber = "";
    public int readInterval = 90;
    public int historyDays = 30;
    public int revisionDays = 7;
    /** The electricity plan file (doc/pricing.md), relative to openHAB's configuration folder unless absolute. */
    public String planFile = "";
    /** A flat plan without a file, $/kWh; the other three count as 0 when not set. */
    public @Nullable BigDecimal energyRate;
    public @Nullable BigDecimal baseCharge;
    public @Nullable BigDecimal deliveryPerCycle;
    public @Nullable BigDecimal deliveryPerKwh;
}
