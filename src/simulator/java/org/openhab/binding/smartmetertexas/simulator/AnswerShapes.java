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
package org.openhab.binding.smartmetertexas.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How the simulator spells its answers: every variant of doc/smt-protocol.md §6. {@link #defaults()} is exactly
 * the shapes of doc/smt-protocol.md §1–§3. Immutable; build variants with {@link #builder()} or {@link #toBuilder()}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AnswerShapes {

    /** How numeric values are sent. */
    public enum NumberStyle {
        /**
         * As doc/smt-protocol.md §1–§3: kWh, statusCode and expiresIn as strings; registeredRead a number in exponent
         * form.
         */
        DOCUMENTED,
        /** Every numeric value as a JSON string (registeredRead included). */
        STRINGS,
        /** Every numeric value as a JSON number (odrread, reading, statusCode "0", expiresIn ... included). */
        NUMBERS
    }

    /** How calendar dates are written. */
    public enum DateStyle {
        /** As doc/smt-protocol.md §1–§3: MM/dd/yyyy, except the portal interval rows' date in yyyy-MM-dd. */
        DOCUMENTED("MM/dd/yyyy"),
        /** MM/dd/yyyy everywhere. */
        US_PADDED("MM/dd/yyyy"),
        /** M/d/yyyy everywhere. */
        US_UNPADDED("M/d/yyyy"),
        /** yyyy-MM-dd everywhere. */
        ISO("yyyy-MM-dd"),
        /** yyyy-M-d everywhere. */
        ISO_UNPADDED("yyyy-M-d");

        /** The java.time pattern for dates (timestamps append a time of day). */
        public final String pattern;

        DateStyle(String pattern) {
            this.pattern = pattern;
        }
    }

    /** How the portal interval rows write starttime / endtime. */
    public enum PortalTimeStyle {
        /** " 12:15 am": leading space, 12-hour, lower case (the default, doc/smt-protocol.md §2). */
        SPACED_12H,
        /** "12:15am". */
        COMPACT_12H,
        /** "00:15". */
        PADDED_24H,
        /** "0:15". */
        UNPADDED_24H
    }

    /** How token answers write times (only when {@link #tokenTimes()} is not NONE). */
    public enum TokenTimeStyle {
        /** No time fields besides expiresIn (doc/smt-protocol.md §3). */
        NONE,
        /** issuedAt / expiresAt as MM/dd/yyyy HH:mm:ss Central. */
        US_CENTRAL,
        /** issuedAt / expiresAt as ISO-8601 UTC (2025-01-02T15:04:05Z). */
        ISO_UTC
    }

    private static final AnswerShapes DEFAULTS = builder().build();

    private final boolean portalDataWrapper;
    private final boolean officialDataWrapper;
    private final boolean tokenAtTopLevel;
    private final NumberStyle numberStyle;
    private final boolean exponentNumbers;
    private final DateStyle dateStyle;
    private final PortalTimeStyle portalTimeStyle;
    private final boolean endOfDayAs2400;
    private final boolean timesWithSeconds;
    private final boolean timestampsWithSeconds;
    private final TokenTimeStyle tokenTimes;
    private final boolean rdLeadingZero;
    private final boolean rdEmptyAsDash;
    private final boolean portalNoDataAsErrorCode;
    private final boolean generationFlagInsideData;

    private AnswerShapes(Builder b) {
        this.portalDataWrapper = b.portalDataWrapper;
        this.officialDataWrapper = b.officialDataWrapper;
        this.tokenAtTopLevel = b.tokenAtTopLevel;
        this.numberStyle = b.numberStyle;
        this.exponentNumbers = b.exponentNumbers;
        this.dateStyle = b.dateStyle;
        this.portalTimeStyle = b.portalTimeStyle;
        this.endOfDayAs2400 = b.endOfDayAs2400;
        this.timesWithSeconds = b.timesWithSeconds;
        this.timestampsWithSeconds = b.timestampsWithSeconds;
        this.tokenTimes = b.tokenTimes;
        this.rdLeadingZero = b.rdLeadingZero;
        this.rdEmptyAsDash = b.rdEmptyAsDash;
        this.portalNoDataAsErrorCode = b.portalNoDataAsErrorCode;
        this.generationFlagInsideData = b.generationFlagInsideData;
    }

    /** Exactly the shapes of doc/smt-protocol.md §1–§3. */
    public static AnswerShapes defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these shapes. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.portalDataWrapper = portalDataWrapper;
        b.officialDataWrapper = officialDataWrapper;
        b.tokenAtTopLevel = tokenAtTopLevel;
        b.numberStyle = numberStyle;
        b.exponentNumbers = exponentNumbers;
        b.dateStyle = dateStyle;
        b.portalTimeStyle = portalTimeStyle;
        b.endOfDayAs2400 = endOfDayAs2400;
        b.timesWithSeconds = timesWithSeconds;
        b.timestampsWithSeconds = timestampsWithSeconds;
        b.tokenTimes = tokenTimes;
        b.rdLeadingZero = rdLeadingZero;
        b.rdEmptyAsDash = rdEmptyAsDash;
        b.portalNoDataAsErrorCode = portalNoDataAsErrorCode;
        b.generationFlagInsideData = generationFlagInsideData;
        return b;
    }

    /** Portal answers (except the login token, see {@link #tokenAtTopLevel()}) inside {"data": ...}. */
    public boolean portalDataWrapper() {
        return portalDataWrapper;
    }

    /** Official answers inside {"data": ...}. */
    public boolean officialDataWrapper() {
        return officialDataWrapper;
    }

    /** The portal login answer has token at the top level (else inside "data"). */
    public boolean tokenAtTopLevel() {
        return tokenAtTopLevel;
    }

    public NumberStyle numberStyle() {
        return numberStyle;
    }

    /** kWh values (and registers) written in exponent form, e.g. 2.3459133E+4. */
    public boolean exponentNumbers() {
        return exponentNumbers;
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public PortalTimeStyle portalTimeStyle() {
        return portalTimeStyle;
    }

    /** The last portal interval row of a day ends at "24:00" (24-hour styles only) instead of the next day's 0:00. */
    public boolean endOfDayAs2400() {
        return endOfDayAs2400;
    }

    /** Portal interval times carry seconds (" 12:15:00 am", "00:15:00"). */
    public boolean timesWithSeconds() {
        return timesWithSeconds;
    }

    /** Timestamps (RevTS, odrdate, readDate, revisionDate, lastupdate) carry seconds (default true). */
    public boolean timestampsWithSeconds() {
        return timestampsWithSeconds;
    }

    public TokenTimeStyle tokenTimes() {
        return tokenTimes;
    }

    /** RD values below 1 kWh keep their leading zero ("0.198-A"); default false (".198-A"). */
    public boolean rdLeadingZero() {
        return rdLeadingZero;
    }

    /** Empty RD positions written as a bare "-" instead of nothing. */
    public boolean rdEmptyAsDash() {
        return rdEmptyAsDash;
    }

    /**
     * When no data is published yet, every portal data endpoint answers errorCode "1"; default false:
     * /api/adhoc/intervalsynch answers errorCode "1", the /api/usage/... endpoints answer empty lists.
     */
    public boolean portalNoDataAsErrorCode() {
        return portalNoDataAsErrorCode;
    }

    /**
     * /api/usage/interval puts generationFlag beside intervaldata inside "data"; default false: at the top
     * level of the answer, beside "data" (doc/smt-protocol.md §2 "plus top-level generationFlag").
     */
    public boolean generationFlagInsideData() {
        return generationFlagInsideData;
    }

    @Override
    public String toString() {
        return "AnswerShapes[portalDataWrapper=" + portalDataWrapper + ", officialDataWrapper=" + officialDataWrapper
                + ", tokenAtTopLevel=" + tokenAtTopLevel + ", numberStyle=" + numberStyle + ", exponentNumbers="
                + exponentNumbers + ", dateStyle=" + dateStyle + ", portalTimeStyle=" + portalTimeStyle
                + ", endOfDayAs2400=" + endOfDayAs2400 + ", timesWithSeconds=" + timesWithSeconds
                + ", timestampsWithSeconds=" + timestampsWithSeconds + ", tokenTimes=" + tokenTimes + ", rdLeadingZero="
                + rdLeadingZero + ", rdEmptyAsDash=" + rdEmptyAsDash + ", portalNoDataAsErrorCode="
                + portalNoDataAsErrorCode + ", generationFlagInsideData=" + generationFlagInsideData + "]";
    }

    /** Builds {@link AnswerShapes}; starts from the defaults. */
    public static final class Builder {
        private boolean portalDataWrapper = true;
        private boolean officialDataWrapper = false;
        private boolean tokenAtTopLevel = true;
        private NumberStyle numberStyle = NumberStyle.DOCUMENTED;
        private boolean exponentNumbers = false;
        private DateStyle dateStyle = DateStyle.DOCUMENTED;
        private PortalTimeStyle portalTimeStyle = PortalTimeStyle.SPACED_12H;
        private boolean endOfDayAs2400 = false;
        private boolean timesWithSeconds = false;
        private boolean timestampsWithSeconds = true;
        private TokenTimeStyle tokenTimes = TokenTimeStyle.NONE;
        private boolean rdLeadingZero = false;
        private boolean rdEmptyAsDash = false;
        private boolean portalNoDataAsErrorCode = false;
        private boolean generationFlagInsideData = false;

        private Builder() {
        }

        public Builder portalDataWrapper(boolean value) {
            portalDataWrapper = value;
            return this;
        }

        public Builder officialDataWrapper(boolean value) {
            officialDataWrapper = value;
            return this;
        }

        /** Sets both wrappers at once. */
        public Builder dataWrapper(boolean portal, boolean official) {
            portalDataWrapper = portal;
            officialDataWrapper = official;
            return this;
        }

        public Builder tokenAtTopLevel(boolean value) {
            tokenAtTopLevel = value;
            return this;
        }

        public Builder numberStyle(NumberStyle value) {
            numberStyle = value;
            return this;
        }

        /** true: {@link NumberStyle#STRINGS}, false: {@link NumberStyle#NUMBERS}. */
        public Builder numbersAsStrings(boolean value) {
            numberStyle = value ? NumberStyle.STRINGS : NumberStyle.NUMBERS;
            return this;
        }

        public Builder exponentNumbers(boolean value) {
            exponentNumbers = value;
            return this;
        }

        public Builder dateStyle(DateStyle value) {
            dateStyle = value;
            return this;
        }

        public Builder portalTimeStyle(PortalTimeStyle value) {
            portalTimeStyle = value;
            return this;
        }

        public Builder endOfDayAs2400(boolean value) {
            endOfDayAs2400 = value;
            return this;
        }

        public Builder timesWithSeconds(boolean value) {
            timesWithSeconds = value;
            return this;
        }

        public Builder timestampsWithSeconds(boolean value) {
            timestampsWithSeconds = value;
            return this;
        }

        public Builder tokenTimes(TokenTimeStyle value) {
            tokenTimes = value;
            return this;
        }

        public Builder rdLeadingZero(boolean value) {
            rdLeadingZero = value;
            return this;
        }

        public Builder rdEmptyAsDash(boolean value) {
            rdEmptyAsDash = value;
            return this;
        }

        public Builder portalNoDataAsErrorCode(boolean value) {
            portalNoDataAsErrorCode = value;
            return this;
        }

        public Builder generationFlagInsideData(boolean value) {
            generationFlagInsideData = value;
            return this;
        }

        public AnswerShapes build() {
            return new AnswerShapes(this);
        }
    }
}
