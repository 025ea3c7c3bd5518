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
package org.openhab.binding.smartmetertexas.internal.policy;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The rules of the request policy that can refuse a request (doc/smt-protocol.md §7).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Rule {
    /** Our own budget: at most 2 on-demand read requests per ESIID in any rolling 60 minutes. */
    ODR_HOURLY_BUDGET,
    /** Our own budget: at most 24 on-demand read requests per ESIID per Central calendar day. */
    ODR_DAILY_BUDGET,
    /** SMT answered 5031 (hourly limit reached) for this ESIID. */
    SMT_HOURLY_LIMIT,
    /** SMT answered 5032 (daily limit reached) for this ESIID. */
    SMT_DAILY_LIMIT,
    /** A routine request for the same meter and data kind was sent less than 15 minutes ago. */
    ROUTINE_SPACING,
    /** A status poll of an on-demand read before its scheduled time. */
    POLL_SCHEDULE,
    /** SMT answered 403 or a bot challenge: nothing goes out until the back-off ends. */
    BLOCKED,
    /** SMT answered HTTP 429: nothing goes out to the account until its Retry-After ends. */
    SMT_RATE_LIMIT,
    /** SMT rejected the credentials: nothing goes out until the configuration changes. */
    CREDENTIALS_REJECTED;

    /** Whether the rule limits on-demand reads (ours or SMT's), i.e. the read status is LIMIT. */
    public boolean isReadLimit() {
        return this == ODR_HOURLY_BUDGET || this == ODR_DAILY_BUDGET || this == SMT_HOURLY_LIMIT
                || this == SMT_DAILY_LIMIT;
    }
}
