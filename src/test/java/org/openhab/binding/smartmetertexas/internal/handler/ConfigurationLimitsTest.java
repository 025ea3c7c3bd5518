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
package org.openhab.binding.smartmetertexas.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configuration's limits live in OH-INF/thing/thing-types.xml, where openHAB checks them before a handler starts
 * and the UI refuses them up front. This test reads every parameter's limits from there (required, integer range,
 * text length and pattern, options) and checks them against the handlers' own checks: whatever the XML lets through,
 * the handler accepts, and an integer range is exactly the handler's.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ConfigurationLimitsTest {

    /** Texts people type or paste, and the traps of URLs, paths and ESIIDs. */
    private static final List<String> TEXTS = List.of("", " ", "x", "jdoe", "jdoe@example.com", "p@ss, \"w[o]rd\"",
            "\u2003", "\u00A0", "\u001C", "\u0000", "RES", "CSP", "res", "portal", "official", "PORTAL", "other", "a,b",
            "/commonapi/user/authenticate", "/api/user/authenticate/", "//x", "/a;b=c:d@e", "/a b", "/a%zz", "/a%20b",
            "/a|b", "/a?b", "/a#b", "/ünï", "login", " /x", "https://www.smartmetertexas.com",
            "https://services.smartmetertexas.net", "https://127.0.0.1:8443", "https://127.0.0.1:8443/",
            "https://uat.smartmetertexas.net/base/", "https://smt.example.com/a%41/b", "http://smt.example.com",
            "HTTPS://smt.example.com", "https://", "https:///x", "https://a b", "https://1.2.3", "https://999.1.1.1",
            "https://a_b.com", "https://host.123", "https://-host.com", "https://host-.com", "https://host/a|b",
            "https://host/?q", "https://host/#f", "https://[::1]", "https://host/%zz", "https://ünï.com",
            "https://host:8443x", "10443720001234567", "1044372000123456789012", "12345", "12345678901234567890123",
            "'10443720001234567", " 10443720001234567", "1044372000123456a", "\u0661\u0660443720001234567",
            "/tmp/smt.p12", "C:\\smt\\client.p12", "123456789LG");

    /** One configuration parameter as the XML declares it. */
    private record Parameter(String thingType, String name, String type, boolean required, @Nullable Double min,
            @Nullable Double max, @Nullable String pattern, List<String> options, boolean limitToOptions) {

        /** Whether openHAB (its configuration validator, or the UI) lets the value through. */
        boolean accepts(Object value) {
            if ("integer".equals(type)) {
                if (!(value instanceof Integer number)) {
                    return false;
                }
                return (min == null || number >= min) && (max == null || number <= max);
            }
            String text = (String) value;
            if (required && text.isEmpty()) {
                return false;
            }
            if (min != null && text.length() < min || max != null && text.length() > max) {
                return false;
            }
            String regex = pattern;
            if (regex != null && !text.matches(regex)) {
                return false;
            }
            return options.isEmpty() || !limitToOptions || options.contains(text);
        }
    }

    private static List<Parameter> parameters() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("OH-INF/thing/thing-types.xml").toFile());
        List<Parameter> result = new ArrayList<>();
        for (String tag : List.of("bridge-type", "thing-type")) {
            NodeList types = xml.getElementsByTagName(tag);
            for (int t = 0; t < types.getLength(); t++) {
                Element type = (Element) types.item(t);
                NodeList parameters = type.getElementsByTagName("parameter");
                for (int p = 0; p < parameters.getLength(); p++) {
                    Element parameter = (Element) parameters.item(p);
                    List<String> options = new ArrayList<>();
                    NodeList optionNodes = parameter.getElementsByTagName("option");
                    for (int o = 0; o < optionNodes.getLength(); o++) {
                        options.add(((Element) optionNodes.item(o)).getAttribute("value"));
                    }
                    NodeList limit = parameter.getElementsByTagName("limitToOptions");
                    // openHAB's default is true
                    boolean limitToOptions = limit.getLength() == 0
                            || Boolean.parseBoolean(limit.item(0).getTextContent().strip());
                    result.add(new Parameter(type.getAttribute("id"), parameter.getAttribute("name"),
                            parameter.getAttribute("type"), "true".equals(parameter.getAttribute("required")),
                            number(parameter, "min"), number(parameter, "max"),
                            parameter.hasAttribute("pattern") ? parameter.getAttribute("pattern") : null, options,
                            limitToOptions));
                }
            }
        }
        return result;
    }

    private static @Nullable Double number(Element element, String attribute) {
        return element.hasAttribute(attribute) ? Double.valueOf(element.getAttribute(attribute)) : null;
    }

    // ---- the handlers' checks ----

    /** Whether the handler of the thing type starts with the parameter set to the value (the rest as defaults). */
    private static boolean handlerAccepts(Parameter parameter, Object value) throws Exception {
        if ("account".equals(parameter.thingType())) {
            AccountConfiguration config = new AccountConfiguration();
            config.username = "jdoe";
            config.password = "secret";
            set(config, parameter.name(), value);
            try {
                AccountHandler.settings(config);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        MeterConfiguration config = new MeterConfiguration();
        config.esiid = "10443720001234567";
        set(config, parameter.name(), value);
        return MeterHandler.configurationProblem(config) == null;
    }

    private static void set(Object config, String name, Object value) throws ReflectiveOperationException {
        config.getClass().getField(name).set(config, value);
    }

    private static Set<String> fields(Class<?> type) {
        return Arrays.stream(type.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- the checks ----

    @Test
    void everyParameterIsAConfigurationField() throws Exception {
        List<Parameter> parameters = parameters();
        assertEquals(fields(AccountConfiguration.class), parameters.stream().filter(p -> "account".equals(p.thingType))
                .map(Parameter::name).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(fields(MeterConfiguration.class), parameters.stream().filter(p -> "meter".equals(p.thingType))
                .map(Parameter::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void integerRangesAreExactlyTheHandlersOwn() throws Exception {
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (Parameter parameter : parameters()) {
            if (!"integer".equals(parameter.type())) {
                continue;
            }
            Double min = parameter.min();
            Double max = parameter.max();
            assertNotNull(min, parameter.name() + " has a min");
            assertNotNull(max, parameter.name() + " has a max");
            for (int value = min.intValue() - 3; value <= max.intValue() + 3; value++) {
                checked++;
                if (parameter.accepts(value) != handlerAccepts(parameter, value)) {
                    differences.add(parameter.name() + "=" + value + ": XML " + parameter.accepts(value) + ", handler "
                            + handlerAccepts(parameter, value));
                }
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(checked > 2000, "values checked: " + checked);
    }

    @Test
    void theHandlersAcceptEveryTextTheXmlLetsThrough() throws Exception {
        List<String> refused = new ArrayList<>();
        for (Parameter parameter : parameters()) {
            if (!"text".equals(parameter.type())) {
                continue;
            }
            int accepted = 0;
            for (String text : TEXTS) {
                if (parameter.accepts(text)) {
                    accepted++;
                    if (!handlerAccepts(parameter, text)) {
                        refused.add(parameter.name() + "=\"" + text + "\"");
                    }
                }
            }
            assertTrue(accepted > 0, parameter.name() + " accepts something");
        }
        assertEquals(List.of(), refused, "the XML lets these through, the handler refuses them");
    }

    @Test
    void theHandlerAcceptsEveryNumberForTheFlatPlan() throws Exception {
        int checked = 0;
        for (Parameter parameter : parameters()) {
            if ("decimal".equals(parameter.type())) {
                assertNull(parameter.min(), parameter.name() + " has no limits in the XML");
                for (String value : List.of("-1", "0", "0.053509", "4.39", "1000")) {
                    checked++;
                    assertTrue(handlerAccepts(parameter, new java.math.BigDecimal(value)),
                            parameter.name() + "=" + value);
                }
            }
        }
        assertEquals(4 * 5, checked);
    }

    @Test
    void whatTheHandlersRefuseTheXmlRefusesToo() throws Exception {
        // the values the issue reported, and the handlers' other refusals
        Map<String, List<Object>> refusedByHandler = Map.of("esiid", List.of("123", ""), "readInterval",
                List.of(-1, 1441), "historyDays", List.of(-1, 731), "revisionDays", List.of(0, 32), "flow",
                List.of("other", ""), "username", List.of("", " "), "password", List.of(""), "portalUrl",
                List.of("http://smt.example.com", "https://a b"), "apiUrl", List.of("https://a_b.com"), "loginPath",
                List.of("login", "/a b"));
        for (Parameter parameter : parameters()) {
            for (Object value : refusedByHandler.getOrDefault(parameter.name(), List.of())) {
                assertFalse(handlerAccepts(parameter, value), parameter.name() + "=" + value + " is refused");
                assertFalse(parameter.accepts(value), parameter.name() + "=" + value + " is refused by the XML too");
            }
        }
    }

    @Test
    void aReadIntervalBelowThirtyMinutesReadsEveryThirtyAndSaysSo() throws Exception {
        LocalDate day = LocalDate.of(2026, 6, 3);
        try (BindingHarness harness = new BindingHarness(SmtTime.startOfDay(day).plus(Duration.ofHours(8)))) {
            harness.startAccount(BindingHarness.portalAccount(harness.simulator));
            String esiid = harness.simulator.esiids().get(0);
            MeterHandler meter = harness.startMeter(esiid, Map.of("readInterval", 10, "historyDays", 0));
            Instant from = harness.clock.instant();
            harness.run(Duration.ofHours(4));

            Thing thing = meter.getThing();
            ThingStatusInfo status = harness.status(thing);
            assertEquals(ThingStatus.ONLINE, status.getStatus(), "not a configuration error");
            assertEquals(ThingStatusDetail.NONE, status.getStatusDetail());
            assertEquals("@text/online.read-interval-raised [\"10\"]", status.getDescription());
            List<Instant> reads = PoliteAudit.startedReads(harness.simulator.requests()).stream()
                    .filter(r -> esiid.equals(PoliteAudit.esiid(r))).map(RecordedRequest::time)
                    .filter(t -> !t.isBefore(from)).toList();
            assertTrue(reads.size() >= 7, "a read every 30 minutes: " + reads);
            for (int i = 1; i < reads.size(); i++) {
                assertFalse(Duration.between(reads.get(i - 1), reads.get(i)).compareTo(Duration.ofMinutes(30)) < 0,
                        "reads 30 minutes apart at least: " + reads);
            }
        }
    }
}
