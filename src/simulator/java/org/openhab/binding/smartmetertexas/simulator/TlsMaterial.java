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

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A throw-away certificate authority and a server certificate for 127.0.0.1 / localhost signed by it,
 * generated at start so clients can verify the simulator the normal way (trusting only this CA).
 * Uses the JDK's providers (EC P-256, SHA-256); BouncyCastle only builds the certificates.
 * Validity follows the real clock, not the simulator's: clients check certificates against real time.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class TlsMaterial {

    static final String SERVER_KEY_ALIAS = "smt-simulator";
    static final String CA_ALIAS = "smt-simulator-ca";

    private final X509Certificate caCertificate;
    private final KeyStore serverKeyStore;
    private final char[] serverKeyStorePassword;
    private final KeyStore trustStore;

    private TlsMaterial(X509Certificate caCertificate, KeyStore serverKeyStore, char[] serverKeyStorePassword,
            KeyStore trustStore) {
        this.caCertificate = caCertificate;
        this.serverKeyStore = serverKeyStore;
        this.serverKeyStorePassword = serverKeyStorePassword;
        this.trustStore = trustStore;
    }

    static TlsMaterial generate() throws GeneralSecurityException, IOException {
        SecureRandom random = new SecureRandom();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair caKeys = generator.generateKeyPair();
        KeyPair serverKeys = generator.generateKeyPair();

        Instant now = Instant.now();
        Date notBefore = Date.from(now.minus(Duration.ofDays(2)));
        Date notAfter = Date.from(now.plus(Duration.ofDays(3650)));
        String tag = HexFormat.of().formatHex(randomBytes(random, 4));
        X500Name caName = new X500Name("CN=SMT Simulator CA " + tag + ",O=SMT Simulator");
        X500Name serverName = new X500Name("CN=localhost,O=SMT Simulator");
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();

        try {
            X509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(caName,
                    new BigInteger(64, random).abs().add(BigInteger.ONE), notBefore, notAfter, caName,
                    caKeys.getPublic());
            caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            caBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            caBuilder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
            X509Certificate ca = new JcaX509CertificateConverter().getCertificate(
                    caBuilder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));

            X509v3CertificateBuilder serverBuilder = new JcaX509v3CertificateBuilder(ca,
                    new BigInteger(64, random).abs().add(BigInteger.ONE), notBefore, notAfter, serverName,
                    serverKeys.getPublic());
            serverBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            serverBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            serverBuilder.addExtension(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            serverBuilder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                            new GeneralName(GeneralName.dNSName, "localhost") }));
            serverBuilder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(serverKeys.getPublic()));
            serverBuilder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(ca));
            X509Certificate server = new JcaX509CertificateConverter().getCertificate(
                    serverBuilder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate())));

            char[] password = HexFormat.of().formatHex(randomBytes(random, 16)).toCharArray();
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(SERVER_KEY_ALIAS, serverKeys.getPrivate(), password, new Certificate[] { server, ca });

            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry(CA_ALIAS, ca);
            return new TlsMaterial(ca, keyStore, password, trust);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the simulator certificates", e);
        }
    }

    private static byte[] randomBytes(SecureRandom random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    X509Certificate caCertificate() {
        return caCertificate;
    }

    KeyStore serverKeyStore() {
        return serverKeyStore;
    }

    String serverKeyStorePassword() {
        return new String(serverKeyStorePassword);
    }

    KeyStore trustStore() {
        return trustStore;
    }

    String caCertificatePem() {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(caCertificate);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PEM", e);
        }
        return out.toString();
    }
}
