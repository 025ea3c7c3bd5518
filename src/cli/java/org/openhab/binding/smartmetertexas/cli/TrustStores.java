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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Trust for {@code --cacert}: the JDK's default trust anchors plus the given CA certificate(s), in an in-memory
 * store. Never trust-all, never a JVM-wide property: only this command's HTTP client uses the store.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class TrustStores {

    private TrustStores() {
    }

    /**
     * The default trust anchors (the JDK's cacerts, or whatever javax.net.ssl.trustStore names) plus every
     * certificate in {@code pemFile}.
     *
     * @throws UsageException when the file is missing or holds no certificate
     */
    static KeyStore defaultPlus(Path pemFile) throws UsageException {
        Collection<? extends Certificate> extra;
        try (InputStream in = Files.newInputStream(pemFile)) {
            extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new UsageException("cannot read the CA certificate " + pemFile + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new UsageException("the --cacert file " + pemFile + " holds no PEM certificate: " + e.getMessage());
        }
        if (extra.isEmpty()) {
            throw new UsageException("the --cacert file " + pemFile + " holds no certificate");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int n = 0;
            for (X509Certificate anchor : defaultAnchors()) {
                store.setCertificateEntry("jdk-" + n++, anchor);
            }
            int m = 0;
            for (Certificate certificate : extra) {
                store.setCertificateEntry("cacert-" + m++, certificate);
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build an in-memory trust store: " + e.getMessage(), e);
        }
    }

    private static X509Certificate[] defaultAnchors() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509.getAcceptedIssuers();
            }
        }
        return new X509Certificate[0];
    }
}
