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
package org.openhab.binding.smartmetertexas.internal.answer;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * The 15-minute readings of one answer, the parts that were rejected, and whether the meter reports generation.
 *
 * @param readings consumption and generation readings, ordered by kind then start
 * @param rejected days or rows left out, each named
 * @param reportsGeneration true when the answer shows the meter reports surplus generation
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record IntervalData(List<IntervalReading> readings, List<RejectedPart> rejected, boolean reportsGeneration) {
}
