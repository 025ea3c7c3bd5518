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
package org.openhab.binding.smartmetertexas.internal.planning;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The kinds of request the binding makes for one meter.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum TaskKind {
    /** Request an on-demand read. */
    READ,
    /** Ask how the on-demand read in flight stands. */
    READ_STATUS,
    /** 15-minute data. */
    INTERVALS,
    /** Daily register reads and usage. */
    DAILY,
    /** Billing-period usage. */
    MONTHLY
}
