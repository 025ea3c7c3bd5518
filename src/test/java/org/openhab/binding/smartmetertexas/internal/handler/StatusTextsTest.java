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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.planning.BindingTiming;
import org.openhab.binding.smartmetertexas.internal.planning.VirtualTaskScheduler;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;

/**
 * Every status description the binding can set reaches the user whole. openHAB localises a description
 * {@code @text/key ["argument"]} by splitting the arguments at every comma, removing brackets and double quotes,
 * trimming and dropping blank arguments, and then formats the i18n text with {@link MessageFormat} (where an
 * apostrophe starts a quoted part, so a text writes it twice). This test does the same and compares the result with
 * the text the binding means to show: the i18n text with its apostrophes, around the whole argument.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class StatusTextsTest {

    private static final Instant AT = Instant.parse("2026-06-03T15:00:00Z");
    /** Messages with everything openHAB's argument rules take apart. */
    private static final String NASTY = "HTTP 500, \"Internal [x] Error\", twice";

    /** A status the binding sets, and the argument it is about ("" for none). */
    private record Shown(String what, String description, String argument) {
    }

    // ---- openHAB's rules ----

    private static Properties texts() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("OH-INF/i18n/smartmetertexas.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** What openHAB shows for a status description (ThingStatusInfoI18nLocalizationService, I18nProviderImpl). */
    static String localized(String description, Properties texts) {
        if (!description.startsWith("@text/")) {
            return description;
        }
        String[] parts = description.split("\\s+", 2);
        String key = parts[0].substring("@text/".length());
        Object @Nullable [] arguments = parts.length == 1 ? null
                : Arrays.stream(parts[1].replaceAll("\\[|\\]|\"", "").split(",")).filter(s -> !s.isBlank())
                        .map(String::trim).toArray();
        String text = texts.getProperty(key);
        assertNotNull(text, "the i18n file has " + key);
        return MessageFormat.format(text, arguments);
    }

    /** The text as written for people: the i18n text with single apostrophes, the argument in place of {0}. */
    private static String intended(Shown shown, Properties texts) {
        String key = shown.description().split("\\s+", 2)[0].substring("@text/".length());
        String text = String.valueOf(texts.getProperty(key)).replace("''", "'");
        return text.replace("{0}", shown.argument());
    }

    /** Letters and digits in order: what must survive of an argument, whatever punctuation it carries. */
    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    // ---- the statuses ----

    private static List<Shown> failureStatuses() {
        List<SmtException> failures = List.of(new SmtException(Failure.INVALID_CREDENTIALS, "wrong, \"really\""),
                new SmtException(Failure.LOGIN_REFUSED, "refused, [x]"),
                SmtException.loginPathNotFound("/api/login,v2[1]"), new SmtException(Failure.KEYSTORE, "bad, [x]"),
                SmtException.blocked("HTTP 403, bot", AT),
                SmtException.tlsFailure("smt.example.com", "PKIX path building failed, \"x\""),
                new SmtException(Failure.MAINTENANCE, NASTY), new SmtException(Failure.TIMEOUT, NASTY),
                new SmtException(Failure.SERVER_ERROR, NASTY),
                new SmtException(Failure.CONNECTION, "Connection refused, twice"),
                new SmtException(Failure.PROTOCOL_ERROR,
                        "SMT's 15-minute data for 2026-01-01 (3 rejected, first RD[2]: \"x,y\")"),
                new SmtException(Failure.PROTOCOL_ERROR, ""),
                new SmtException(Failure.PROTOCOL_ERROR, "@text/offline.maintenance, or not"),
                SmtException.refused(new Refusal(Rule.ROUTINE_SPACING, AT, "spaced, 15 minutes")),
                SmtException.refused(new Refusal(Rule.CREDENTIALS_REJECTED, null, "rejected, [x]")),
                SmtException.rateLimited("limit, reached", LimitScope.HOUR, AT, true),
                new SmtException(Failure.NOT_SUPPORTED, "no meter list, official"),
                new SmtException(Failure.NOT_YET_AVAILABLE, "not yet, \"tomorrow\""));
        List<Shown> shown = new ArrayList<>();
        for (Flow flow : Flow.values()) {
            for (SmtException failure : failures) {
                String description = FailureStatus.of(failure, flow).description();
                shown.add(new Shown(failure.kind() + " " + flow, description, argumentOf(failure)));
            }
        }
        return shown;
    }

    /** The argument FailureStatus gives a failure's text, as the user should read it. */
    private static String argumentOf(SmtException failure) {
        return switch (failure.kind().argument()) {
            case SUBJECT -> failure.subject().orElseThrow();
            case RETRY_TIME -> failure.retryNotBefore().isPresent() ? "2026-06-03 10:00 CDT" : failure.detail();
            default -> failure.detail();
        };
    }

    /** What the handlers themselves set: configuration problems and the note on a raised read interval. */
    private static List<Shown> handlerStatuses() {
        List<Shown> shown = new ArrayList<>();
        for (Map<String, Object> config : List.of(Map.<String, Object> of("flow", "portal,official"),
                Map.<String, Object> of("username", " "), Map.<String, Object> of("portalUrl", "http://smt.com, x"),
                Map.<String, Object> of("apiUrl", "https://smt .com"),
                Map.<String, Object> of("loginPath", "login,now"), Map.<String, Object> of("loginPath", "/a b[1]"))) {
            ThingStatusInfo status = account(config);
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail(), config.toString());
            shown.add(new Shown("account " + config, String.valueOf(status.getDescription()), ""));
        }
        for (Map<String, Object> config : List.of(Map.<String, Object> of(CONFIG_ESIID, "12,345 [1]"),
                Map.<String, Object> of("readInterval", 2000), Map.<String, Object> of("historyDays", 731),
                Map.<String, Object> of("revisionDays", 0))) {
            ThingStatusInfo status = meter(config);
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail(), config.toString());
            shown.add(new Shown("meter " + config, String.valueOf(status.getDescription()), ""));
        }
        ThingStatusInfo raised = meter(Map.of("readInterval", 10));
        assertEquals(ThingStatus.ONLINE, raised.getStatus());
        shown.add(new Shown("meter readInterval 10", String.valueOf(raised.getDescription()), "10"));
        return shown;
    }

    private static BindingTiming timing() {
        ManualClock clock = new ManualClock(AT);
        return new BindingTiming(clock, clock::advance, executor -> new VirtualTaskScheduler(clock), new Random(1));
    }

    private static ThingStatusInfo account(Map<String, Object> changes) {
        Map<String, Object> config = new HashMap<>(Map.of("username", "jdoe", "password", "secret"));
        config.putAll(changes);
        Bridge bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, "home").withConfiguration(new Configuration(config))
                .build();
        AccountHandler handler = new AccountHandler(bridge, mock(HttpClientFactory.class), timing());
        handler.setCallback(mock(ThingHandlerCallback.class));
        handler.initialize();
        handler.dispose();
        return bridge.getStatusInfo();
    }

    private static ThingStatusInfo meter(Map<String, Object> changes) {
        Bridge bridge = BridgeBuilder.create(THING_TYPE_ACCOUNT, "home").build();
        bridge.setStatusInfo(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null));
        Map<String, Object> config = new HashMap<>(Map.of(CONFIG_ESIID, "10443720001234567"));
        config.putAll(changes);
        Thing thing = ThingBuilder.create(THING_TYPE_METER, new ThingUID(THING_TYPE_METER, bridge.getUID(), "house"))
                .withBridge(bridge.getUID()).withConfiguration(new Configuration(config)).build();
        ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        when(callback.getBridge(any())).thenReturn(bridge);
        MeterHandler handler = new MeterHandler(thing, new MemoryStorage(), timing());
        handler.setCallback(callback);
        handler.initialize();
        handler.dispose();
        return thing.getStatusInfo();
    }

    // ---- the checks ----

    @Test
    void everyStatusReachesTheUserWhole() throws IOException {
        Properties texts = texts();
        List<Shown> all = new ArrayList<>(failureStatuses());
        all.addAll(handlerStatuses());
        List<String> broken = new ArrayList<>();
        for (Shown shown : all) {
            assertTrue(shown.description().startsWith("@text/"), shown.what() + ": " + shown.description());
            String seen = localized(shown.description(), texts);
            String key = shown.description().split("\\s+", 2)[0].substring("@text/".length());
            String text = String.valueOf(texts.getProperty(key)).replace("''", "'");
            int placeholder = text.indexOf("{0}");
            boolean whole;
            if (placeholder < 0) {
                whole = seen.equals(text);
            } else {
                String before = text.substring(0, placeholder);
                String after = text.substring(placeholder + 3);
                whole = seen.startsWith(before) && seen.endsWith(after)
                        && seen.length() > before.length() + after.length()
                        && (shown.argument().isEmpty()
                                || words(seen.substring(before.length(), seen.length() - after.length()))
                                        .equals(words(shown.argument())));
            }
            if (!whole || seen.contains("{") || seen.contains("}")) {
                broken.add(shown.what() + "\n    sets:  " + shown.description() + "\n    shows: " + seen);
            }
        }
        assertEquals("", String.join("\n", broken));
        assertTrue(all.size() >= 40, "statuses checked: " + all.size());
    }

    @Test
    void argumentsAreShownAsIntended() throws IOException {
        Properties texts = texts();
        for (Shown shown : failureStatuses()) {
            // their arguments carry nothing openHAB takes apart: shown exactly as written
            if (shown.what().startsWith("TlsFailureException") || shown.what().startsWith("BlockedException")) {
                assertEquals(intended(shown, texts), localized(shown.description(), texts), shown.what());
            }
        }
        assertEquals(
                "SMT sent an answer the binding cannot read: SMT's 15-minute data for 2026-01-01 (3 rejected; "
                        + "first RD(2): \u201Cx;y\u201D)",
                localized(FailureStatus
                        .of(new SmtException(Failure.PROTOCOL_ERROR,
                                "SMT's 15-minute data for 2026-01-01 (3 rejected, first RD[2]: \"x,y\")"), Flow.PORTAL)
                        .description(), texts));
        assertEquals(
                "SMT is unavailable (HTTP 500; \u201CInternal (x) Error\u201D; twice). The binding tries again later.",
                localized(FailureStatus.of(new SmtException(Failure.SERVER_ERROR, NASTY), Flow.PORTAL).description(),
                        texts));
        assertEquals(
                "The secure connection to smt.example.com failed: its certificate is not trusted. SMT's "
                        + "certificates change every few months; check openHAB's Java trust store.",
                localized(FailureStatus.text("offline.tls-failure", "smt.example.com"), texts));
        assertEquals("Read interval 10 minutes is below SMT's limit of 2 reads an hour: the binding reads every 30 "
                + "minutes.", localized(FailureStatus.text("online.read-interval-raised", "10"), texts));
        assertEquals("Configuration problem: -", localized(FailureStatus.text("offline.configuration", " "), texts),
                "a blank argument would be dropped and leave {0}");
    }
}
