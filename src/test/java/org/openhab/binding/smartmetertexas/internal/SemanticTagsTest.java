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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Every semantic tag the binding's channels carry, and every tag of the README's items, is one openHAB 4.3 knows. A
 * tag 4.3 does not know is no semantic tag there: the item falls out of the semantic model without a word.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class SemanticTagsTest {

    /**
     * The semantic tags of openHAB 4.3 this binding may use, checked against openHAB core's tag list
     * (bundles/org.openhab.core.semantics, DefaultSemanticTags). Not there before 5.0, so not here: the point
     * {@code Calculation} and the equipment {@code ElectricMeter}.
     */
    private static final Set<String> OPENHAB_43_TAGS = Set.of(
            // points
            "Alarm", "Control", "Measurement", "Setpoint", "Status", "Switch",
            // properties
            "Current", "Duration", "Energy", "Level", "Power", "Timestamp", "Voltage",
            // equipment
            "Sensor");

    @Test
    void channelTagsAreKnownToOpenHab43() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("OH-INF"))) {
            walk.filter(p -> p.toString().endsWith(".xml")).forEach(p -> files.add(p.toString()));
        }
        Set<String> used = new TreeSet<>();
        for (String file : files) {
            Matcher tag = Pattern.compile("<tag>([^<]*)</tag>").matcher(Files.readString(Path.of(file)));
            while (tag.find()) {
                used.add(tag.group(1).strip());
            }
        }
        assertTrue(used.contains("Measurement"), "the channels carry tags: " + used);
        assertEquals(Set.of(), unknown(used));
    }

    @Test
    void readmeItemTagsAreKnownToOpenHab43() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern item = Pattern.compile("^(?:Group|Number|DateTime|String|Switch)\\S*\\s.*?\\[(\"[^\\]]*\")\\]",
                Pattern.MULTILINE);
        Matcher items = item.matcher(Files.readString(Path.of("README.md")));
        int lines = 0;
        while (items.find()) {
            lines++;
            for (String tag : items.group(1).split(",")) {
                used.add(tag.strip().replace("\"", ""));
            }
        }
        assertTrue(lines >= 10, "the README's items carry tags: " + lines);
        assertEquals(Set.of(), unknown(used));
    }

    private static Set<String> unknown(Set<String> tags) {
        Set<String> unknown = new TreeSet<>(tags);
        unknown.removeAll(OPENHAB_43_TAGS);
        return unknown;
    }
}
