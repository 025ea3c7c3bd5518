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
package org.openhab.binding.smartmetertexas.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One synthetic meter: its ESIID and what kind of home it measures. All its data derive
 * deterministically from the ESIID.
 *
 * @param esiid the ESIID (17 to 22 digits)
 * @param kind the household profile
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record MeterSpec(String esiid, Kind kind) {

    /** The household profiles the simulator can generate. */
    public enum Kind {
        /** Consumption only, with a daily and a seasonal shape. */
        HOUSEHOLD,
        /** Rooftop solar: consumption plus surplus generation (RT "G", generationFlag true). */
        SOLAR
    }

    /** The default household meter. */
    public static final MeterSpec DEFAULT_HOUSEHOLD = new MeterSpec("1008901023801234567100", Kind.HOUSEHOLD);
    /** The default solar meter. */
    public static final MeterSpec DEFAULT_SOLAR = new MeterSpec("10443720001234567", Kind.SOLAR);

    public MeterSpec {
        if (!esiid.matches("\\d{17,22}")) {
            throw new IllegalArgumentException("an ESIID has 17 to 22 digits: " + esiid);
        }
    }
}
