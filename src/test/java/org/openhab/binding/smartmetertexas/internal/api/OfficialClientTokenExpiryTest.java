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
import org.openhab.binding.smartmetertexas.internal.model.Esiid;

/**
 * Proves the official token's life: refreshed about a minute before {@code expiresIn} runs out, without waiting for
 * a 401; a revoked token costs one refresh and one retry.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class OfficialClientTokenExpiryTest {

    private static final String TOKEN = "/v2/token/";
    private @NonNullByDefault({}) SimulatedAccount account;

    @BeforeEach
    void start() throws Exception {
        account = SimulatedAccount.start(Flow.OFFICIAL, c -> c.officialTokenLifetime(Duration.ofSeconds(3600)), a -> {
        });
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void theTokenIsRefreshedAMinuteBeforeItExpires() throws SmtException {
        Esiid esiid = account.household();
        account.client.login();
        var issuedAt = account.requests().get(0).time();

        account.clock.set(issuedAt.plus(Duration.ofSeconds(3600 - 61)));
        account.client.daily(esiid, new DateRange(YESTERDAY, YESTERDAY));
        assertEquals(1, account.count(TOKEN), "still valid for more than a minute: reused");

        account.clock.set(issuedAt.plus(Duration.ofSeconds(3600 - 59)));
        account.sim.clearRequests();
        account.client.daily(esiid, new DateRange(YESTERDAY, YESTERDAY));
        assertEquals(List.of(TOKEN, "/v2/dailyreads/"), account.paths(), "refreshed before use, no 401 needed");
    }

    @Test
    void revokedTokenCostsOneRefreshAndOneRetry() throws SmtException {
        Esiid esiid = account.household();
        account.client.daily(esiid, new DateRange(YESTERDAY, YESTERDAY));
        account.sim.clearRequests();
        account.sim.control().expireTokens();
        account.client.daily(esiid, new DateRange(YESTERDAY, YESTERDAY));
        assertEquals(List.of("/v2/dailyreads/", TOKEN, "/v2/dailyreads/"), account.paths());
    }
}
