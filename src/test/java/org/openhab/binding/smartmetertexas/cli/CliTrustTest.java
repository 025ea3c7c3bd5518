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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cacert} adds a CA to Java's default trust anchors (it does not replace them, and it trusts nothing else);
 * without it the simulator's certificate is refused with exit code 5 and a hint.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliTrustTest {

    @Test
    void withoutCacertTheSimulatorIsNotTrusted(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun run = smt.run("meters", "--url", smt.sim.portalUrl().toString(), "--username", smt.sim.username());

            assertEquals(5, run.exitCode(), run.toString());
            assertTrue(run.err().contains("TLS connection to 127.0.0.1 failed"), run.err());
            assertTrue(run.err().contains("--cacert FILE"), run.err());
            assertTrue(smt.requests().isEmpty(), "nothing was sent over the untrusted connection");
        }
    }

    @Test
    void cacertKeepsJavasDefaultAnchorsAndAddsTheSimulatorsCa(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            KeyStore store = TrustStores.defaultPlus(smt.caFile);

            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            X509Certificate[] defaults = ((X509TrustManager) factory.getTrustManagers()[0]).getAcceptedIssuers();
            List<String> aliases = Collections.list(store.aliases());
            assertEquals(defaults.length + 1, aliases.size());
            assertTrue(defaults.length > 10, "the JDK's own CAs are there");
            X509Certificate simulatorCa = (X509Certificate) store.getCertificate("cacert-0");
            assertTrue(smt.sim.caCertificatePem()
                    .contains(java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(simulatorCa.getEncoded()).substring(0, 60)));
        }
    }

    @Test
    void aCacertFileWithoutCertificateIsAUsageError(@TempDir Path dir) throws Exception {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "hello");
        CliRun run = CliRun.run(b -> b.variables(java.util.Map.of("SMT_PASSWORD", "x")), "meters", "--username", "jdoe",
                "--cacert", notPem.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("holds no"), run.err());
    }
}
