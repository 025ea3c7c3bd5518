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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What the user configured for one meter, checked ({@link #problem()}).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MeterSettings {

    public static final int MIN_READ_INTERVAL = 30;
    public static final int MAX_READ_INTERVAL = 1440;
    public static final int MAX_HISTORY_DAYS = 730;
    public static final int MAX_REVISION_DAYS = 31;

    private final int readIntervalMinutes;
    private final int historyDays;
    private final int revisionDays;

    /**
     * @param readIntervalMinutes minutes between on-demand reads: 0 for none, else up to 1440; 1 to 29 are taken as
     *            30 (SMT allows 2 reads an hour)
     * @param historyDays days of history to load on first start, 0 to 730
     * @param revisionDays trailing days fetched again every day, 1 to 31
     */
    public MeterSettings(int readIntervalMinutes, int historyDays, int revisionDays) {
        this.readIntervalMinutes = readIntervalMinutes;
        this.historyDays = historyDays;
        this.revisionDays = revisionDays;
    }

    public int historyDays() {
        return historyDays;
    }

    public int revisionDays() {
        return revisionDays;
    }

    /**
     * Why these settings cannot work, in words for the thing status; null when they can. The limits are those of the
     * meter's configuration in OH-INF/thing/thing-types.xml, so openHAB refuses such values before the handler sees
     * them (ConfigurationLimitsTest keeps the two in step).
     */
    public @Nullable String problem() {
        if (readIntervalMinutes < 0 || readIntervalMinutes > MAX_READ_INTERVAL) {
            return "readInterval must be 0 (no reads) to 1440 minutes (not " + readIntervalMinutes + ")";
        }
        if (historyDays < 0 || historyDays > MAX_HISTORY_DAYS) {
            return "historyDays must be 0 to 730 (not " + historyDays + ")";
        }
        if (revisionDays < 1 || revisionDays > MAX_REVISION_DAYS) {
            return "revisionDays must be 1 to 31 (not " + revisionDays + ")";
        }
        return null;
    }

    /** Whether the read interval is below SMT's 2 reads an hour and taken as 30 minutes. */
    public boolean readIntervalRaised() {
        return readIntervalMinutes > 0 && readIntervalMinutes < MIN_READ_INTERVAL;
    }

    /** The time between on-demand reads; null for none. */
    public @Nullable Duration readInterval() {
        return readIntervalMinutes <= 0 ? null : Duration.ofMinutes(Math.max(readIntervalMinutes, MIN_READ_INTERVAL));
    }
}
