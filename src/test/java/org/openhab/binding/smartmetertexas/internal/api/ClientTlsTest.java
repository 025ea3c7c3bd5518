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

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * Proves TLS is never weakened and the client certificate stays in its own client: a server whose certificate
 * is not trusted, or names another host, fails with a TLS failure naming the host; a server demanding a client
 * certificate accepts the client built with the PKCS12 keystore and refuses a second client without it in the
 * same JVM; a missing keystore or a wrong keystore password is a clear configuration error without the password.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ClientTlsTest {

    private static final Instant T0 = Instant.parse("2025-06-10T16:00:00Z");

    private @TempDir @Nullable Path dir;
    private @NonNullByDefault({}) TestPki pki;
    private @NonNullByDefault({}) Server server;
    private int port;
    private final ManualClock clock = new ManualClock(T0);

    @BeforeEach
    void startServerDemandingAClientCertificate() throws Exception {
        pki = new TestPki();
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(TestPki.keyStore("server", pki.serverKeys, pki.serverCertificate));
        ssl.setKeyStorePassword(TestPki.PASSWORD);
        ssl.setTrustStore(TestPki.trustStore(pki.clientCertificate));
        ssl.setNeedClientAuth(true);
        server = new Server();
        ServerConnector connector = new ServerConnector(server, ssl);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(@Nullable String target, @Nullable Request base, @Nullable HttpServletRequest request,
                    @Nullable HttpServletResponse response) throws IOException {
                if (base == null || response == null) {
                    return;
                }
                response.setContentType("application/json");
                response.getOutputStream().write("{\"ok\":true}".getBytes(StandardCharsets.UTF_8));
                base.setHandled(true);
            }
        });
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.stop();
    }

    private HttpAnswer post(SslContextFactory.Client ssl, String host) throws SmtException {
        HttpClient http = SmtTransport.newHttpClient(ssl, "tls-test");
        try {
            SmtTransport transport = new SmtTransport(http, new RequestPolicy(clock), clock::advance,
                    Duration.ofSeconds(5));
            return transport.postJson(URI.create("https://" + host + ":" + port + "/v2/token/"), Map.of(), "{}", null);
        } finally {
            SmtTransport.stop(http);
        }
    }

    private Path keystoreFile() throws Exception {
        Path d = dir;
        assertNotNull(d);
        return pki.writeClientKeystore(d.resolve("client.p12"));
    }

    @Test
    void theClientWithTheKeystorePresentsItsCertificateAndAnotherClientDoesNot() throws Exception {
        var trust = TestPki.trustStore(pki.serverCertificate);
        HttpAnswer answer = post(SmtTransport.sslContextFactory(keystoreFile(), TestPki.PASSWORD, trust), "localhost");
        assertEquals(200, answer.status());
        assertEquals("{\"ok\":true}", answer.body());

        // Same JVM, no keystore: nothing JVM-wide leaked the certificate into this client.
        var e = assertThrows(SmtException.class,
                () -> post(SmtTransport.sslContextFactory(null, null, trust), "localhost"));
        assertEquals(Failure.TLS_FAILURE, e.kind());
        assertEquals("localhost", e.subject().orElseThrow());
    }

    @Test
    void anUntrustedServerIsATlsFailureNamingTheHost() throws Exception {
        // The JVM's own trust store knows nothing of this self-signed server.
        var e = assertThrows(SmtException.class,
                () -> post(SmtTransport.sslContextFactory(keystoreFile(), TestPki.PASSWORD, null), "localhost"));
        assertEquals(Failure.TLS_FAILURE, e.kind());
        assertEquals("localhost", e.subject().orElseThrow());
        assertTrue(e.getMessage().contains("localhost"));
    }

    @Test
    void aCertificateForAnotherHostNameIsATlsFailure() throws Exception {
        var trust = TestPki.trustStore(pki.serverCertificate);
        // The certificate names localhost only; 127.0.0.1 must not pass host name verification.
        var e = assertThrows(SmtException.class,
                () -> post(SmtTransport.sslContextFactory(keystoreFile(), TestPki.PASSWORD, trust), "127.0.0.1"));
        assertEquals(Failure.TLS_FAILURE, e.kind());
        assertEquals("127.0.0.1", e.subject().orElseThrow());
    }

    @Test
    void aMissingKeystoreIsAConfigurationError() {
        Path d = dir;
        assertNotNull(d);
        Path missing = d.resolve("nope.p12");
        var e = assertThrows(SmtException.class, () -> SmtTransport.sslContextFactory(missing, TestPki.PASSWORD, null));
        assertEquals(Failure.KEYSTORE, e.kind());
        assertTrue(e.getMessage().contains("nope.p12"));
        assertFalse(e.getMessage().contains(TestPki.PASSWORD));
    }

    @Test
    void aWrongKeystorePasswordIsAConfigurationErrorWithoutThePassword() throws Exception {
        Path file = keystoreFile();
        var e = assertThrows(SmtException.class, () -> SmtTransport.sslContextFactory(file, "Wrong-Keystore-Pw", null));
        assertEquals(Failure.KEYSTORE, e.kind());
        assertFalse(e.getMessage().contains("Wrong-Keystore-Pw"));
        assertFalse(e.getMessage().contains(TestPki.PASSWORD));
        assertTrue(Files.exists(file));
    }
}
