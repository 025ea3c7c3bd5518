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
 * The two ways into SMT (doc/smt-protocol.md §1).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Flow {
    /** The web portal's JSON API with a portal login (anyone with an account). */
    PORTAL,
    /** The official API (/v2/...): needs an API user whose public IP SMT allow-listed. */
    OFFICIAL
}
