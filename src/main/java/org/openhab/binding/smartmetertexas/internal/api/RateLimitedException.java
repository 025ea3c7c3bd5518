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

import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;

/**
 * An on-demand read was not started because a read limit is exhausted: SMT's (5031 hourly, 5032 daily; the
 * request went out) or our own budget (the request did not go out). The read status to show is LIMIT.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class RateLimitedException extends SmtException {

    private static final long serialVersionUID = 1L;

    private final LimitScope scope;
    private final Instant until;
    private final boolean reportedBySmt;

    public RateLimitedException(String message, LimitScope scope, Instant until, boolean reportedBySmt) {
        super(message + "; next read not before " + until);
        this.scope = scope;
        this.until = until;
        this.reportedBySmt = reportedBySmt;
    }

    /** Whether the hour's or the day's limit is exhausted. */
    public LimitScope scope() {
        return scope;
    }

    /** The earliest instant the next read request may go. */
    public Instant until() {
        return until;
    }

    /** True when SMT answered 5031/5032; false when our own budget kept the request back. */
    public boolean reportedBySmt() {
        return reportedBySmt;
    }

    @Override
    public Optional<Instant> retryNotBefore() {
        return Optional.of(until);
    }
}
