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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The kinds of meter data SMT serves, the one list of them: each has its own request, chunk size, progress and
 * channels. Stored progress names them, so their names never change.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum DataKind {
    /** 15-minute consumption and surplus generation. */
    INTERVALS,
    /** Daily register reads and usage. */
    DAILY,
    /** Billing-period usage. */
    MONTHLY
}
