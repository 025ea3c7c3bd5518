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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;

/**
 * One request the planner wants made now.
 *
 * @param kind what to ask for
 * @param range the Central days to ask about; null for on-demand reads
 * @param backfill whether it loads history (paced as backfill) rather than keeping up with new data
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record PlannedTask(TaskKind kind, @Nullable DateRange range, boolean backfill) {

    public static PlannedTask read() {
        return new PlannedTask(TaskKind.READ, null, false);
    }

    public static PlannedTask readStatus() {
        return new PlannedTask(TaskKind.READ_STATUS, null, false);
    }

    public static PlannedTask routine(TaskKind kind, DateRange range) {
        return new PlannedTask(kind, range, false);
    }

    public static PlannedTask backfill(TaskKind kind, DateRange range) {
        return new PlannedTask(kind, range, true);
    }

    /** The range, for the data kinds that always have one. */
    public DateRange days() {
        DateRange days = range;
        if (days == null) {
            throw new IllegalStateException(kind + " has no date range");
        }
        return days;
    }
}
