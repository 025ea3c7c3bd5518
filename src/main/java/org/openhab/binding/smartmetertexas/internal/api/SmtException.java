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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;

/**
 * Something kept a request to SMT from giving an answer. Its {@link #kind()} says what, so callers never parse
 * messages or ask for types; the message ({@link #detail()}) is for people and never holds a password or token.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SmtException extends Exception {

    private static final long serialVersionUID = 2L;

    private final Failure kind;
    private final @Nullable Instant retryNotBefore;
    private final @Nullable String subject;
    private final @Nullable Rule rule;
    private final @Nullable LimitScope limitScope;
    private final boolean reportedBySmt;

    public SmtException(Failure kind, String detail) {
        this(kind, detail, null);
    }

    public SmtException(Failure kind, String detail, @Nullable Throwable cause) {
        this(kind, detail, cause, null, null, null, null, false);
    }

    private SmtException(Failure kind, String detail, @Nullable Throwable cause, @Nullable Instant retryNotBefore,
            @Nullable String subject, @Nullable Rule rule, @Nullable LimitScope limitScope, boolean reportedBySmt) {
        // The detail may quote SMT: it reaches terminals, log lines and statuses only as printable text.
        super(SafeText.printable(detail), cause);
        this.kind = kind;
        this.retryNotBefore = retryNotBefore;
        this.subject = subject;
        this.rule = rule;
        this.limitScope = limitScope;
        this.reportedBySmt = reportedBySmt;
    }

    /** SMT's bot protection or lock-out answered: the account sends nothing until {@code retryAt}. */
    public static SmtException blocked(String detail, Instant retryAt) {
        return new SmtException(Failure.BLOCKED, detail + "; no request before " + retryAt, null, retryAt, null, null,
                null, false);
    }

    /**
     * A read limit is exhausted: SMT's ({@code reportedBySmt}: the request went out) or our own budget (it did
     * not); the next read may go at {@code until}.
     */
    public static SmtException rateLimited(String detail, LimitScope scope, Instant until, boolean reportedBySmt) {
        return new SmtException(Failure.RATE_LIMITED, detail + "; next read not before " + until, null, until, null,
                null, scope, reportedBySmt);
    }

    /** SMT answered HTTP 429 to {@code what}: nothing goes to the account before {@code until}. */
    public static SmtException smtRateLimited(String what, Instant until) {
        return new SmtException(Failure.SMT_RATE_LIMITED,
                "SMT limits this account's requests (HTTP 429 to " + what + "); no request before " + until, null,
                until, null, null, null, true);
    }

    /** The request policy kept a request back; without a retry time only a configuration change helps. */
    public static SmtException refused(Refusal refusal) {
        // While SMT's 429 holds, the account keeps showing that limit and when it ends.
        Rule rule = refusal.rule();
        Failure kind = rule == Rule.CREDENTIALS_REJECTED ? Failure.CREDENTIALS_HELD_BACK
                : rule == Rule.SMT_RATE_LIMIT ? Failure.SMT_RATE_LIMITED : Failure.REQUEST_REFUSED;
        Instant retryAt = refusal.retryAt();
        String detail = "Not sent: " + refusal.reason()
                + (retryAt == null ? "; change the configuration to try again" : "; not before " + retryAt);
        return new SmtException(kind, detail, null, retryAt, null, rule, null, false);
    }

    /** SMT has no login at {@code path} (HTTP 404). */
    public static SmtException loginPathNotFound(String path) {
        return new SmtException(Failure.LOGIN_PATH_NOT_FOUND,
                "SMT has no login at " + path + " (HTTP 404): check the login path", null, null, path, null, null,
                false);
    }

    /** The TLS connection to {@code host} failed. */
    public static SmtException tlsFailure(String host, String detail) {
        return new SmtException(Failure.TLS_FAILURE, "TLS connection to " + host + " failed: " + detail, null, null,
                host, null, null, false);
    }

    /** What kind of failure this is: its scope, the user's action, status text and exit code. */
    public Failure kind() {
        return kind;
    }

    /** The earliest instant it makes sense to try again, when SMT or the policy said so. */
    public Optional<Instant> retryNotBefore() {
        return optional(retryNotBefore);
    }

    /** The message, safe to show and log. */
    public String detail() {
        String message = getMessage();
        return message == null ? "" : message;
    }

    /** What the failure is about: the login path that answered 404, or the host whose TLS connection failed. */
    public Optional<String> subject() {
        return optional(subject);
    }

    /** The rule of the request policy that kept the request back. */
    public Optional<Rule> rule() {
        return optional(rule);
    }

    /** Whether the hour's or the day's read limit is exhausted. */
    public Optional<LimitScope> limitScope() {
        return optional(limitScope);
    }

    /** True when SMT answered 5031/5032 or 429; false when our own budget or policy kept the request back. */
    public boolean reportedBySmt() {
        return reportedBySmt;
    }

    private static <T> Optional<T> optional(@Nullable T value) {
        return value == null ? Optional.empty() : Optional.of(value);
    }
}
