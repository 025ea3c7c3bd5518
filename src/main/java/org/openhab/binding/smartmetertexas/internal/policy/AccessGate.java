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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether an account may talk to SMT at all. After a 403 or a bot challenge nothing goes out for an hour,
 * then two, four… (at most a day) while SMT keeps blocking. After an HTTP 429 nothing goes out until its
 * {@code Retry-After} ends (doc/smt-protocol.md §7): no other endpoint, no login. After SMT rejected the
 * credentials nothing goes out again: only a new configuration (a new policy) helps, because retrying would only
 * lock the account.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AccessGate {

    public static final Duration FIRST_BLOCK = Duration.ofHours(1);
    public static final Duration LONGEST_BLOCK = Duration.ofHours(24);
    /** How long a 429 without a (readable) Retry-After holds. */
    public static final Duration RATE_LIMIT_WITHOUT_RETRY_AFTER = Duration.ofMinutes(15);
    /** No 429 holds longer, whatever its Retry-After says. */
    public static final Duration LONGEST_RATE_LIMIT = Duration.ofHours(24);
    /** Retry-After as an HTTP date: {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private final Clock clock;
    private @Nullable Instant blockedUntil;
    private @Nullable Instant rateLimitedUntil;
    private int blocksInARow;
    private @Nullable String rejection;

    public AccessGate(Clock clock) {
        this.clock = clock;
    }

    /** Why no request may go now, or empty when requests may go. */
    public synchronized Optional<Refusal> check() {
        String rejected = rejection;
        if (rejected != null) {
            return Optional.of(new Refusal(Rule.CREDENTIALS_REJECTED, null, rejected));
        }
        Instant now = clock.instant();
        @Nullable
        Refusal refusal = null;
        Instant until = blockedUntil;
        if (until != null && now.isBefore(until)) {
            refusal = new Refusal(Rule.BLOCKED, until, "SMT blocked this account's requests (HTTP 403)");
        }
        Instant limited = rateLimitedUntil;
        if (limited != null && now.isBefore(limited)) {
            refusal = Refusal.later(refusal,
                    new Refusal(Rule.SMT_RATE_LIMIT, limited, "SMT limits this account's requests (HTTP 429)"));
        }
        return refusal == null ? Optional.empty() : Optional.of(refusal);
    }

    /**
     * SMT answered HTTP 429: nothing goes out before the returned instant. {@code retryAfter} is the header's value:
     * seconds or an HTTP date; without one (or unreadable) 15 minutes, and never more than 24 hours.
     */
    public synchronized Instant rateLimited(@Nullable String retryAfter) {
        Instant now = clock.instant();
        Instant until = now.plus(RATE_LIMIT_WITHOUT_RETRY_AFTER);
        String value = retryAfter == null ? "" : retryAfter.strip();
        if (value.matches("\\d+")) {
            until = value.length() > 9 ? now.plus(LONGEST_RATE_LIMIT) : now.plusSeconds(Long.parseLong(value));
        } else if (!value.isEmpty()) {
            try {
                until = ZonedDateTime.parse(value, HTTP_DATE).toInstant();
            } catch (DateTimeParseException e) {
                // unreadable: the default holds
            }
        }
        if (until.isAfter(now.plus(LONGEST_RATE_LIMIT))) {
            until = now.plus(LONGEST_RATE_LIMIT);
        }
        Instant previous = rateLimitedUntil;
        if (previous != null && previous.isAfter(until)) {
            return previous;
        }
        rateLimitedUntil = until;
        return until;
    }

    /** SMT answered 403 or a bot challenge: returns the end of the (growing) back-off. */
    public synchronized Instant blocked() {
        // 1, 2, 4 … hours: 2^5 hours is past the longest block already.
        Duration wait = FIRST_BLOCK.multipliedBy(1L << Math.min(blocksInARow++, 5));
        Instant until = clock.instant().plus(wait.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : wait);
        blockedUntil = until;
        return until;
    }

    /** SMT rejected the credentials; {@code why} is shown on every later refusal (never a secret). */
    public synchronized void credentialsRejected(String why) {
        rejection = why;
    }

    /** SMT answered normally: the next block starts again at one hour. */
    public synchronized void answered() {
        blocksInARow = 0;
    }
}
