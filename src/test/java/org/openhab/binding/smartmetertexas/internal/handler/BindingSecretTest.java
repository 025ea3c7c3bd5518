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

import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.AccountSession;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.testsupport.LogCapture;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Over a whole run with failures — a wrong password, then a wrong keystore password, then the right ones, expiring
 * tokens, broken answers of the login and of every data endpoint, a block, thing actions — no password, no keystore
 * password and no token SMT issued appears in a log line of the binding (at TRACE), in an exception message a
 * handler sees, in a thing property, a status description, a channel state or an action's answer.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class BindingSecretTest {

    private static final Instant MORNING = LocalDate.of(2026, 6, 15).atTime(8, 0).atZone(SmtTime.CENTRAL).toInstant();
    private static final String PASSWORD = "Simulated-Secret-Pw-4711";
    private static final String WRONG_PASSWORD = "Wrong-Secret-Pw-0815";
    private static final String KEYSTORE_PASSWORD = "Keystore-Secret-Pw-2342";
    private static final String WRONG_KEYSTORE_PASSWORD = "Wrong-Keystore-Pw-1337";
    private static final Duration STEP = Duration.ofMinutes(5);

    private final List<String> exceptions = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = { "portal", "official" })
    void noSecretReachesLogsMessagesPropertiesStatusesOrStates(String flow, @TempDir Path dir) throws Exception {
        boolean portal = "portal".equals(flow);
        Path keystore = emptyKeystore(dir.resolve("client.p12"), KEYSTORE_PASSWORD);
        Set<String> shown = new LinkedHashSet<>();
        Set<String> secrets = new LinkedHashSet<>(
                List.of(PASSWORD, WRONG_PASSWORD, KEYSTORE_PASSWORD, WRONG_KEYSTORE_PASSWORD));
        String logText;
        try (LogCapture logs = new LogCapture();
                BindingHarness harness = new BindingHarness(MORNING, SimulatorConfig.builder().password(PASSWORD))) {
            harness.clientIdleTimeout = Duration.ofMillis(250);
            Map<String, Object> config = portal ? BindingHarness.portalAccount(harness.simulator)
                    : BindingHarness.officialAccount(harness.simulator);
            config.put("keystorePath", keystore.toString());

            // A wrong password: rejected, never tried again.
            config.put("password", WRONG_PASSWORD);
            config.put("keystorePassword", KEYSTORE_PASSWORD);
            AccountHandler account = harness.startAccount(config);
            List<MeterHandler> meters = new ArrayList<>();
            for (String esiid : harness.simulator.esiids()) {
                meters.add(harness.startMeter(esiid, Map.of("readInterval", 30, "historyDays", 10)));
            }
            run(harness, Duration.ofMinutes(10));
            assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, account.getThing().getStatusInfo().getStatusDetail());

            // The right password, a wrong keystore password.
            account.dispose();
            config.put("password", PASSWORD);
            config.put("keystorePassword", WRONG_KEYSTORE_PASSWORD);
            account = harness.startAccount(config);
            run(harness, STEP);
            assertTrue(BindingHarness.isOffline(account.getThing().getStatusInfo(),
                    ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.keystore"));

            // Both right: online, reads, data.
            account.dispose();
            config.put("keystorePassword", KEYSTORE_PASSWORD);
            account = harness.startAccount(config);
            run(harness, Duration.ofHours(2));
            assertEquals(ThingStatus.ONLINE, account.getThing().getStatus());

            // Expiring tokens, broken answers, a block; the login's answers too (they carry the token).
            Endpoint login = portal ? Endpoint.PORTAL_LOGIN : Endpoint.OFFICIAL_TOKEN;
            List<Endpoint> data = portal
                    ? List.of(Endpoint.PORTAL_DAILY, Endpoint.PORTAL_INTERVALSYNCH, Endpoint.PORTAL_MONTHLY,
                            Endpoint.PORTAL_ODR, Endpoint.PORTAL_LATEST_ODR)
                    : List.of(Endpoint.OFFICIAL_DAILY, Endpoint.OFFICIAL_INTERVALS, Endpoint.OFFICIAL_MONTHLY,
                            Endpoint.OFFICIAL_ODR, Endpoint.OFFICIAL_ODR_STATUS);
            List<Fault> faults = List.of(Fault.MALFORMED_JSON, Fault.HTTP_500, Fault.UNAVAILABLE_TEXT,
                    Fault.MAINTENANCE_HTML, Fault.TIMEOUT, Fault.CONNECTION_RESET, Fault.ERROR_CODE_1, Fault.HTTP_401,
                    Fault.ODR_FAILED, Fault.FORBIDDEN_HTML);
            for (int i = 0; i < faults.size(); i++) {
                Fault fault = faults.get(i);
                harness.simulator.control().expireTokens();
                if (fault != Fault.HTTP_401 && fault != Fault.ERROR_CODE_1 && fault != Fault.ODR_FAILED) {
                    harness.simulator.control().faultOnce(login, fault, 1);
                }
                harness.simulator.control().fault(data.get(i % data.size()), fault);
                run(harness, Duration.ofMinutes(20));
                harness.simulator.control().clearFaults();
                run(harness, Duration.ofMinutes(40));
            }
            run(harness, Duration.ofHours(3));
            assertEquals(ThingStatus.ONLINE, account.getThing().getStatus(), "recovered after the faults");

            // Thing actions answer in words.
            for (MeterHandler meter : meters) {
                shown.add(meter.requestMeterRead());
                shown.add(meter.backfill("2026-05-01", "2026-05-10"));
                shown.add(meter.importFile(dir.resolve("missing.csv").toString()));
            }
            run(harness, Duration.ofHours(1));

            for (MeterHandler meter : meters) {
                shown.add(meter.lastRead() + " " + meter.dataUntil() + " " + meter.lastError());
                shown.add(meter.getThing().getProperties().toString());
            }
            shown.add(account.getThing().getProperties().toString());
            harness.statuses.values().forEach(list -> list.forEach(info -> shown.add(info.toString())));
            harness.states.values().forEach(list -> list.forEach(state -> shown.add(state.toFullString())));
            for (RecordedRequest request : harness.simulator.requests()) {
                String authorization = request.header("Authorization");
                if (authorization != null && authorization.startsWith("Bearer ")) {
                    secrets.add(authorization.substring(7).trim());
                }
            }
            logText = logs.text();
        }

        assertTrue(secrets.size() >= 4 + 3, "passwords and several tokens were in play: " + secrets.size());
        assertTrue(logText.contains("TRACE " + LogCapture.BINDING) && logText.contains("POST /"),
                "the binding's TRACE lines were captured");
        assertTrue(logText.contains("DEBUG " + LogCapture.BINDING + ".handler"), "the handlers' lines too");
        assertTrue(exceptions.size() >= 10, "the handlers met failures: " + exceptions.size());
        for (String secret : secrets) {
            String masked = secret.substring(0, 4) + "…";
            assertFalse(logText.contains(secret), "a secret (" + masked + ") in the log");
            for (String message : exceptions) {
                assertFalse(message.contains(secret), "a secret (" + masked + ") in an exception: " + message);
            }
            for (String text : shown) {
                assertFalse(text.contains(secret), "a secret (" + masked + ") shown to the user: " + text);
            }
        }
        assertFalse(logText.contains("Bearer "), "no Authorization header is logged");
    }

    /** Runs in steps, spying on the account's client as soon as it exists. */
    private void run(BindingHarness harness, Duration duration) throws Exception {
        Instant end = harness.clock.instant().plus(duration);
        while (harness.clock.instant().isBefore(end)) {
            Instant next = harness.clock.instant().plus(STEP);
            harness.scheduler.runUntil(next.isBefore(end) ? next : end);
            for (AccountHandler account : harness.accounts()) {
                spy(account);
            }
        }
    }

    /** Puts a recorder of every failure between the account's session and its client. */
    private void spy(AccountHandler account) throws Exception {
        Field sessionField = AccountHandler.class.getDeclaredField("session");
        sessionField.setAccessible(true);
        Object session = sessionField.get(account);
        if (session == null) {
            return;
        }
        Field field = AccountSession.class.getDeclaredField("client");
        field.setAccessible(true);
        Object current = field.get(session);
        if (!(current instanceof SmtClient client) || Proxy.isProxyClass(current.getClass())) {
            return;
        }
        InvocationHandler recorder = (proxy, method, args) -> {
            try {
                return method.invoke(client, args);
            } catch (InvocationTargetException e) {
                Throwable failure = e.getCause();
                StringBuilder text = new StringBuilder();
                for (Throwable t = failure; t != null; t = t.getCause()) {
                    text.append(t).append('\n');
                }
                exceptions.add(text.toString());
                throw failure == null ? e : failure;
            }
        };
        field.set(session,
                Proxy.newProxyInstance(SmtClient.class.getClassLoader(), new Class<?>[] { SmtClient.class }, recorder));
    }

    private static Path emptyKeystore(Path file, String password) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore.store(out, password.toCharArray());
        }
        return file;
    }
}
