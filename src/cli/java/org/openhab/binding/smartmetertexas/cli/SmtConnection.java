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

import java.net.URI;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.smartmetertexas.internal.api.AccountSettings;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.api.SmtTransport;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;

/**
 * One command's connection to SMT, built from the common options: the flow, the host, the user name, the password
 * (environment variable {@value #PASSWORD_VARIABLE} or a prompt, never an argument), the trust (JDK default, plus
 * {@code --cacert}), and one {@link RequestPolicy} on the environment's clock that every request goes through.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class SmtConnection implements AutoCloseable {

    static final String PASSWORD_VARIABLE = "SMT_PASSWORD";
    static final String USERNAME_VARIABLE = "SMT_USERNAME";
    /** The options every command against SMT accepts. */
    static final Set<String> OPTIONS = Set.of("--flow", "--url", "--username", "--cacert", "--login-path",
            "--requester-type", "--duns");

    private final SmtClient client;
    private final RequestPolicy policy;
    private final HttpClient http;

    private SmtConnection(SmtClient client, RequestPolicy policy, HttpClient http) {
        this.client = client;
        this.policy = policy;
        this.http = http;
    }

    /** The flow the options ask for (portal by default). */
    static Flow flow(Arguments args) throws UsageException {
        String flow = args.option("--flow", "portal").strip().toLowerCase(Locale.ROOT);
        return switch (flow) {
            case "portal" -> Flow.PORTAL;
            case "official", "api" -> Flow.OFFICIAL;
            default -> throw new UsageException("--flow is portal or official, not '" + flow + "'");
        };
    }

    /**
     * Builds the client from the options; asks for the password last, after everything else was checked.
     *
     * @throws UsageException when an option is wrong or no password can be had
     */
    static SmtConnection open(Arguments args, Environment env) throws UsageException, SmtException {
        Flow flow = flow(args);
        String username = args.option("--username");
        if (username == null) {
            username = env.variable(USERNAME_VARIABLE);
        }
        if (username == null || username.isBlank()) {
            throw new UsageException("--username is missing (or set " + USERNAME_VARIABLE + ")");
        }
        @Nullable
        URI url = null;
        String urlText = args.option("--url");
        if (urlText != null) {
            try {
                url = URI.create(urlText.strip());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--url is not a URL: " + urlText);
            }
        }
        KeyStore trust = null;
        String cacert = args.option("--cacert");
        if (cacert != null) {
            trust = TrustStores.defaultPlus(env.resolve(cacert));
        }
        String password = password(username, env);

        AccountSettings settings;
        try {
            AccountSettings.Builder builder = AccountSettings.builder(flow, username.strip(), password);
            if (url != null) {
                if (flow == Flow.PORTAL) {
                    builder.portalBaseUrl(url);
                } else {
                    builder.officialBaseUrl(url);
                }
            }
            String loginPath = args.option("--login-path");
            if (loginPath != null) {
                builder.loginPath(loginPath.strip());
            }
            builder.requesterType(args.option("--requester-type", AccountSettings.DEFAULT_REQUESTER_TYPE).strip()
                    .toUpperCase(Locale.ROOT));
            builder.requesterAuthenticationId(args.option("--duns"));
            settings = builder.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(String.valueOf(e.getMessage()));
        }
        HttpClient http = SmtTransport.newHttpClient(
                SmtTransport.sslContextFactory(settings.keystorePath(), settings.keystorePassword(), trust), "smt-cli");
        RequestPolicy policy = new RequestPolicy(env.clock());
        return new SmtConnection(
                SmtClient.create(settings, new SmtTransport(http, policy, env.sleeper(), settings.requestTimeout())),
                policy, http);
    }

    private static String password(String username, Environment env) throws UsageException {
        String fromEnvironment = env.variable(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        char[] typed = env.prompt().readPassword("SMT password for " + username.strip() + ": ");
        if (typed == null) {
            // Java's console needs stdin and stdout on a terminal: "> file" takes it away, "--out file" does not
            throw new UsageException("no password: set the environment variable " + PASSWORD_VARIABLE
                    + ", or run the command in a terminal to be asked for it (use --out FILE rather than > FILE)");
        }
        try {
            if (typed.length == 0) {
                throw new UsageException("the password is empty");
            }
            return new String(typed);
        } finally {
            Arrays.fill(typed, ' ');
        }
    }

    SmtClient client() {
        return client;
    }

    RequestPolicy policy() {
        return policy;
    }

    @Override
    public void close() {
        SmtTransport.stop(http);
    }
}
