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

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How to reach one SMT account. {@link #toString()} never shows the passwords.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AccountSettings {

    public static final URI DEFAULT_PORTAL_URL = URI.create("https://www.smartmetertexas.com");
    public static final URI DEFAULT_OFFICIAL_URL = URI.create("https://services.smartmetertexas.net");
    public static final String DEFAULT_LOGIN_PATH = "/commonapi/user/authenticate";
    public static final String DEFAULT_REQUESTER_TYPE = "RES";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Flow flow;
    private final URI portalBaseUrl;
    private final URI officialBaseUrl;
    private final String loginPath;
    private final String username;
    private final String password;
    private final String requesterType;
    private final @Nullable String requesterAuthenticationId;
    private final @Nullable Path keystorePath;
    private final @Nullable String keystorePassword;
    private final Duration requestTimeout;

    /**
     * @param flow portal or official API
     * @param portalBaseUrl where the portal lives (SMT moved it between hosts before)
     * @param officialBaseUrl where the official API lives (production or UAT)
     * @param loginPath the portal login path (SMT moved it in 2024)
     * @param username portal user name, or the official API user (also sent as requestorID)
     * @param password the password
     * @param requesterType official API: RES (residential) or CSP (provider)
     * @param requesterAuthenticationId official API: the provider's DUNS number; null for residential users
     * @param keystorePath optional PKCS12 client keystore for mutual TLS (placed in this account's own client only)
     * @param keystorePassword its password; null for none
     * @param requestTimeout how long one request may take before SMT counts as unavailable
     */
    public AccountSettings(Flow flow, URI portalBaseUrl, URI officialBaseUrl, String loginPath, String username,
            String password, String requesterType, @Nullable String requesterAuthenticationId,
            @Nullable Path keystorePath, @Nullable String keystorePassword, Duration requestTimeout) {
        if (username.isBlank()) {
            throw new IllegalArgumentException("the user name is empty");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
        requireHttps(portalBaseUrl, "portal");
        requireHttps(officialBaseUrl, "official API");
        if (!loginPath.startsWith("/")) {
            throw new IllegalArgumentException("the login path must start with '/': " + loginPath);
        }
        // SMT knows two requester types (doc/smt-protocol.md §3); a provider identifies itself by its DUNS number.
        if (!"RES".equals(requesterType) && !"CSP".equals(requesterType)) {
            throw new IllegalArgumentException(
                    "the requester type is RES (residential) or CSP (service provider), not '" + requesterType + "'");
        }
        if (flow == Flow.OFFICIAL && "CSP".equals(requesterType)
                && (requesterAuthenticationId == null || requesterAuthenticationId.isBlank())) {
            throw new IllegalArgumentException("the requester type CSP needs the provider's DUNS number");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive");
        }
        this.flow = flow;
        this.portalBaseUrl = portalBaseUrl;
        this.officialBaseUrl = officialBaseUrl;
        this.loginPath = loginPath;
        this.username = username;
        this.password = password;
        this.requesterType = requesterType;
        this.requesterAuthenticationId = requesterAuthenticationId;
        this.keystorePath = keystorePath;
        this.keystorePassword = keystorePassword;
        this.requestTimeout = requestTimeout;
    }

    private static void requireHttps(URI url, String what) {
        // The password goes into the first request: never over plain HTTP.
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("the " + what + " URL must be https://host…: " + url);
        }
    }

    /** Settings with every default; set the rest on the builder. */
    public static Builder builder(Flow flow, String username, String password) {
        return new Builder(flow, username, password);
    }

    public Flow flow() {
        return flow;
    }

    public URI portalBaseUrl() {
        return portalBaseUrl;
    }

    public URI officialBaseUrl() {
        return officialBaseUrl;
    }

    public String loginPath() {
        return loginPath;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String requesterType() {
        return requesterType;
    }

    public @Nullable String requesterAuthenticationId() {
        return requesterAuthenticationId;
    }

    public @Nullable Path keystorePath() {
        return keystorePath;
    }

    public @Nullable String keystorePassword() {
        return keystorePassword;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The base URL of the chosen flow. */
    public URI baseUrl() {
        return flow == Flow.PORTAL ? portalBaseUrl : officialBaseUrl;
    }

    @Override
    public String toString() {
        return "AccountSettings[flow=" + flow + ", portalBaseUrl=" + portalBaseUrl + ", officialBaseUrl="
                + officialBaseUrl + ", loginPath=" + loginPath + ", username=" + username + ", password=***"
                + ", requesterType=" + requesterType + ", requesterAuthenticationId=" + requesterAuthenticationId
                + ", keystorePath=" + keystorePath + ", keystorePassword=" + (keystorePassword == null ? "none" : "***")
                + ", requestTimeout=" + requestTimeout + "]";
    }

    /** Builds {@link AccountSettings} from the defaults. */
    public static final class Builder {
        private final Flow flow;
        private final String username;
        private final String password;
        private URI portalBaseUrl = DEFAULT_PORTAL_URL;
        private URI officialBaseUrl = DEFAULT_OFFICIAL_URL;
        private String loginPath = DEFAULT_LOGIN_PATH;
        private String requesterType = DEFAULT_REQUESTER_TYPE;
        private @Nullable String requesterAuthenticationId;
        private @Nullable Path keystorePath;
        private @Nullable String keystorePassword;
        private Duration requestTimeout = DEFAULT_TIMEOUT;

        private Builder(Flow flow, String username, String password) {
            this.flow = flow;
            this.username = username;
            this.password = password;
        }

        public Builder portalBaseUrl(URI value) {
            portalBaseUrl = value;
            return this;
        }

        public Builder officialBaseUrl(URI value) {
            officialBaseUrl = value;
            return this;
        }

        public Builder loginPath(String value) {
            loginPath = value;
            return this;
        }

        public Builder requesterType(String value) {
            requesterType = value;
            return this;
        }

        public Builder requesterAuthenticationId(@Nullable String value) {
            requesterAuthenticationId = value;
            return this;
        }

        public Builder keystore(@Nullable Path path, @Nullable String password) {
            keystorePath = path;
            keystorePassword = password;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        public AccountSettings build() {
            return new AccountSettings(flow, portalBaseUrl, officialBaseUrl, loginPath, username, password,
                    requesterType, requesterAuthenticationId, keystorePath, keystorePassword, requestTimeout);
        }
    }
}
