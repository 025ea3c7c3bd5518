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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.internal.api.SimulatedAccount.*;

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;

/**
 * Proves the portal token's life: it is reused while SMT accepts it, and a 401 (expired or revoked) costs exactly
 * one new login and one retry; a 401 that persists after a fresh login is an error, not a loop.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class PortalClientTokenExpiryTest {

    private static final String LOGIN = "/commonapi/user/authenticate";
    private @NonNullByDefault({}) SimulatedAccount account;

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Flow.PORTAL, c -> c.portalTokenLifetime(Duration.ofMinutes(30)), a -> {
        });
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void theTokenIsReusedAcrossCalls() throws SmtException {
        account.client.meters();
        account.client.daily(account.household(), new DateRange(YESTERDAY, YESTERDAY));
        account.client.intervals(account.household(), new DateRange(YESTERDAY, YESTERDAY));
        assertEquals(1, account.count(LOGIN));
    }

    @Test
    void revokedTokenCostsOneLoginAndOneRetry() throws SmtException {
        account.client.meters();
        account.sim.clearRequests();
        account.sim.control().expireTokens();
        assertEquals(2, account.client.meters().size());
        assertEquals(List.of("/api/meter", LOGIN, "/api/meter"), account.paths());
    }

    @Test
    void naturallyExpiredTokenIsRenewedTheSameWay() throws SmtException {
        account.client.meters();
        account.clock.advance(Duration.ofMinutes(31));
        account.sim.clearRequests();
        account.client.daily(account.household(), new DateRange(YESTERDAY, YESTERDAY));
        assertEquals(List.of("/api/usage/daily", LOGIN, "/api/usage/daily"), account.paths());
    }

    @Test
    void a401AfterAFreshLoginFailsInsteadOfLooping() throws SmtException {
        account.client.meters();
        account.sim.clearRequests();
        account.sim.control().fault(Endpoint.PORTAL_METERS, Fault.HTTP_401);
        assertEquals(Failure.PROTOCOL_ERROR, assertThrows(SmtException.class, () -> account.client.meters()).kind());
        assertEquals(List.of("/api/meter", LOGIN, "/api/meter"), account.paths());
    }
}
