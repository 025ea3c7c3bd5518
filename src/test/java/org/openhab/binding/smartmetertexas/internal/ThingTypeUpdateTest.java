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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * openHAB keeps a thing's channels from when the thing was created: a channel added to the thing type reaches
 * existing things only through the update instructions in OH-INF/update, applied to things whose
 * {@code thingTypeVersion} is below the thing type's. This test applies the instructions to the meter channels of the
 * first release (version 0) and expects exactly the channels of today's thing type, each with its type.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingTypeUpdateTest {

    private static final String METER = SmartMeterTexasBindingConstants.BINDING_ID + ":meter";

    /** The meter's channels in the first release, group#channel to channel type: what existing things have. */
    private static final Map<String, String> VERSION_0 = Map.ofEntries(Map.entry("reading#register", "register"),
            Map.entry("reading#read-time", "read-time"), Map.entry("reading#read-status", "read-status"),
            Map.entry("reading#reads-left-today", "reads-left-today"),
            Map.entry("interval#consumption", "interval-consumption"),
            Map.entry("interval#generation", "interval-generation"), Map.entry("interval#net", "interval-net"),
            Map.entry("interval#power", "interval-power"), Map.entry("interval#data-until", "data-until"),
            Map.entry("daily#consumption", "daily-consumption"), Map.entry("daily#generation", "daily-generation"),
            Map.entry("daily#start-reading", "daily-start-reading"),
            Map.entry("daily#end-reading", "daily-end-reading"),
            Map.entry("monthly#consumption", "monthly-consumption"));

    private static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static @Nullable Element byId(Document document, String tag, String id) {
        for (Element element : elements(document.getDocumentElement(), tag)) {
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        return null;
    }

    /** The meter thing type's channels today, group#channel to channel type. */
    private static Map<String, String> currentChannels(Document things) {
        Element meter = byId(things, "thing-type", "meter");
        assertNotNull(meter);
        Map<String, String> channels = new TreeMap<>();
        for (Element group : elements(meter, "channel-group")) {
            Element type = byId(things, "channel-group-type", group.getAttribute("typeId"));
            assertNotNull(type, group.getAttribute("typeId"));
            for (Element channel : elements(type, "channel")) {
                channels.put(group.getAttribute("id") + "#" + channel.getAttribute("id"),
                        channel.getAttribute("typeId"));
            }
        }
        return channels;
    }

    private static int thingTypeVersion(Document things) {
        Element meter = byId(things, "thing-type", "meter");
        assertNotNull(meter);
        return elements(meter, "property").stream().filter(p -> "thingTypeVersion".equals(p.getAttribute("name")))
                .map(p -> Integer.parseInt(p.getTextContent().strip())).findFirst().orElse(0);
    }

    @Test
    void updateInstructionsBringOldMetersToTodaysChannels() throws Exception {
        Document things = xml(Path.of("OH-INF/thing/thing-types.xml"));
        int version = thingTypeVersion(things);
        Map<Integer, Element> sets = new TreeMap<>();
        Path folder = Path.of("OH-INF/update");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.toString().endsWith(".xml")).forEach(files::add);
            }
        }
        for (Path file : files) {
            for (Element thingType : elements(xml(file).getDocumentElement(), "thing-type")) {
                assertEquals(METER, thingType.getAttribute("uid"), "only the meter has channels: " + file);
                for (Element set : elements(thingType, "instruction-set")) {
                    Element previous = sets.put(Integer.valueOf(set.getAttribute("targetVersion")), set);
                    assertNull(previous, "one instruction set per version");
                }
            }
        }
        assertEquals(IntStream.rangeClosed(1, version).boxed().toList(), List.copyOf(sets.keySet()),
                "one instruction set for each version up to the thing type's thingTypeVersion " + version);

        Map<String, String> channels = new TreeMap<>(VERSION_0);
        for (Element set : sets.values()) {
            for (Element add : elements(set, "add-channel")) {
                String type = elements(add, "type").get(0).getTextContent().strip();
                assertTrue(type.startsWith(SmartMeterTexasBindingConstants.BINDING_ID + ":"), type);
                for (String group : add.getAttribute("groupIds").split(",")) {
                    String previous = channels.put(group.strip() + "#" + add.getAttribute("id"),
                            type.substring(type.indexOf(':') + 1));
                    assertNull(previous, "added once: " + group + "#" + add.getAttribute("id"));
                }
            }
            for (Element remove : elements(set, "remove-channel")) {
                for (String group : remove.getAttribute("groupIds").split(",")) {
                    assertNotNull(channels.remove(group.strip() + "#" + remove.getAttribute("id")));
                }
            }
        }
        assertEquals(currentChannels(things), channels);
    }

    @Test
    void theAccountHasNoChannelsToUpdate() throws Exception {
        Document things = xml(Path.of("OH-INF/thing/thing-types.xml"));
        Element account = byId(things, "bridge-type", "account");
        assertNotNull(account);
        assertEquals(List.of(), elements(account, "channel"));
        assertEquals(List.of(), elements(account, "channel-group"));
    }
}
