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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * The account bridge's statuses as a user sees them, against the simulator: online after login, each failure with
 * its own detail and description, no retry after configuration problems, recovery by itself after the others.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountHandlerTest {

    private static final Instant NOON = Instant.parse("2026-03-10T17:00:00Z");

    @Test
    void initializeReturnsAtOnceWithUnknownAndSendsNothing() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            AccountHandler account = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            assertEquals(ThingStatus.UNKNOWN, account.getThing().getStatus());
            assertEquals(0, harness.simulator.requests().size(), "initialize() does no I/O");
            assertEquals(0, harness.httpClients.size(), "the HTTP client is made off the initialize() path");
        }
    }

    @Test
    void portalAccountGoesOnlineAfterLogin() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            AccountHandler account = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            harness.run(Duration.ofSeconds(30));
            assertEquals(ThingStatus.ONLINE, account.getThing().getStatus());
            assertEquals(1, harness.requests("authenticate").size());
            assertEquals(2, account.meters().size(), "the account's meters are listed once online");
        }
    }

    @Test
    void officialAccountGoesOnlineAfterToken() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            AccountHandler account = harness.startAccount(BindingHarness.officialAccount(harness.simulator));
            harness.run(Duration.ofSeconds(30));
            assertEquals(ThingStatus.ONLINE, account.getThing().getStatus());
            assertEquals(1, harness.requests("/v2/token/").size());
        }
    }

    @Test
    void wrongPortalPasswordIsAConfigurationErrorWithoutRetry() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            Map<String, Object> config = BindingHarness.portalAccount(harness.simulator);
            config.put("password", "wrong");
            AccountHandler account = harness.startAccount(config);
            harness.run(Duration.ofDays(2));
            assertTrue(BindingHarness.isOffline(account.getThing().getStatusInfo(),
                    ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.invalid-credentials"));
            assertEquals(1, harness.requests("authenticate").size(), "never retried: SMT would lock the account");
        }
    }

    @Test
    void correctedPasswordBringsTheAccountOnline() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            Map<String, Object> config = BindingHarness.portalAccount(harness.simulator);
            config.put("password", "wrong");
            AccountHandler account = harness.startAccount(config);
            harness.run(Duration.ofMinutes(5));
            account.dispose();
            AccountHandler corrected = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            harness.run(Duration.ofSeconds(30));
            assertEquals(ThingStatus.ONLINE, corrected.getThing().getStatus());
        }
    }

    @Test
    void officialLoginRefusedNamesAllowListing() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            Map<String, Object> config = BindingHarness.officialAccount(harness.simulator);
            config.put("password", "wrong");
            AccountHandler account = harness.startAccount(config);
            harness.run(Duration.ofDays(1));
            assertTrue(BindingHarness.isOffline(account.getThing().getStatusInfo(),
                    ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.login-refused"));
            assertEquals(1, harness.requests("/v2/token/").size());
        }
    }

    @Test
    void movedLoginPathIsAConfigurationErrorNamingThePath() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            Map<String, Object> config = BindingHarness.portalAccount(harness.simulator);
            config.put("loginPath", "/api/user/authenticate");
            AccountHandler account = harness.startAccount(config);
            harness.run(Duration.ofHours(3));
            assertTrue(
                    BindingHarness.isOffline(account.getThing().getStatusInfo(), ThingStatusDetail.CONFIGURATION_ERROR,
                            "@text/offline.login-path-not-found [\"/api/user/authenticate\"]"));
            assertEquals(1, harness.simulator.requests().size());
        }
    }

    @Test
    void botProtectionWaitsAnHourThenRecovers() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            harness.simulator.control().faultOnce(Endpoint.PORTAL_LOGIN, Fault.FORBIDDEN_HTML, 1);
            AccountHandler account = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            harness.run(Duration.ofSeconds(10));
            assertTrue(BindingHarness.isOffline(account.getThing().getStatusInfo(),
                    ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.blocked"));
            harness.run(Duration.ofMinutes(59));
            assertEquals(1, harness.requests("authenticate").size(), "nothing sent within the hour");
            harness.run(Duration.ofMinutes(30));
            assertEquals(ThingStatus.ONLINE, account.getThing().getStatus());
        }
    }

    @Test
    void maintenanceIsRetriedWithBackoffUntilSmtIsBack() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            harness.simulator.control().fault(Endpoint.PORTAL_LOGIN, Fault.MAINTENANCE_HTML);
            AccountHandler account = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            harness.run(Duration.ofHours(3));
            assertTrue(BindingHarness.isOffline(account.getThing().getStatusInfo(),
                    ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.maintenance"));
            int attempts = harness.requests("authenticate").size();
            assertTrue(attempts >= 3 && attempts <= 10, "retried with growing waits, not in a loop: " + attempts);
            harness.simulator.control().clearFaults();
            harness.run(Duration.ofHours(1));
            assertEquals(ThingStatus.ONLINE, account.getThing().getStatus());
        }
    }

    @Test
    void untrustedCertificateNamesTheHost() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            harness.httpClients.clear();
            org.mockito.Mockito.reset(harness.httpClientFactory);
            org.mockito.Mockito
                    .when(harness.httpClientFactory.createHttpClient(org.mockito.ArgumentMatchers.anyString(),
                            org.mockito.ArgumentMatchers.any(org.eclipse.jetty.util.ssl.SslContextFactory.class)))
                    .thenAnswer(invocation -> new org.eclipse.jetty.client.HttpClient(
                            invocation.getArgument(1, org.eclipse.jetty.util.ssl.SslContextFactory.Client.class)));
            AccountHandler account = harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            harness.run(Duration.ofSeconds(30));
            assertTrue(
                    BindingHarness.isOffline(account.getThing().getStatusInfo(), ThingStatusDetail.COMMUNICATION_ERROR,
                            "@text/offline.tls-failure [\"127.0.0.1\"]"),
                    String.valueOf(account.getThing().getStatusInfo()));
        }
    }

    @Test
    void invalidConfigurationIsReportedWithoutAnyRequest() throws Exception {
        try (BindingHarness harness = new BindingHarness(NOON)) {
            Map<String, Object> config = BindingHarness.portalAccount(harness.simulator);
            config.put("portalUrl", "http://plain.example");
            AccountHandler account = harness.startAccount(config);
            assertTrue(BindingHarness.isOffline(account.getThing().getStatusInfo(),
                    ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.configuration"));
            harness.run(Duration.ofHours(1));
            assertEquals(0, harness.simulator.requests().size());
        }
    }
}
