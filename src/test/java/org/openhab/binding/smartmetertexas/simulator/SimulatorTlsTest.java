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
package org.openhab.binding.smartmetertexas.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator speaks real TLS: a client trusting only the simulator's CA connects by IP or as localhost
 * with hostname verification on; a client with the JDK's normal trust store is refused.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SimulatorTlsTest {

    private static HttpRequest login(URI base) {
        return HttpRequest.newBuilder(base.resolve("/v2/token/"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"demo\",\"password\":\"demo-password\"}"))
                .build();
    }

    @Test
    void aClientTrustingOnlyTheCaConnectsByIpAndAsLocalhost() throws Exception {
        try (SmtSimulator sim = SmtSimulator.start(SimulatorConfig.defaults())) {
            HttpClient client = HttpClient.newBuilder().sslContext(TestClient.sslContext(sim)).build();

            HttpResponse<String> byIp = client.send(login(sim.officialUrl()), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> byName = client.send(login(URI.create("https://localhost:" + sim.port())),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, byIp.statusCode());
            assertEquals(200, byName.statusCode());
            SSLSession session = byIp.sslSession().orElseThrow();
            X509Certificate server = (X509Certificate) session.getPeerCertificates()[0];
            List<String> names = server.getSubjectAlternativeNames().stream().map(n -> String.valueOf(n.get(1)))
                    .toList();
            assertTrue(names.contains("127.0.0.1"));
            assertTrue(names.contains("localhost"));
        }
    }

    @Test
    void theJdkDefaultTrustStoreDoesNotTrustTheSimulator() throws Exception {
        try (SmtSimulator sim = SmtSimulator.start(SimulatorConfig.defaults())) {
            HttpClient client = HttpClient.newBuilder().sslContext(SSLContext.getDefault()).build();

            assertThrows(SSLHandshakeException.class,
                    () -> client.send(login(sim.officialUrl()), HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void theTrustStoreHoldsOnlyTheCaAndThePemIsTheSameCertificate(@TempDir Path dir) throws Exception {
        try (SmtSimulator sim = SmtSimulator.start(SimulatorConfig.defaults())) {
            KeyStore trust = sim.trustStore();
            List<String> aliases = Collections.list(trust.aliases());
            assertEquals(1, aliases.size());
            X509Certificate ca = (X509Certificate) trust.getCertificate(aliases.get(0));
            assertTrue(ca.getBasicConstraints() >= 0, "a CA certificate");

            String pem = sim.caCertificatePem();
            assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----"));
            Certificate parsed = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            assertEquals(ca, parsed);

            Path file = sim.writeCaCertificate(dir.resolve("certs/smt-ca.pem"));
            assertEquals(pem, Files.readString(file));
        }
    }

    @Test
    void everySimulatorHasItsOwnCa() throws Exception {
        try (SmtSimulator first = SmtSimulator.start(SimulatorConfig.defaults());
                SmtSimulator second = SmtSimulator.start(SimulatorConfig.defaults())) {
            assertNotEquals(first.caCertificatePem(), second.caCertificatePem());
            assertNotEquals(first.port(), second.port());
            HttpClient trustsFirst = HttpClient.newBuilder().sslContext(TestClient.sslContext(first)).build();
            assertThrows(SSLHandshakeException.class,
                    () -> trustsFirst.send(login(second.officialUrl()), HttpResponse.BodyHandlers.ofString()));
        }
    }
}
