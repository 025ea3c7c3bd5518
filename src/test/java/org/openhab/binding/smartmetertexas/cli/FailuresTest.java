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

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;

/**
 * Proves the exit code and the first stderr line of every kind of failure, as documented in {@code --help}: 2 not
 * possible, 3 login refused, 4 blocked or read limit reached, 5 SMT unavailable.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class FailuresTest {

    private static final Instant T = Instant.parse("2025-06-10T15:00:00Z");

    private static String report(SmtException e, int expectedCode) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(expectedCode, Failures.report(e, err), e.kind().name());
        assertEquals(expectedCode, Failures.exitCode(e));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rejectedLoginsExit3() {
        assertTrue(report(new SmtException(Failure.INVALID_CREDENTIALS, "wrong"), ExitCode.LOGIN_REFUSED)
                .startsWith("smt: login refused: wrong"));
        assertTrue(report(new SmtException(Failure.LOGIN_REFUSED, "401"), ExitCode.LOGIN_REFUSED)
                .startsWith("smt: login refused: 401"));
        assertTrue(report(SmtException.loginPathNotFound("/x"), ExitCode.LOGIN_REFUSED)
                .startsWith("smt: login refused: SMT has no login at /x"));
        assertTrue(report(SmtException.refused(new Refusal(Rule.CREDENTIALS_REJECTED, null, "rejected")),
                ExitCode.LOGIN_REFUSED).startsWith("smt: login refused: Not sent: rejected"));
    }

    @Test
    void blocksAndReadLimitsExit4() {
        String blocked = report(SmtException.blocked("SMT blocked", T), ExitCode.BLOCKED_OR_RATE_LIMITED);
        assertTrue(blocked.startsWith("smt: blocked: SMT blocked; no request before " + T), blocked);
        assertTrue(blocked.contains("wait at least an hour"), blocked);

        String limited = report(SmtException.rateLimited("SMT reports the hourly read limit", LimitScope.HOUR, T, true),
                ExitCode.BLOCKED_OR_RATE_LIMITED);
        assertTrue(limited.startsWith("smt: read limit reached: SMT reports the hourly read limit"), limited);

        String budget = report(SmtException.refused(new Refusal(Rule.ODR_HOURLY_BUDGET, T, "budget")),
                ExitCode.BLOCKED_OR_RATE_LIMITED);
        assertTrue(budget.startsWith("smt: read limit reached: Not sent: budget"), budget);

        String poll = report(SmtException.refused(new Refusal(Rule.POLL_SCHEDULE, T, "poll due later")),
                ExitCode.BLOCKED_OR_RATE_LIMITED);
        assertTrue(poll.startsWith("smt: blocked: Not sent: poll due later"), poll);
        assertFalse(poll.contains("wait at least an hour"), poll);
    }

    @Test
    void whatCannotBeDoneAsAskedExits2() {
        assertTrue(report(new SmtException(Failure.NOT_SUPPORTED, "no meter list"), ExitCode.USAGE)
                .startsWith("smt: not possible: no meter list"));
        assertTrue(report(new SmtException(Failure.KEYSTORE, "cannot read"), ExitCode.USAGE)
                .startsWith("smt: not possible: cannot read"));
    }

    @Test
    void anUnavailableOrUnreadableSmtExits5() {
        for (Failure kind : new Failure[] { Failure.SERVER_ERROR, Failure.MAINTENANCE, Failure.TIMEOUT,
                Failure.CONNECTION, Failure.PROTOCOL_ERROR, Failure.NOT_YET_AVAILABLE }) {
            String err = report(new SmtException(kind, "down"), ExitCode.SMT_UNAVAILABLE);
            assertEquals("smt: SMT unavailable: down" + System.lineSeparator(), err, kind.name());
        }
        String tls = report(SmtException.tlsFailure("localhost", "PKIX"), ExitCode.SMT_UNAVAILABLE);
        assertTrue(tls.startsWith("smt: SMT unavailable: TLS connection to localhost failed: PKIX"), tls);
        assertTrue(tls.contains("--cacert FILE"), tls);
    }

    @Test
    void smtsRateLimitExits4AndSaysWhenItEndsInCentralTime() {
        String limited = report(SmtException.smtRateLimited("/api/usage/daily", T), ExitCode.BLOCKED_OR_RATE_LIMITED);
        assertTrue(limited.startsWith("smt: rate limited: SMT limits this account's requests (HTTP 429"), limited);
        assertTrue(limited.contains("until 2025-06-10 10:00 CDT; this command does not wait"), limited);
    }

    @Test
    void smtsWordsAboutTheUsersOwnSettingsExit2WithWhatToCheck() {
        String esiid = report(new SmtException(Failure.UNKNOWN_ESIID, "ESIID 1 is not on this account"),
                ExitCode.USAGE);
        assertTrue(esiid.startsWith("smt: check your settings: ESIID 1 is not on this account"), esiid);
        assertTrue(esiid.contains("'meters' lists the account's meters"), esiid);
        assertTrue(report(new SmtException(Failure.METER_NUMBER_MISMATCH, "no"), ExitCode.USAGE).contains("--meter"));
        assertTrue(report(new SmtException(Failure.REQUESTER_REJECTED, "no"), ExitCode.USAGE).contains("--duns"));
    }

    @Test
    void theCacertHintNamesWhatApplies() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Failures.report(SmtException.tlsFailure("localhost", "PKIX"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String given = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(given.contains("pass its CA certificate"), given);
        assertTrue(given.contains("not signed by the CA of --cacert FILE"), given);
    }

    @Test
    void everyKindHasADocumentedExitCode() {
        for (Failure kind : Failure.values()) {
            int code = kind.exitCode();
            assertTrue(code >= ExitCode.USAGE && code <= ExitCode.INPUT_REJECTED, kind + ": " + code);
        }
    }
}
