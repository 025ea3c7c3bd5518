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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Smart Meter Texas look-alike: HTTPS on 127.0.0.1 serving the portal flow and the official API
 * as doc/smt-protocol.md describes them, with synthetic meters, limits and faults. All simulated behaviour
 * reads time from the configured clock only.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SmtSimulator implements AutoCloseable {

    private final Logger logger = LoggerFactory.getLogger(SmtSimulator.class);
    private final SimulatorConfig config;
    private final TlsMaterial tls;
    private final SimulatorControl control;
    private final SimulatorHandler handler;
    private final GroundTruth truth;
    private final Server server;
    private final URI baseUrl;
    private volatile boolean closed;

    private SmtSimulator(SimulatorConfig config, TlsMaterial tls, SimulatorControl control, SimulatorHandler handler,
            GroundTruth truth, Server server, URI baseUrl) {
        this.config = config;
        this.tls = tls;
        this.control = control;
        this.handler = handler;
        this.truth = truth;
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /** Starts a simulator; returns once it accepts connections. */
    public static SmtSimulator start(SimulatorConfig config) throws Exception {
        TlsMaterial tls = TlsMaterial.generate();
        Map<String, SyntheticMeter> meters = new LinkedHashMap<>();
        for (MeterSpec spec : config.meters()) {
            meters.put(spec.esiid(), new SyntheticMeter(spec));
        }
        SimulatorControl control = new SimulatorControl(config);
        Tokens tokens = new Tokens();
        OdrDesk odr = new OdrDesk(meters, config.clock().instant(), config.odrHourlyLimit(), config.odrDailyLimit());
        DataDesk data = new DataDesk(meters, control, config.historyDays());
        PortalApi portal = new PortalApi(config, control, tokens, data, odr, new ArrayList<>(meters.values()));
        OfficialApi official = new OfficialApi(config, control, tokens, data, odr);

        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("smt-simulator");
        threads.setDaemon(true);
        Server server = new Server(threads);
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("smt-simulator-delay", true);
        server.addBean(scheduler);

        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.serverKeyStore());
        ssl.setKeyStorePassword(tls.serverKeyStorePassword());
        ssl.setCertAlias(TlsMaterial.SERVER_KEY_ALIAS);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // clients may connect by IP (no SNI) or as localhost; both names are in the certificate
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(config.port());
        connector.setIdleTimeout(30_000);
        server.addConnector(connector);
        server.setStopTimeout(2_000);
        server.setStopAtShutdown(false);

        SimulatorHandler handler = new SimulatorHandler(config.clock(), control, portal, official, scheduler,
                config.oversizedBodyBytes());
        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        URI baseUrl = URI.create("https://127.0.0.1:" + connector.getLocalPort());
        return new SmtSimulator(config, tls, control, handler,
                new GroundTruth(meters, data, odr, config.odrDailyLimit()), server, baseUrl);
    }

    /** Base URL of the portal paths (/commonapi/..., /api/...), e.g. https://127.0.0.1:PORT. */
    public URI portalUrl() {
        return baseUrl;
    }

    /** Base URL of the official paths (/v2/...); the same server as {@link #portalUrl()}. */
    public URI officialUrl() {
        return baseUrl;
    }

    /** The TCP port the simulator listens on (127.0.0.1). */
    public int port() {
        return baseUrl.getPort();
    }

    public String username() {
        return config.username();
    }

    /** The account's current password (see {@link SimulatorControl#password(String)}). */
    public String password() {
        return control.password();
    }

    /** A trust store (PKCS12, in memory) holding only the simulator's CA certificate. */
    public KeyStore trustStore() {
        return tls.trustStore();
    }

    /** The CA certificate as PEM. */
    public String caCertificatePem() {
        return tls.caCertificatePem();
    }

    /** Writes the CA certificate as PEM to the file (creating or replacing it) and returns it. */
    public Path writeCaCertificate(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.writeString(file, caCertificatePem(), StandardCharsets.US_ASCII);
    }

    /** Every request received so far, oldest first (the newest 100 000 are kept). */
    public List<RecordedRequest> requests() {
        return handler.requests();
    }

    public void clearRequests() {
        handler.clearRequests();
    }

    public SimulatorControl control() {
        return control;
    }

    /** What the meters really measured (the values behind every answer), for tests to compare against. */
    public GroundTruth truth() {
        return truth;
    }

    /** The ESIIDs of the synthetic meters, in configuration order. */
    public List<String> esiids() {
        return config.meters().stream().map(MeterSpec::esiid).toList();
    }

    /** The configuration the simulator started with. */
    public SimulatorConfig config() {
        return config;
    }

    /** Blocks until the simulator is closed (for the command line's {@code simulate}). */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server and every thread it started; pending (TIMEOUT, SLOW) exchanges are cut. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        handler.abortSuspended();
        try {
            server.stop();
        } catch (Exception e) {
            logger.debug("Simulator did not stop cleanly: {}", e.getMessage());
        }
    }
}
