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
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Flow;

/**
 * Every text a user can see has its entry in the i18n file: status descriptions the code refers to with
 * {@code @text/...}, and every label and description of the thing and channel types.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class I18nPropertiesTest {

    private static Properties properties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("OH-INF/i18n/smartmetertexas.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyStatusDescriptionInTheCodeIsTranslated() throws IOException {
        Properties properties = properties();
        // @text/x, text("x", ...), and the failure kinds' keys ("offline.x")
        Pattern reference = Pattern.compile("(?:@text/|\")((?:offline|online)\\.[a-z-]+)");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = reference.matcher(Files.readString(file));
                while (matcher.find()) {
                    found++;
                    if (!properties.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertTrue(found >= 10, "status descriptions found: " + found);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyFailureKindHasItsStatusTextInBothFlows() throws IOException {
        Properties properties = properties();
        List<String> missing = new ArrayList<>();
        for (Failure kind : Failure.values()) {
            for (Flow flow : Flow.values()) {
                if (!properties.containsKey(kind.statusKey(flow))) {
                    missing.add(kind + "/" + flow + ": " + kind.statusKey(flow));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyThingAndChannelTypeLabelIsTranslated() throws IOException {
        Properties properties = properties();
        String xml = Files.readString(Path.of("OH-INF/thing/thing-types.xml"));
        Matcher types = Pattern.compile("<(bridge-type|thing-type|channel-type|channel-group-type) id=\"([a-z-]+)\"")
                .matcher(xml);
        List<String> missing = new ArrayList<>();
        while (types.find()) {
            String prefix = types.group(1).equals("bridge-type") ? "thing-type" : types.group(1);
            String key = prefix + "." + SmartMeterTexasBindingConstants.BINDING_ID + "." + types.group(2) + ".label";
            if (!properties.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(properties.containsKey("addon.smartmetertexas.name"));
    }
}
