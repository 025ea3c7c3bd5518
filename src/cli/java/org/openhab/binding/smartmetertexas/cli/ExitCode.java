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
package org.openhab.binding.smartmetertexas.cli;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The command line's exit codes, as documented in {@code --help} and the README.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ExitCode {

    /** Done. */
    public static final int OK = 0;
    /** Anything else went wrong (a file could not be written, the port is taken, ...). */
    public static final int FAILURE = 1;
    /**
     * The command line was wrong: unknown command or option, missing or invalid value, no password; or SMT says a
     * setting is wrong (an ESIID not on the account, a meter number not of the ESIID, the requester type).
     */
    public static final int USAGE = 2;
    /** SMT refused the login: wrong user name or password (or, on the official API, an IP not allow-listed). */
    public static final int LOGIN_REFUSED = 3;
    /** SMT blocked the requests (HTTP 403, bot protection), SMT's rate limit (429), or the read limit is reached. */
    public static final int BLOCKED_OR_RATE_LIMITED = 4;
    /** SMT is unavailable, answered something unusable, failed the read, or has no data for the range yet. */
    public static final int SMT_UNAVAILABLE = 5;
    /** Parts of the input (a file, or SMT's data) cannot be trusted; the readable rows were still written. */
    public static final int INPUT_REJECTED = 6;

    private ExitCode() {
    }
}
