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

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Proves the account settings' defaults (doc/smt-protocol.md §1), that they never print a password, and that a plain
 * HTTP URL (which would send the password in clear) is refused.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountSettingsTest {

    @Test
    void defaultsAreSmtsDocumentedHostsAndPaths() {
        AccountSettings s = AccountSettings.builder(Flow.PORTAL, "user", "pw").build();
        assertEquals(URI.create("https://www.smartmetertexas.com"), s.portalBaseUrl());
        assertEquals(URI.create("https://services.smartmetertexas.net"), s.officialBaseUrl());
        assertEquals("/commonapi/user/authenticate", s.loginPath());
        assertEquals("RES", s.requesterType());
        assertNull(s.requesterAuthenticationId());
        assertNull(s.keystorePath());
    }

    @Test
    void toStringHidesBothPasswords() {
        AccountSettings s = AccountSettings.builder(Flow.OFFICIAL, "apiuser", "Pa55-word!")
                .keystore(Path.of("/etc/smt/client.p12"), "keystore-Secret").build();
        String text = s.toString();
        assertFalse(text.contains("Pa55-word!"), text);
        assertFalse(text.contains("keystore-Secret"), text);
        assertTrue(text.contains("apiuser"));
        assertTrue(text.contains("client.p12"));
    }

    @Test
    void plainHttpIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AccountSettings.builder(Flow.PORTAL, "u", "p")
                .portalBaseUrl(URI.create("http://www.smartmetertexas.com")).build());
    }

    @Test
    void theLoginPathIsConfigurableIncludingTheDoubledSlash() {
        AccountSettings s = AccountSettings.builder(Flow.PORTAL, "u", "p").loginPath("//commonapi/user/authenticate")
                .build();
        assertEquals("//commonapi/user/authenticate", s.loginPath());
        assertThrows(IllegalArgumentException.class,
                () -> AccountSettings.builder(Flow.PORTAL, "u", "p").loginPath("api/user/authenticate").build());
    }

    @Test
    void theRequesterTypeIsResOrCspAndCspNeedsTheDuns() {
        assertThrows(IllegalArgumentException.class,
                () -> AccountSettings.builder(Flow.OFFICIAL, "u", "p").requesterType("RESIDENTIAL").build());
        assertThrows(IllegalArgumentException.class,
                () -> AccountSettings.builder(Flow.OFFICIAL, "u", "p").requesterType("CSP").build());
        assertEquals("CSP", AccountSettings.builder(Flow.OFFICIAL, "u", "p").requesterType("CSP")
                .requesterAuthenticationId("123456789").build().requesterType());
        assertEquals("RES", AccountSettings.builder(Flow.OFFICIAL, "u", "p").build().requesterType());
    }
}
