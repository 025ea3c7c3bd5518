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
package org.openhab.binding.smartmetertexas.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Proves what a user sees on a thing for each kind of failure: configuration problems stop the retries (retrying
 * wrong credentials would lock the account), everything else shows its text and is tried again, not before the
 * time SMT or the request policy named.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class FailureStatusTest {

    /** 10:00 in Central daylight time. */
    private static final Instant T = Instant.parse("2025-06-10T15:00:00Z");
    private static final String T_CENTRAL = "2025-06-10 10:00 CDT";

    private static FailureStatus portal(SmtException failure) {
        return FailureStatus.of(failure, Flow.PORTAL);
    }

    private static void assertConfiguration(String description, FailureStatus status) {
        assertEquals(new FailureStatus(ThingStatusDetail.CONFIGURATION_ERROR, description, false, null), status);
    }

    private static void assertCommunication(String description, FailureStatus status) {
        assertEquals(new FailureStatus(ThingStatusDetail.COMMUNICATION_ERROR, description, true, null), status);
    }

    @Test
    void rejectedLoginsAreConfigurationErrorsThatAreNotRetried() {
        assertConfiguration("@text/offline.invalid-credentials",
                portal(new SmtException(Failure.INVALID_CREDENTIALS, "SMT rejected the user name or password")));
        assertConfiguration("@text/offline.login-refused",
                FailureStatus.of(new SmtException(Failure.LOGIN_REFUSED, "HTTP 401"), Flow.OFFICIAL));
        assertConfiguration("@text/offline.login-path-not-found [\"/commonapi/user/authenticate\"]",
                portal(SmtException.loginPathNotFound("/commonapi/user/authenticate")));
        assertConfiguration("@text/offline.keystore",
                portal(new SmtException(Failure.KEYSTORE, "cannot read the client keystore")));
    }

    @Test
    void aBlockWaitsUntilItsEndAndShowsItInCentralTime() {
        FailureStatus status = portal(SmtException.blocked("SMT blocked the request to /api/meter (HTTP 403)", T));

        assertEquals(new FailureStatus(ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.blocked [\"" + T_CENTRAL + "\"]", true, T), status);
    }

    @Test
    void aTlsFailureNamesTheHostAndIsRetried() {
        assertCommunication("@text/offline.tls-failure [\"smartmetertexas.com\"]",
                portal(SmtException.tlsFailure("smartmetertexas.com", "PKIX path building failed")));
    }

    @Test
    void anUnavailableSmtShowsWhyAndIsRetried() {
        assertCommunication("@text/offline.service-unavailable [\"/api/meter answered HTTP 500\"]",
                portal(new SmtException(Failure.SERVER_ERROR, "/api/meter answered HTTP 500")));
        assertCommunication("@text/offline.service-unavailable [\"connection to host failed\"]",
                portal(new SmtException(Failure.CONNECTION, "connection to host failed")));
        assertCommunication("@text/offline.maintenance",
                portal(new SmtException(Failure.MAINTENANCE, "/api/meter answered an HTML page")));
        assertCommunication("@text/offline.protocol-error [\"/api/meter: unexpected answer\"]",
                portal(new SmtException(Failure.PROTOCOL_ERROR, "/api/meter: unexpected answer")));
    }

    @Test
    void aTimeoutOfTheOfficialApiPointsAtTheIpAllowList() {
        SmtException timeout = new SmtException(Failure.TIMEOUT, "host did not answer within 60 s");

        assertCommunication("@text/offline.timeout", FailureStatus.of(timeout, Flow.PORTAL));
        assertCommunication("@text/offline.official-timeout", FailureStatus.of(timeout, Flow.OFFICIAL));
    }

    @Test
    void aRefusedRequestWaitsUntilItMayGo() {
        FailureStatus status = portal(SmtException.refused(new Refusal(Rule.BLOCKED, T, "SMT blocked")));

        assertEquals(new FailureStatus(ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.waiting [\"" + T_CENTRAL + "\"]", true, T), status);
    }

    @Test
    void aRequestHeldBackAfterRejectedCredentialsWaitsForANewConfiguration() {
        SmtException held = SmtException.refused(new Refusal(Rule.CREDENTIALS_REJECTED, null, "SMT rejected them"));

        assertEquals(Failure.CREDENTIALS_HELD_BACK, held.kind());
        assertConfiguration(
                "@text/offline.communication-error [\"Not sent: SMT rejected them; change the configuration to try again\"]",
                portal(held));
    }

    @Test
    void aReadLimitOrMissingDataIsACommunicationErrorWithItsRetryTime() {
        FailureStatus limited = portal(SmtException.rateLimited("Not sent: budget", LimitScope.HOUR, T, false));
        assertEquals(new FailureStatus(ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.communication-error [\"Not sent: budget; next read not before " + T + "\"]", true, T),
                limited);
        assertCommunication("@text/offline.communication-error [\"SMT has no daily reads yet\"]",
                portal(new SmtException(Failure.NOT_YET_AVAILABLE, "SMT has no daily reads yet")));
    }

    @Test
    void everyKindHasADetailAndADescription() {
        for (Failure kind : Failure.values()) {
            FailureStatus status = portal(new SmtException(kind, "detail"));
            assertTrue(status.description().startsWith("@text/offline."), kind + ": " + status.description());
            assertEquals(!kind.fixConfiguration(), status.retry(), kind.name());
        }
    }
}
