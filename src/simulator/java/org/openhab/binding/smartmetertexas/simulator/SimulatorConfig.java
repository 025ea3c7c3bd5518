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

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What a {@link SmtSimulator} starts with. Immutable; see {@link #builder()} for the defaults.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatorConfig {

    private final int port;
    private final Clock clock;
    private final String username;
    private final String password;
    private final List<MeterSpec> meters;
    private final Duration odrDelay;
    private final boolean odrPreviousReadFirst;
    private final int publishHourCentral;
    private final Duration portalTokenLifetime;
    private final Duration officialTokenLifetime;
    private final AnswerShapes answerShapes;
    private final int maxRangeDays;
    private final int maxMonthlyRangeDays;
    private final int historyDays;
    private final int odrHourlyLimit;
    private final int odrDailyLimit;
    private final Duration slowDelay;
    private final long oversizedBodyBytes;

    private SimulatorConfig(Builder b) {
        this.port = b.port;
        this.clock = b.clock;
        this.username = b.username;
        this.password = b.password;
        this.meters = List.copyOf(b.meters);
        this.odrDelay = b.odrDelay;
        this.odrPreviousReadFirst = b.odrPreviousReadFirst;
        this.publishHourCentral = b.publishHourCentral;
        this.portalTokenLifetime = b.portalTokenLifetime;
        this.officialTokenLifetime = b.officialTokenLifetime;
        this.answerShapes = b.answerShapes;
        this.maxRangeDays = b.maxRangeDays;
        this.maxMonthlyRangeDays = b.maxMonthlyRangeDays;
        this.historyDays = b.historyDays;
        this.odrHourlyLimit = b.odrHourlyLimit;
        this.odrDailyLimit = b.odrDailyLimit;
        this.slowDelay = b.slowDelay;
        this.oversizedBodyBytes = b.oversizedBodyBytes;
    }

    /** The defaults (see each builder method). */
    public static SimulatorConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** TCP port on 127.0.0.1; 0 = any free port. */
    public int port() {
        return port;
    }

    /** The only source of "now" for the simulator. */
    public Clock clock() {
        return clock;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public List<MeterSpec> meters() {
        return meters;
    }

    /** How long after the request an ODR completes (simulator clock). */
    public Duration odrDelay() {
        return odrDelay;
    }

    /** While a new read is pending, latestodrread still shows the previous completed read. */
    public boolean odrPreviousReadFirst() {
        return odrPreviousReadFirst;
    }

    /** Central hour from which yesterday's data is published. */
    public int publishHourCentral() {
        return publishHourCentral;
    }

    public Duration portalTokenLifetime() {
        return portalTokenLifetime;
    }

    public Duration officialTokenLifetime() {
        return officialTokenLifetime;
    }

    public AnswerShapes answerShapes() {
        return answerShapes;
    }

    /** Longest inclusive day range accepted by interval and daily endpoints (HTTP 400 beyond). */
    public int maxRangeDays() {
        return maxRangeDays;
    }

    /** Longest inclusive day range accepted by monthly endpoints (HTTP 400 beyond). */
    public int maxMonthlyRangeDays() {
        return maxMonthlyRangeDays;
    }

    /** How many days back from today data exist. */
    public int historyDays() {
        return historyDays;
    }

    /** ODR reads per ESIID in any rolling hour (5031 beyond). */
    public int odrHourlyLimit() {
        return odrHourlyLimit;
    }

    /** ODR reads per ESIID per Central calendar day (5032 beyond). */
    public int odrDailyLimit() {
        return odrDailyLimit;
    }

    /** Real-time delay of {@link Fault#SLOW} answers. */
    public Duration slowDelay() {
        return slowDelay;
    }

    /** Size of {@link Fault#OVERSIZED_BODY} answers. */
    public long oversizedBodyBytes() {
        return oversizedBodyBytes;
    }

    /** Builds {@link SimulatorConfig}. */
    public static final class Builder {
        private int port = 0;
        private Clock clock = Clock.systemUTC();
        private String username = "demo";
        private String password = "demo-password";
        private List<MeterSpec> meters = List.of(MeterSpec.DEFAULT_HOUSEHOLD, MeterSpec.DEFAULT_SOLAR);
        private Duration odrDelay = Duration.ofSeconds(30);
        private boolean odrPreviousReadFirst = false;
        private int publishHourCentral = 9;
        private Duration portalTokenLifetime = Duration.ofMinutes(30);
        private Duration officialTokenLifetime = Duration.ofSeconds(3600);
        private AnswerShapes answerShapes = AnswerShapes.defaults();
        private int maxRangeDays = 31;
        private int maxMonthlyRangeDays = 731;
        private int historyDays = 730;
        private int odrHourlyLimit = 2;
        private int odrDailyLimit = 24;
        private Duration slowDelay = Duration.ofSeconds(5);
        private long oversizedBodyBytes = 50L * 1024 * 1024;

        private Builder() {
        }

        /** Default 0 (any free port). */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Default the system clock. */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /** Default "demo". */
        public Builder username(String value) {
            username = value;
            return this;
        }

        /** Default "demo-password". */
        public Builder password(String value) {
            password = value;
            return this;
        }

        /** Default {@link MeterSpec#DEFAULT_HOUSEHOLD} and {@link MeterSpec#DEFAULT_SOLAR}. */
        public Builder meters(List<MeterSpec> value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException("at least one meter");
            }
            meters = List.copyOf(value);
            return this;
        }

        /** Default 30 s. */
        public Builder odrDelay(Duration value) {
            odrDelay = value;
            return this;
        }

        /** Default false. */
        public Builder odrPreviousReadFirst(boolean value) {
            odrPreviousReadFirst = value;
            return this;
        }

        /** Default 9 (yesterday's data appears at 09:00 Central). */
        public Builder publishHourCentral(int value) {
            if (value < 0 || value > 23) {
                throw new IllegalArgumentException("hour 0..23");
            }
            publishHourCentral = value;
            return this;
        }

        /** Default 30 minutes. */
        public Builder portalTokenLifetime(Duration value) {
            portalTokenLifetime = value;
            return this;
        }

        /** Default 3600 s. */
        public Builder officialTokenLifetime(Duration value) {
            officialTokenLifetime = value;
            return this;
        }

        /** Default {@link AnswerShapes#defaults()}. */
        public Builder answerShapes(AnswerShapes value) {
            answerShapes = value;
            return this;
        }

        /** Default 31. */
        public Builder maxRangeDays(int value) {
            maxRangeDays = value;
            return this;
        }

        /** Default 731. */
        public Builder maxMonthlyRangeDays(int value) {
            maxMonthlyRangeDays = value;
            return this;
        }

        /** Default 730. */
        public Builder historyDays(int value) {
            historyDays = value;
            return this;
        }

        /** Default 2. */
        public Builder odrHourlyLimit(int value) {
            odrHourlyLimit = value;
            return this;
        }

        /** Default 24. */
        public Builder odrDailyLimit(int value) {
            odrDailyLimit = value;
            return this;
        }

        /** Default 5 s (real time). */
        public Builder slowDelay(Duration value) {
            slowDelay = value;
            return this;
        }

        /** Default 50 MiB. */
        public Builder oversizedBodyBytes(long value) {
            oversizedBodyBytes = value;
            return this;
        }

        public SimulatorConfig build() {
            return new SimulatorConfig(this);
        }
    }
}
