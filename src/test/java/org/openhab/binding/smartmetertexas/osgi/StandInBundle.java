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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Packs the compiled stand-in of openHAB's core API into a bundle that plays openHAB core at a chosen version: it
 * exports every public {@code org.openhab.core} package at that version, as openHAB's own bundles do (their packages
 * carry no version of their own), keeps {@code .internal} packages private, and imports what its classes refer to.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class StandInBundle {

    static final String SYMBOLIC_NAME = "org.openhab.core.standin";

    private static final String ROOT = "org/openhab/core/";

    private StandInBundle() {
    }

    /** Writes the bundle into {@code folder} and returns its path. */
    static Path build(Path classesDir, String openHabVersion, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classesDir.resolve(ROOT))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Set<String> ownPackages = new TreeSet<>();
        Set<String> referenced = new TreeSet<>();
        for (Path file : files) {
            ownPackages.add(packageOf(classesDir.relativize(file)));
            if (file.toString().endsWith(".class")) {
                referenced.addAll(ClassReferences.packages(Files.readAllBytes(file)));
            }
        }
        referenced.removeAll(ownPackages);
        referenced.removeIf(pkg -> pkg.startsWith("java."));

        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", openHabVersion);
        main.putValue("Export-Package", ownPackages.stream().filter(pkg -> !pkg.contains(".internal"))
                .map(pkg -> pkg + ";version=\"" + openHabVersion + "\"").collect(Collectors.joining(",")));
        // Null annotations are CLASS-retained: needed by nobody at run time.
        main.putValue("Import-Package",
                referenced.stream()
                        .map(pkg -> pkg.startsWith("org.eclipse.jdt.annotation") ? pkg + ";resolution:=optional" : pkg)
                        .collect(Collectors.joining(",")));

        Path jar = folder.resolve(SYMBOLIC_NAME + "-" + openHabVersion + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            for (Path file : files) {
                zip.putNextEntry(new JarEntry(classesDir.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static String packageOf(Path relativeFile) {
        Path parent = relativeFile.getParent();
        return parent == null ? "" : parent.toString().replace('\\', '/').replace('/', '.');
    }
}
