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
package org.openhab.binding.smartmetertexas.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.testsupport.OsgiHeader;

/**
 * Opens the built add-on jar, as openHAB would receive it, and checks what makes it install on openHAB 4.3.x to
 * 5.3.x: its identity, only the binding's own classes, openHAB's metadata, Declarative Services components, and
 * Import-Package ranges that all these versions satisfy.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class BundleJarIT {

    private static final String BINDING_PACKAGE = "org/openhab/binding/smartmetertexas/internal/";

    private static @Nullable JarFile jar;

    @BeforeAll
    static void openJar() throws IOException {
        String path = System.getProperty("bundle.jar");
        assertNotNull(path, "failsafe passes the jar's path as bundle.jar");
        assertTrue(Files.isRegularFile(Path.of(path)), "the bundle was built: " + path);
        jar = new JarFile(path);
    }

    @AfterAll
    static void closeJar() throws IOException {
        jar().close();
    }

    private static JarFile jar() {
        JarFile opened = jar;
        assertNotNull(opened);
        return opened;
    }

    private static Attributes manifest() throws IOException {
        var manifest = jar().getManifest();
        assertNotNull(manifest, "the jar has a manifest");
        return manifest.getMainAttributes();
    }

    private static List<String> entryNames() {
        return Collections.list(jar().entries()).stream().map(ZipEntry::getName).toList();
    }

    private static String text(String entry) throws IOException {
        ZipEntry zipEntry = jar().getEntry(entry);
        assertNotNull(zipEntry, entry + " is in the jar");
        try (InputStream in = jar().getInputStream(zipEntry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundleIsNamedAsOpenHabExpects() throws IOException {
        assertEquals("org.openhab.binding.smartmetertexas", manifest().getValue("Bundle-SymbolicName"));
        assertEquals("2", manifest().getValue("Bundle-ManifestVersion"));
        assertTrue(
                Path.of(jar().getName()).getFileName().toString().startsWith("org.openhab.binding.smartmetertexas-"));
    }

    @Test
    void jarHoldsOnlyTheBindingsOwnClassesAndNoEmbeddedJars() {
        List<String> classes = entryNames().stream().filter(n -> n.endsWith(".class")).toList();
        assertFalse(classes.isEmpty());
        List<String> foreign = classes.stream().filter(n -> !n.startsWith(BINDING_PACKAGE)).toList();
        assertEquals(List.of(), foreign, "no stand-in, simulator, command-line or library classes");
        assertEquals(List.of(), entryNames().stream().filter(n -> n.endsWith(".jar")).toList());
    }

    @Test
    void jarCarriesOpenHabMetadata() {
        List<String> names = entryNames();
        assertTrue(names.contains("OH-INF/addon/addon.xml"));
        assertTrue(names.contains("OH-INF/thing/thing-types.xml"));
        assertTrue(names.contains("OH-INF/i18n/smartmetertexas.properties"));
        assertTrue(names.contains("OH-INF/update/meter.xml"), "existing meters get the channels added since");
    }

    @Test
    void importsAcceptOpenHab43To53() throws IOException {
        Map<String, String> imports = OsgiHeader.clauses(manifest().getValue("Import-Package"));
        assertTrue(imports.keySet().stream().anyMatch(p -> p.startsWith("org.openhab.core")));
        imports.forEach((pkg, attributes) -> {
            if (pkg.startsWith("org.openhab.core")) {
                assertTrue(attributes.contains("version=\"[4.3.0,5.4.0)\""),
                        pkg + " accepts 4.3.x to 5.3.x: " + attributes);
            } else if (pkg.startsWith("com.google.gson")) {
                assertTrue(attributes.contains("version=\"[2.10,3)\""), pkg + ": " + attributes);
            } else if (pkg.startsWith("org.eclipse.jetty")) {
                assertTrue(attributes.contains("version=\"[9.4,10)\""), pkg + " stays on Jetty 9.4: " + attributes);
            } else if (pkg.startsWith("javax.measure")) {
                assertTrue(attributes.contains("version=\"[2.0,3)\""), pkg + ": " + attributes);
            } else if (pkg.startsWith("org.slf4j")) {
                assertTrue(attributes.contains("version=\"[1.7,3)\""), pkg + ": " + attributes);
            } else if (pkg.startsWith("org.eclipse.jdt.annotation")) {
                assertTrue(attributes.contains("resolution:=optional"), pkg + ": " + attributes);
            } else {
                assertTrue(
                        pkg.startsWith("org.osgi.") || pkg.startsWith("javax.net") || pkg.startsWith("javax.security"),
                        "unexpected import " + pkg);
            }
            assertFalse(pkg.startsWith("org.openhab.binding.smartmetertexas"), "the bundle never needs " + pkg);
        });
        assertNull(manifest().getValue("Export-Package"), "the binding exports nothing");
    }

    @Test
    void handlerFactoryIsADeclarativeServicesComponent() throws IOException {
        String components = manifest().getValue("Service-Component");
        assertNotNull(components, "bnd wrote DS component descriptions");
        String factoryXml = text(
                "OSGI-INF/org.openhab.binding.smartmetertexas.internal.SmartMeterTexasHandlerFactory.xml");
        assertTrue(factoryXml.contains("org.openhab.core.thing.binding.ThingHandlerFactory"));
        assertTrue(factoryXml.contains("org.openhab.core.io.net.http.HttpClientFactory"),
                "the factory gets openHAB's HttpClientFactory injected");
    }
}
