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
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;

/**
 * One request the planner wants made now.
 *
 * @param step an on-demand read, a status poll of the read in flight, or a data request
 * @param kind the data asked for; null for on-demand reads
 * @param range the Central days to ask about, at most one chunk ({@link MeterPlanner#chunkDays}); null for on-demand
 *            reads
 * @param backfill whether it loads history (paced as backfill) rather than keeping up with new data
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record PlannedTask(Step step, @Nullable DataKind kind, @Nullable DateRange range, boolean backfill) {

    /** What kind of request. */
    public enum Step {
        /** Request an on-demand read. */
        READ,
        /** Ask how the on-demand read in flight stands. */
        READ_STATUS,
        /** Ask for meter data. */
        FETCH
    }

    public static PlannedTask read() {
        return new PlannedTask(Step.READ, null, null, false);
    }

    public static PlannedTask readStatus() {
        return new PlannedTask(Step.READ_STATUS, null, null, false);
    }

    public static PlannedTask routine(DataKind kind, DateRange range) {
        return new PlannedTask(Step.FETCH, kind, range, false);
    }

    public static PlannedTask backfill(DataKind kind, DateRange range) {
        return new PlannedTask(Step.FETCH, kind, range, true);
    }

    /** The data kind, for data requests. */
    public DataKind data() {
        DataKind data = kind;
        if (data == null) {
            throw new IllegalStateException(step + " asks for no data");
        }
        return data;
    }

    /** The range, for data requests. */
    public DateRange days() {
        DateRange days = range;
        if (days == null) {
            throw new IllegalStateException(step + " has no date range");
        }
        return days;
    }

    @Override
    public String toString() {
        return step == Step.FETCH ? (backfill ? "backfill " : "") + kind + " " + range : step.toString();
    }
}
