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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;

/**
 * {@code simulate}: runs the SMT simulator until stopped, for curl, this command line or a real openHAB.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimulateCommand implements Command {

    static final String DEFAULT_CA_FILE = "smt-simulator-ca.pem";

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "runs the SMT simulator until stopped, for curl, this command line or openHAB";
    }

    @Override
    public String synopsis() {
        return "[--port N] [--ca-file FILE]";
    }

    @Override
    public String description() {
        return """
                Runs the built-in SMT simulator (HTTPS on 127.0.0.1, both the portal flow and the official
                API, two synthetic meters: a household and one with rooftop solar) until you stop it (Ctrl-C).
                --port N listens on port N (default 0: any free port). Once it accepts connections it prints,
                one per line and in this order:
                  portal-url=...  official-url=...  username=...  password=...  ca-cert=...
                ca-cert is a PEM file with the simulator's own CA certificate (--ca-file FILE, default
                ./%s), new at every start: trust it with --cacert (this command line), curl
                --cacert, or keytool -importcert into the JVM trust store of openHAB. FILE's folder is made when
                missing; an existing FILE is replaced, a symbolic link or a directory is refused."""
                .formatted(DEFAULT_CA_FILE);
    }

    @Override
    public Set<String> options() {
        return Set.of("--port", "--ca-file");
    }

    @Override
    public int run(Arguments args, Environment env) throws UsageException, IOException, InterruptedException {
        args.positional(0, "no arguments");
        int port = args.number("--port", 0, 65_535);
        Path caFile = env.resolve(args.option("--ca-file", DEFAULT_CA_FILE));
        Path caFolder = caFile.getParent();
        if (caFolder != null && !Files.exists(caFolder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(caFolder);
        }
        CsvOutput.checkFile(caFile, "--ca-file");
        SimulatorConfig config = SimulatorConfig.builder().port(port).clock(env.clock()).build();
        SmtSimulator simulator;
        try {
            simulator = SmtSimulator.start(config);
        } catch (Exception e) {
            env.err().println(
                    "smt: cannot start the simulator" + (port == 0 ? "" : " on port " + port) + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        try (SmtSimulator sim = simulator) {
            CsvOutput.replace(caFile, out -> out.write(sim.caCertificatePem().getBytes(StandardCharsets.US_ASCII)));
            Path ca = caFile;
            env.simulatorStarted(sim);
            env.out().println("portal-url=" + sim.portalUrl());
            env.out().println("official-url=" + sim.officialUrl());
            env.out().println("username=" + sim.username());
            env.out().println("password=" + sim.password());
            env.out().println("ca-cert=" + ca);
            env.out().flush();
            env.err().println("SMT simulator running with meters " + String.join(" and ", sim.esiids())
                    + "; stop it with Ctrl-C. Try (the portal wants browser-like headers, as SMT's does):");
            env.err()
                    .println("  curl --cacert " + ca + " -H 'Content-Type: application/json' -H 'User-Agent: "
                            + "Mozilla/5.0' -H 'Origin: https://www.smartmetertexas.com' -H 'Referer: "
                            + "https://www.smartmetertexas.com/home' -d '{\"username\":\"" + sim.username()
                            + "\",\"password\":\"" + sim.password() + "\",\"rememberMe\":\"true\"}' " + sim.portalUrl()
                            + "/commonapi/user/authenticate");
            env.err().println("  SMT_PASSWORD=" + sim.password() + " java -jar " + JarName.get() + " meters --url "
                    + sim.portalUrl() + " --username " + sim.username() + " --cacert " + ca);
            env.err().flush();
            env.stopSignal().awaitStop(sim);
        }
        return ExitCode.OK;
    }
}
