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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;

/**
 * Turns the client's classified failures into the documented exit codes and one clear line on stderr. The messages
 * come from the client, which never puts a password or token into them.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class Failures {

    private Failures() {
    }

    /** The exit code of a failure. */
    static int exitCode(SmtException e) {
        return e.kind().exitCode();
    }

    /** Reports the failure on {@code err} and returns its exit code. */
    static int report(SmtException e, PrintStream err) {
        int code = exitCode(e);
        String what = switch (code) {
            case ExitCode.LOGIN_REFUSED -> "login refused";
            case ExitCode.BLOCKED_OR_RATE_LIMITED -> e.kind() == Failure.RATE_LIMITED
                    || e.rule().filter(Rule::isReadLimit).isPresent() ? "read limit reached" : "blocked";
            case ExitCode.USAGE -> "not possible";
            default -> "SMT unavailable";
        };
        err.println("smt: " + what + ": " + e.getMessage());
        if (e.kind() == Failure.BLOCKED) {
            err.println("smt: SMT's bot protection or lock-out: wait at least an hour before trying again.");
        }
        if (e.kind() == Failure.TLS_FAILURE) {
            err.println("smt: if this is the simulator (or a proxy with its own CA), pass its CA certificate with "
                    + "--cacert FILE.");
        }
        return code;
    }
}
