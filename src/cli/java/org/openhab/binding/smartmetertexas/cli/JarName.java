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

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The command line's jar file name, for help texts and hints: the real name when running from the jar.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class JarName {

    static final String GENERIC = "org.openhab.binding.smartmetertexas-<version>-cli.jar";

    private JarName() {
    }

    static String get() {
        CodeSource source = JarName.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return GENERIC;
        }
        try {
            Path name = Path.of(source.getLocation().toURI()).getFileName();
            return name != null && name.toString().endsWith(".jar") ? name.toString() : GENERIC;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return GENERIC;
        }
    }
}
