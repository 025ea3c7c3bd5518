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

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;

/**
 * Turns the client's classified failures into the documented exit codes and one clear line on stderr. The messages
 * come from the client, which never puts a password or token into them.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class Failures {

    private static final DateTimeFormatter CENTRAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z",
            Locale.ROOT);

    private Failures() {
    }

    /** The exit code of a failure. */
    static int exitCode(SmtException e) {
        return e.kind().exitCode();
    }

    /** Reports the failure on {@code err} and returns its exit code. */
    static int report(SmtException e, PrintStream err) {
        return report(e, err, false);
    }

    /**
     * Reports the failure on {@code err} and returns its exit code; {@code cacertGiven}: the user already passed
     * --cacert (so the hint to pass one does not apply).
     */
    static int report(SmtException e, PrintStream err, boolean cacertGiven) {
        int code = exitCode(e);
        String what = switch (code) {
            case ExitCode.LOGIN_REFUSED -> "login refused";
            case ExitCode.BLOCKED_OR_RATE_LIMITED -> e.kind() == Failure.RATE_LIMITED
                    || e.rule().filter(Rule::isReadLimit).isPresent() ? "read limit reached"
                            : e.kind() == Failure.SMT_RATE_LIMITED ? "rate limited" : "blocked";
            case ExitCode.USAGE -> e.kind() == Failure.UNKNOWN_ESIID || e.kind() == Failure.METER_NUMBER_MISMATCH
                    || e.kind() == Failure.REQUESTER_REJECTED ? "check your settings" : "not possible";
            default -> "SMT unavailable";
        };
        err.println("smt: " + what + ": " + e.getMessage());
        switch (e.kind()) {
            case BLOCKED -> err
                    .println("smt: SMT's bot protection or lock-out: wait at least an hour before trying " + "again.");
            case SMT_RATE_LIMITED -> err.println("smt: SMT limits this account's requests (HTTP 429) until "
                    + e.retryNotBefore().map(Failures::central).orElse("later")
                    + "; this command does not wait: try again after that, and nothing else should ask SMT for "
                    + "this account before then.");
            case TLS_FAILURE -> err.println(cacertGiven
                    ? "smt: the certificate is not signed by the CA of --cacert FILE (nor by one Java trusts): "
                            + "check that FILE is this server's CA certificate."
                    : "smt: if this is the simulator (or a proxy with its own CA), pass its CA certificate with "
                            + "--cacert FILE.");
            case UNKNOWN_ESIID -> err.println("smt: SMT does not know this ESIID on your account: check it "
                    + "('meters' lists the account's meters).");
            case METER_NUMBER_MISMATCH -> err.println("smt: the meter number does not belong to this ESIID: leave "
                    + "--meter out to take the one SMT lists, or correct it.");
            case REQUESTER_REJECTED -> err.println("smt: SMT refused the requester: use --requester-type RES as a "
                    + "residential customer; CSP needs the provider's DUNS number (--duns).");
            default -> {
            }
        }
        return code;
    }

    /** An instant as Central wall time, e.g. 2025-06-10 10:15 CDT. */
    static String central(Instant instant) {
        return CENTRAL_TIME.format(instant.atZone(SmtTime.CENTRAL));
    }
}
