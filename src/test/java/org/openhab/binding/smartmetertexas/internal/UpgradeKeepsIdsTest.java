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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An upgrade keeps the user's things, item links and settings: openHAB stores them under the thing-type, channel and
 * configuration ids, so every id of the release before issue 9 is still there, unchanged. New ids may come.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class UpgradeKeepsIdsTest {

    /** The ids of OH-INF/thing/thing-types.xml in the release before issue 9. */
    private static final List<String> THING_TYPES = List.of("bridge-type:account", "thing-type:meter");

    private static final Map<String, List<String>> CONFIGURATION = Map.of( //
            "account",
            List.of("flow", "username", "password", "requesterType", "requesterAuthenticationId", "keystorePath",
                    "keystorePassword", "portalUrl", "apiUrl", "loginPath"), //
            "meter", List.of("esiid", "meterNumber", "readInterval", "historyDays", "revisionDays"));

    /** The meter's channels (group#channel) and their channel types. */
    private static final Map<String, String> METER_CHANNELS = Map.ofEntries( //
            Map.entry("reading#register", "register"), //
            Map.entry("reading#read-time", "read-time"), //
            Map.entry("reading#read-status", "read-status"), //
            Map.entry("reading#reads-left-today", "reads-left-today"), //
            Map.entry("interval#consumption", "interval-consumption"), //
            Map.entry("interval#generation", "interval-generation"), //
            Map.entry("interval#net", "interval-net"), //
            Map.entry("interval#power", "interval-power"), //
            Map.entry("interval#data-until", "data-until"), //
            Map.entry("daily#consumption", "daily-consumption"), //
            Map.entry("daily#generation", "daily-generation"), //
            Map.entry("daily#start-reading", "daily-start-reading"), //
            Map.entry("daily#end-reading", "daily-end-reading"), //
            Map.entry("monthly#consumption", "monthly-consumption"));

    private static Document thingTypes() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("OH-INF/thing/thing-types.xml").toFile());
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    @Test
    void thingTypesKeepTheirIds() throws Exception {
        Element root = thingTypes().getDocumentElement();
        assertEquals("smartmetertexas", root.getAttribute("bindingId"));
        List<String> types = new ArrayList<>();
        for (String tag : List.of("bridge-type", "thing-type")) {
            children(root, tag).forEach(type -> types.add(tag + ":" + type.getAttribute("id")));
        }
        assertTrue(types.containsAll(THING_TYPES), "thing types: " + types);
        assertEquals("account", SmartMeterTexasBindingConstants.THING_TYPE_ACCOUNT.getId());
        assertEquals("meter", SmartMeterTexasBindingConstants.THING_TYPE_METER.getId());
    }

    @Test
    void configurationParametersKeepTheirNames() throws Exception {
        Element root = thingTypes().getDocumentElement();
        for (String tag : List.of("bridge-type", "thing-type")) {
            for (Element type : children(root, tag)) {
                List<String> names = children(type, "parameter").stream().map(p -> p.getAttribute("name")).toList();
                List<String> expected = CONFIGURATION.getOrDefault(type.getAttribute("id"), List.of());
                assertTrue(names.containsAll(expected), type.getAttribute("id") + " parameters: " + names);
            }
        }
    }

    @Test
    void meterChannelsKeepTheirIdsAndTypes() throws Exception {
        Element root = thingTypes().getDocumentElement();
        Map<String, String> groupTypes = new HashMap<>();
        for (Element type : children(root, "thing-type")) {
            if ("meter".equals(type.getAttribute("id"))) {
                children(type, "channel-group")
                        .forEach(group -> groupTypes.put(group.getAttribute("id"), group.getAttribute("typeId")));
            }
        }
        Map<String, String> channels = new LinkedHashMap<>();
        for (Element groupType : children(root, "channel-group-type")) {
            groupTypes.forEach((group, typeId) -> {
                if (typeId.equals(groupType.getAttribute("id"))) {
                    children(groupType, "channel").forEach(channel -> channels
                            .put(group + "#" + channel.getAttribute("id"), channel.getAttribute("typeId")));
                }
            });
        }
        List<String> channelTypes = children(root, "channel-type").stream().map(t -> t.getAttribute("id")).toList();
        METER_CHANNELS.forEach((channel, type) -> {
            assertEquals(type, channels.get(channel), "channel " + channel);
            assertTrue(channelTypes.contains(type), "channel type " + type);
        });
    }

    @Test
    void progressKeepsItsStorage() {
        assertEquals("org.openhab.binding.smartmetertexas.progress", SmartMeterTexasHandlerFactory.PROGRESS_STORAGE,
                "a new name would start every meter's history afresh");
    }
}
