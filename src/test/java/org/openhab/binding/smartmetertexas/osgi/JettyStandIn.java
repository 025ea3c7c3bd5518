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
package org.openhab.binding.smartmetertexas.osgi;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.testsupport.OsgiHeader;

/**
 * Relabels Jetty: one bundle, without classes, that exports every package the given Jetty bundles export, at another
 * version. Enough for the resolver, which decides on package names and versions alone.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class JettyStandIn {

    static final String SYMBOLIC_NAME = "org.eclipse.jetty.standin";

    private JettyStandIn() {
    }

    /** Writes the bundle into {@code folder} and returns its path. */
    static Path build(List<Path> jettyJars, String version, Path folder) throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path jar : jettyJars) {
            packages.addAll(OsgiHeader.clauses(FelixRuntime.exportsOf(jar)).keySet());
        }
        assertFalse(packages.isEmpty(), "Jetty exports packages");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", version);
        main.putValue("Export-Package",
                packages.stream().map(pkg -> pkg + ";version=\"" + version + "\"").collect(Collectors.joining(",")));
        Path jar = folder.resolve(SYMBOLIC_NAME + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar)) {
            // the manifest is all there is
            new JarOutputStream(out, manifest).close();
        }
        return jar;
    }
}
