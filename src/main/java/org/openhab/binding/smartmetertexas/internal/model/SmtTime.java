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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * SMT speaks America/Chicago wall time; this is the one place that names the zone.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SmtTime {

    public static final ZoneId CENTRAL = ZoneId.of("America/Chicago");

    private SmtTime() {
    }

    /** The instant a Central calendar day starts (its local midnight). */
    public static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(CENTRAL).toInstant();
    }

    /** The Central calendar day an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, CENTRAL);
    }
}
