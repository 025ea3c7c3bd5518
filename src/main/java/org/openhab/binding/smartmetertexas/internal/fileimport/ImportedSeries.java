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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;

/**
 * The readings of one meter found in an imported file.
 *
 * @param esiid the meter, when the file names it
 * @param readings its readings, ordered by kind then start
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record ImportedSeries(@Nullable Esiid esiid, List<IntervalReading> readings) {
}
