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

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Finds a Maven artifact's jar on the test's class path. The OSGi boot test installs the very jars Maven resolved for
 * the build (declared in pom.xml, test scope where only the test needs them), so no path or version is written twice.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class ClassPathJars {

    private ClassPathJars() {
    }

    /** The jar of {@code groupId:artifactId}, as laid out in a Maven repository (group/artifact/version/). */
    static Path jar(String groupId, String artifactId) {
        String folder = "/" + groupId.replace('.', '/') + "/" + artifactId + "/";
        return Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> entry.replace(File.separatorChar, '/').contains(folder)).map(Path::of)
                .filter(path -> path.getFileName().toString().startsWith(artifactId + "-")
                        && path.getFileName().toString().endsWith(".jar"))
                .findFirst().orElseGet(() -> fail(groupId + ":" + artifactId + " is not on the test class path"));
    }
}
