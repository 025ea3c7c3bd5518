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
package org.openhab.binding.smartmetertexas.internal.api;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Why data are requested; decides which spacing rule applies (doc/smt-protocol.md §7).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Purpose {
    /** Keeping up to date: at most one request per meter and data kind every 15 minutes. */
    ROUTINE,
    /** Filling history: chunks of at most 31 days, at least 5 s apart. */
    BACKFILL
}
