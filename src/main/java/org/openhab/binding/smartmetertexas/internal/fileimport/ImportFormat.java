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
package org.openhab.binding.smartmetertexas.internal.fileimport;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The files the import reads: SMT's portal CSV export, saved SMT JSON answers, and the project's own CSV.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum ImportFormat {
    PORTAL_CSV,
    INTERVALSYNCH_JSON,
    USAGE_INTERVAL_JSON,
    OWN_CSV
}
