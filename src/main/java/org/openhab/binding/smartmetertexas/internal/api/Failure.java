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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What kind of failure kept a request to SMT from giving an answer, and what follows from it: whom it concerns,
 * what the user must do, the status text openHAB shows and the command line's exit code. Thing statuses and exit
 * codes read these values; nobody asks for the type of an exception. A new kind of failure is a new value here.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Failure {

    // (whether it concerns the whole account, the status text's key, its argument, the exit code)

    /** SMT rejected the portal user name or password. */
    INVALID_CREDENTIALS(true, "offline.invalid-credentials", Argument.NONE, 3),
    /** The official API refused the login: wrong credentials or an IP address not allow-listed. */
    LOGIN_REFUSED(true, "offline.login-refused", Argument.NONE, 3),
    /** The login path answered 404: SMT moved its login. The subject is the path. */
    LOGIN_PATH_NOT_FOUND(true, "offline.login-path-not-found", Argument.SUBJECT, 3),
    /** Not sent: SMT rejected the credentials earlier, and only a configuration change lets requests go again. */
    CREDENTIALS_HELD_BACK(true, "offline.communication-error", Argument.DETAIL, 3),
    /** The client certificate keystore cannot be read. */
    KEYSTORE(true, "offline.keystore", Argument.NONE, 2),
    /**
     * SMT's bot protection or lock-out answered (HTTP 403 or a challenge page): nothing goes out for an hour or more.
     */
    BLOCKED(true, "offline.blocked", Argument.RETRY_TIME, 4),
    /**
     * SMT's own rate limit (HTTP 429): nothing goes to the account before its Retry-After ends (doc/smt-protocol.md
     * §7), and the command line does not wait.
     */
    SMT_RATE_LIMITED(true, "offline.rate-limited", Argument.RETRY_TIME, 4),
    /** The TLS connection failed, mostly an untrusted certificate. The subject is the host. */
    TLS_FAILURE(true, "offline.tls-failure", Argument.SUBJECT, 5),
    /** HTTP 5xx or a text/plain error page. */
    SERVER_ERROR(true, "offline.service-unavailable", Argument.DETAIL, 5),
    /** SMT's maintenance page. */
    MAINTENANCE(true, "offline.maintenance", Argument.NONE, 5),
    /** No answer within the request timeout. */
    TIMEOUT(true, "offline.timeout", Argument.NONE, 5),
    /** The connection failed or was reset, or the request could not be sent. */
    CONNECTION(true, "offline.service-unavailable", Argument.DETAIL, 5),
    /** SMT answered something the binding cannot read. */
    PROTOCOL_ERROR(false, "offline.protocol-error", Argument.DETAIL, 5),
    /** SMT has no data for the asked range yet. */
    NOT_YET_AVAILABLE(false, "offline.communication-error", Argument.DETAIL, 5),
    /** A read limit is exhausted, SMT's (5031/5032) or our own budget: the read status is LIMIT. */
    RATE_LIMITED(false, "offline.communication-error", Argument.DETAIL, 4),
    /** The request policy kept the request back: it was never sent, and may go at the retry time. */
    REQUEST_REFUSED(false, "offline.waiting", Argument.RETRY_TIME, 4),
    /** SMT does not know the meter's ESIID on this account: the user's configuration, not an outage. */
    UNKNOWN_ESIID(false, "offline.unknown-esiid", Argument.DETAIL, 2),
    /** SMT says the meter number does not belong to the ESIID. */
    METER_NUMBER_MISMATCH(false, "offline.meter-number-mismatch", Argument.DETAIL, 2),
    /** SMT refused the official API's requester type or DUNS number. */
    REQUESTER_REJECTED(true, "offline.requester-rejected", Argument.DETAIL, 2),
    /** The flow cannot do this (the official API has no meter list: configure the ESIIDs). */
    NOT_SUPPORTED(false, "offline.communication-error", Argument.DETAIL, 2),
    /** The electricity plan (a plan file or the flat-plan parameters) cannot be used; the detail names the field. */
    PLAN_ERROR(false, "offline.plan", Argument.DETAIL, 2);

    /** The one argument of the status text. */
    public enum Argument {
        /** None. */
        NONE,
        /** The failure's subject (a login path, a host). */
        SUBJECT,
        /** The retry time; without one the text is {@code offline.communication-error} with the detail. */
        RETRY_TIME,
        /** The failure's safe detail. */
        DETAIL
    }

    private final boolean accountWide;
    private final String statusKey;
    private final Argument argument;
    private final int exitCode;

    Failure(boolean accountWide, String statusKey, Argument argument, int exitCode) {
        this.accountWide = accountWide;
        this.statusKey = statusKey;
        this.argument = argument;
        this.exitCode = exitCode;
    }

    /**
     * Whether the failure concerns the login or SMT as a whole: the account shows it and retries, not each meter.
     * Otherwise it concerns one meter or only one request.
     */
    public boolean accountWide() {
        return accountWide;
    }

    /**
     * Whether the user must change the configuration (exit codes 2 and 3): the binding does not try again by itself.
     * Otherwise the binding waits until the retry time (4: nothing goes out before) or tries again by itself (5).
     */
    public boolean fixConfiguration() {
        return exitCode <= 3;
    }

    /** The i18n key of the OFFLINE status description (OH-INF/i18n). */
    public String statusKey(Flow flow) {
        // Only allow-listed IP addresses get an answer from the official API: a timeout mostly means that.
        return this == TIMEOUT && flow == Flow.OFFICIAL ? "offline.official-timeout" : statusKey;
    }

    public Argument argument() {
        return argument;
    }

    /**
     * The command line's exit code: 2 not possible as asked, 3 login refused, 4 blocked or read limit reached, 5 SMT
     * unavailable (the command line's ExitCode documents them).
     */
    public int exitCode() {
        return exitCode;
    }
}
