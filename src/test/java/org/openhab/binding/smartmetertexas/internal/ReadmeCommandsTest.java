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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's two newcomer commands true: the demo command names the jar this build makes, and CI runs the
 * README's test command verbatim.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ReadmeCommandsTest {

    private static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```shell\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README starts with a shell block");
        assertTrue(block.start() < 400, "the commands are in the README's first lines");
        return block.group(1).lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void readmeGivesExactlyTwoCommands() throws IOException {
        assertEquals(2, readmeCommands().size());
    }

    @Test
    void demoCommandRunsTheJarThisBuildMakes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern
                .compile("<artifactId>org.openhab.binding.smartmetertexas</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(version.find());
        String demo = readmeCommands().get(0);
        assertTrue(demo.contains("target/org.openhab.binding.smartmetertexas-" + version.group(1) + "-cli.jar demo"),
                demo);
        assertTrue(demo.startsWith("mvn "), demo);
    }

    @Test
    void ciRunsTheReadmeTestCommandVerbatim() throws IOException {
        String testCommand = readmeCommands().get(1);
        List<String> ciLines = Files.readAllLines(Path.of(".ci/run"));
        assertTrue(ciLines.contains(testCommand), ".ci/run runs: " + testCommand);
    }
}
