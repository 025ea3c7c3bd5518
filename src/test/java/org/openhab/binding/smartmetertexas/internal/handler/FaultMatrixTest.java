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
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.CHANNEL_INTERVAL_CONSUMPTION;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Every SMT failure the client knows, end to end: the handlers with the real client against the simulator, in virtual
 * time. The binding runs online with three days stored; on the next morning, just before its 09:30 fetch, SMT breaks
 * in one way. For each case: the status and description the user sees on the account and the meter (and still sees
 * while the fault lasts), no series sent while failing, no login retried after a configuration problem, recovery
 * without a restart once SMT is fixed (or, for configuration problems, once the configuration is corrected), and the
 * stored data complete and equal to SMT's afterwards, with no series that erases days it does not carry.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultMatrixTest {

    private static final String AREA = "matrix";
    private static final LocalDate DAY1 = FaultScenario.DAY1;
    private static final String NEW_PASSWORD = "changed-on-the-web-site";

    /** A status a thing shows; an empty description matches a status without one. */
    record Shown(ThingStatus status, ThingStatusDetail detail, String description) {

        static final Shown ONLINE = new Shown(ThingStatus.ONLINE, ThingStatusDetail.NONE, "");
        static final Shown BRIDGE_OFFLINE = new Shown(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, "");

        static Shown communication(String description) {
            return new Shown(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, description);
        }

        static Shown configuration(String description) {
            return new Shown(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, description);
        }

        boolean matches(ThingStatusInfo info) {
            return FaultScenario.shows(info, status, detail, description);
        }
    }

    /** How the case is fixed. */
    enum Repair {
        /** SMT stops failing (the faults are cleared). */
        SMT_FIXED,
        /** The fault was a one-off: nothing to do. */
        NOTHING,
        /** The user corrects the account's configuration (after SMT's side is what it is). */
        CONFIGURATION,
        /** The user corrects the meter's configuration: openHAB starts its handler anew. */
        METER_CONFIGURATION
    }

    /**
     * One row of the matrix.
     *
     * @param name what SMT does
     * @param official the official API flow (else the portal)
     * @param beforeStart harness knobs set before the account starts
     * @param inject what breaks, just before the morning fetch
     * @param repair how it is fixed
     * @param corrected the corrected account configuration for {@link Repair#CONFIGURATION}
     * @param account the first status the account shows (ONLINE: nothing else)
     * @param meter the first status the meter shows (ONLINE: nothing else)
     * @param accountStaysDown whether the account keeps showing its status while the fault lasts (false when only
     *            the data requests fail: the account itself still answers)
     */
    record Case(String name, boolean official, Consumer<BindingHarness> beforeStart, Consumer<FaultScenario> inject,
            Repair repair, Consumer<Map<String, Object>> corrected, Shown account, Shown meter,
            boolean accountStaysDown) {
        @Override
        public String toString() {
            return name;
        }

        boolean trouble() {
            return !account.equals(Shown.ONLINE) || !meter.equals(Shown.ONLINE);
        }
    }

    /** SMT as a whole fails: the account shows it until SMT is fixed, the meter shows its bridge offline. */
    private static Case down(boolean official, String name, Consumer<FaultScenario> inject, Shown account) {
        return new Case(name, official, h -> {
        }, inject, Repair.SMT_FIXED, c -> {
        }, account, Shown.BRIDGE_OFFLINE, true);
    }

    /** Only the data requests fail, in a way that concerns the account: it shows it, the meter keeps showing it. */
    private static Case dataDown(boolean official, String name, Consumer<FaultScenario> inject, Shown account) {
        return new Case(name, official, h -> {
        }, inject, Repair.SMT_FIXED, c -> {
        }, account, Shown.BRIDGE_OFFLINE, false);
    }

    /** The meter's answers are broken; the account is fine. */
    private static Case meterOnly(boolean official, String name, Consumer<FaultScenario> inject, Shown meter) {
        return new Case(name, official, h -> {
        }, inject, Repair.SMT_FIXED, c -> {
        }, Shown.ONLINE, meter, false);
    }

    /** Not a failure at all: both stay online. */
    private static Case fine(boolean official, String name, Consumer<FaultScenario> inject) {
        return new Case(name, official, h -> {
        }, inject, Repair.SMT_FIXED, c -> {
        }, Shown.ONLINE, Shown.ONLINE, false);
    }

    /** SMT no longer takes the configuration: shown until the user corrects it, never retried. */
    private static Case configuration(boolean official, String name, Consumer<FaultScenario> inject,
            Consumer<Map<String, Object>> corrected, String description) {
        return new Case(name, official, h -> {
        }, inject, Repair.CONFIGURATION, corrected, Shown.configuration(description), Shown.BRIDGE_OFFLINE, true);
    }

    /** One bot-protection answer: the account waits an hour, then goes on by itself. */
    private static Case blocked(boolean official, String name, Endpoint endpoint) {
        return new Case(name, official, h -> {
        }, s -> s.control().faultOnce(endpoint, Fault.FORBIDDEN_HTML, 1), Repair.NOTHING, c -> {
        }, Shown.communication("@text/offline.blocked"), Shown.BRIDGE_OFFLINE, true);
    }

    /** SMT says the meter's configuration is wrong: the meter shows it until it is corrected, the account is fine. */
    private static Case meterConfiguration(boolean official, String name, Consumer<FaultScenario> inject,
            String description) {
        return new Case(name, official, h -> {
        }, inject, Repair.METER_CONFIGURATION, c -> {
        }, Shown.ONLINE, Shown.configuration(description), false);
    }

    /** SMT's own rate limit (HTTP 429) on every data request, with the given Retry-After (null: none). */
    private static Consumer<FaultScenario> rateLimited(@Nullable String retryAfter) {
        return s -> {
            s.control().retryAfter(retryAfter);
            s.faultData(Fault.TOO_MANY_REQUESTS);
        };
    }

    /** The meter's on-demand read meets the fault (the scenario reads on demand only when asked). */
    private static Consumer<FaultScenario> onRead(Fault fault) {
        return s -> {
            s.control().fault(s.official ? Endpoint.OFFICIAL_ODR : Endpoint.PORTAL_ODR, fault);
            s.harness.meters().get(0).requestMeterRead();
        };
    }

    /** SMT's error text on every data request is full of control characters and a bidi override. */
    private static Consumer<FaultScenario> hostileErrorText() {
        return s -> {
            for (Endpoint endpoint : s.dataEndpoints()) {
                s.control().rewrite(endpoint, body -> "{\"errorCode\":\"99\",\"errorMessage\":\"\\u001b]0;owned"
                        + "\\u0007\\u001b[2Jfake\\r\\nstatus\\u0000\\u202e\"}");
            }
        };
    }

    private static Consumer<FaultScenario> everywhere(Fault fault) {
        return s -> {
            for (Endpoint endpoint : Endpoint.values()) {
                s.control().fault(endpoint, fault);
            }
        };
    }

    private static Consumer<FaultScenario> data(Fault fault) {
        return s -> s.faultData(fault);
    }

    private static Consumer<FaultScenario> timeouts() {
        return s -> {
            // The account's request timeout is 30 s of real time; Jetty's idle timeout ends a silent answer sooner.
            for (HttpClient client : s.harness.httpClients) {
                client.setIdleTimeout(400);
            }
            s.harness.dropConnections();
            s.faultData(Fault.TIMEOUT);
        };
    }

    static Stream<Case> cases() {
        String unavailable = "@text/offline.service-unavailable";
        String protocol = "@text/offline.protocol-error";
        return Stream.of(
                configuration(false, "invalid credentials (password changed on SMT)",
                        s -> s.control().password(NEW_PASSWORD), c -> c.put("password", NEW_PASSWORD),
                        "@text/offline.invalid-credentials"),
                configuration(true, "official login refused (401 invalidCredentials)",
                        s -> s.control().password(NEW_PASSWORD), c -> c.put("password", NEW_PASSWORD),
                        "@text/offline.login-refused"),
                configuration(false, "login moved (HTML 404 at the login path)",
                        s -> s.control().fault(Endpoint.PORTAL_LOGIN, Fault.NOT_FOUND),
                        c -> c.put("loginPath", "//commonapi/user/authenticate"),
                        "@text/offline.login-path-not-found [\"/commonapi/user/authenticate\"]"),
                configuration(true, "client keystore unreadable (configuration edited)", s -> {
                    Map<String, Object> edited = new HashMap<>(s.accountConfig);
                    edited.put("keystorePath", "/nonexistent/smt-client.p12");
                    edited.put("keystorePassword", "wrong");
                    s.reconfigureAccount(edited);
                }, c -> c.put("keystorePath", ""), "@text/offline.keystore"),
                blocked(false, "403 HTML bot page at login", Endpoint.PORTAL_LOGIN),
                blocked(false, "403 HTML bot page on a data request", Endpoint.PORTAL_INTERVALSYNCH),
                blocked(true, "official 403 HTML bot page", Endpoint.OFFICIAL_INTERVALS),
                fine(false, "errorCode 1: not yet published", data(Fault.ERROR_CODE_1)),
                fine(true, "official errorCode 1", data(Fault.ERROR_CODE_1)),
                down(false, "HTTP 500 everywhere", everywhere(Fault.HTTP_500), Shown.communication(unavailable)),
                down(true, "official HTTP 500 everywhere", everywhere(Fault.HTTP_500),
                        Shown.communication(unavailable)),
                dataDown(false, "HTTP 500 on data requests only", data(Fault.HTTP_500),
                        Shown.communication(unavailable)),
                down(false, "HTTP 503 text/plain everywhere", everywhere(Fault.UNAVAILABLE_TEXT),
                        Shown.communication(unavailable)),
                down(false, "maintenance HTML page (HTTP 200) everywhere", everywhere(Fault.MAINTENANCE_HTML),
                        Shown.communication("@text/offline.maintenance")),
                down(false, "maintenance HTML page at login only",
                        s -> s.control().fault(Endpoint.PORTAL_LOGIN, Fault.MAINTENANCE_HTML),
                        Shown.communication("@text/offline.maintenance")),
                fine(false, "slow answers (0.2 s)", s -> {
                    s.control().slowDelay(Duration.ofMillis(200));
                    s.faultData(Fault.SLOW);
                }), dataDown(false, "timeout (no answer)", timeouts(), Shown.communication("@text/offline.timeout")),
                dataDown(true, "official API timeout", timeouts(),
                        Shown.communication("@text/offline.official-timeout")),
                down(false, "connection reset everywhere", everywhere(Fault.CONNECTION_RESET),
                        Shown.communication(unavailable)),
                meterOnly(false, "malformed JSON", data(Fault.MALFORMED_JSON), Shown.communication(protocol)),
                meterOnly(true, "official malformed JSON", data(Fault.MALFORMED_JSON), Shown.communication(protocol)),
                meterOnly(false, "50 MB answer", data(Fault.OVERSIZED_BODY), Shown.communication(protocol)),
                meterOnly(false, "HTTP 401 that a new login does not cure", data(Fault.HTTP_401),
                        Shown.communication(protocol)),
                new Case("TLS failure (certificate not trusted)", false, h -> h.switchableTrust = true, s -> {
                    s.harness.certificateRejected.set(true);
                    s.harness.dropConnections();
                }, Repair.SMT_FIXED, c -> {
                }, Shown.communication("@text/offline.tls-failure [\"127.0.0.1\"]"), Shown.BRIDGE_OFFLINE, true),
                // hostile answers and user mistakes (issue 10)
                down(false, "HTTP 429 with Retry-After 1 h on data requests", rateLimited("3600"),
                        Shown.communication("@text/offline.rate-limited")),
                dataDown(true, "official HTTP 429 without Retry-After (15 min)", rateLimited(null),
                        Shown.communication("@text/offline.rate-limited")),
                fine(false, "server closes keep-alive connections as requests come",
                        everywhere(Fault.STALE_KEEP_ALIVE)),
                fine(true, "official: server closes keep-alive connections", everywhere(Fault.STALE_KEEP_ALIVE)),
                meterConfiguration(false, "SMT does not know the ESIID on the account",
                        data(Fault.ESIID_NOT_ON_ACCOUNT), "@text/offline.unknown-esiid"),
                meterConfiguration(true, "official: ESIID not associated with the user",
                        data(Fault.ESIID_NOT_ON_ACCOUNT), "@text/offline.unknown-esiid"),
                meterConfiguration(false, "meter number not of the ESIID (on-demand read)",
                        onRead(Fault.METER_NUMBER_NOT_OF_ESIID), "@text/offline.meter-number-mismatch"),
                configuration(true, "official requester type refused", data(Fault.REQUESTER_TYPE_REFUSED), c -> {
                }, "@text/offline.requester-rejected"),
                meterOnly(false, "control characters and a bidi override in SMT's error text", hostileErrorText(),
                        Shown.communication(protocol)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void faultIsShownRecoveredWithoutRestartAndLosesNoData(Case c) throws Exception {
        try (FaultScenario s = FaultScenario.start(c.official(), b -> {
        }, c.beforeStart(), Map.of(), DAY1, LocalTime.of(9, 40))) {
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertTrue(s.bothOnline(), "online before the fault");
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY1.minusDays(1)), "stored before the fault");
            int seriesBefore = s.harness.series(s.meter, CHANNEL_INTERVAL_CONSUMPTION).size();

            s.runToNextDay(LocalTime.of(9, 20));
            s.markFault();
            c.inject().accept(s);
            s.run(Duration.ofMinutes(25));

            ThingStatusInfo accountSeen = FaultScenario.firstTrouble(s.accountSince());
            ThingStatusInfo meterSeen = FaultScenario.firstTrouble(s.meterSince());
            for (ThingStatusInfo seen : concat(s.accountSince(), s.meterSince())) {
                String description = String.valueOf(seen.getDescription());
                assertTrue(description.chars().noneMatch(ch -> SafeText.isUnsafe((char) ch)),
                        "status descriptions are printable: " + description);
                assertFalse(description.matches(".*@[0-9a-f]{6,}.*") || description.contains("EndPoint"),
                        "no library internals: " + description);
            }
            assertTrue(c.account().matches(accountSeen), "account shows " + accountSeen);
            assertTrue(c.meter().matches(meterSeen), "meter shows " + meterSeen);
            if (c.accountStaysDown()) {
                assertTrue(c.account().matches(s.account.getStatusInfo()),
                        "while the fault lasts, the account keeps showing it: " + s.accountSince());
            }
            if (c.trouble()) {
                assertNotEquals(ThingStatus.ONLINE, s.meterStatus(),
                        "while the fault lasts, the meter does not look fine: " + s.meterSince());
                assertEquals(seriesBefore, s.harness.series(s.meter, CHANNEL_INTERVAL_CONSUMPTION).size(),
                        "no 15-minute series sent while failing");
            }
            if (c.repair() == Repair.CONFIGURATION) {
                long logins = s.loginsSinceFault();
                s.run(Duration.ofHours(12));
                assertEquals(logins, s.loginsSinceFault(), "no login retried until the configuration changes");
                assertTrue(c.account().matches(s.account.getStatusInfo()), "still shown after 12 hours");
            }
            if (c.repair() == Repair.METER_CONFIGURATION) {
                int requests = s.simulator().requests().size();
                s.run(Duration.ofHours(12));
                assertEquals(requests, s.simulator().requests().size(),
                        "the meter asks nothing until its configuration changes");
                assertTrue(c.meter().matches(s.meter.getStatusInfo()), "still shown after 12 hours");
            }

            switch (c.repair()) {
                case SMT_FIXED -> {
                    s.control().clearFaults();
                    for (Endpoint endpoint : Endpoint.values()) {
                        s.control().rewrite(endpoint, null);
                    }
                    s.harness.certificateRejected.set(false);
                }
                case METER_CONFIGURATION -> {
                    // openHAB's answer to a changed configuration: the handler is disposed and initialized again
                    s.control().clearFaults();
                    MeterHandler meter = s.harness.meters().get(0);
                    meter.dispose();
                    meter.initialize();
                }
                case CONFIGURATION -> {
                    s.control().clearFaults();
                    Map<String, Object> corrected = new HashMap<>(s.accountConfig);
                    c.corrected().accept(corrected);
                    s.reconfigureAccount(corrected);
                }
                case NOTHING -> {
                }
            }
            Instant repaired = s.harness.clock.instant();
            LocalDate yesterday = s.today().minusDays(1);
            boolean recovered = s.harness.runUntil(
                    () -> s.bothOnline() && s.storedDiffersFromSmt(yesterday, yesterday).isEmpty(),
                    Duration.ofMinutes(1), Duration.ofHours(6));
            Duration took = Duration.between(repaired, s.harness.clock.instant());
            assertTrue(recovered, "online with yesterday's data within 6 h; account " + s.account.getStatusInfo()
                    + ", meter " + s.meter.getStatusInfo());

            assertEquals(List.of(), PoliteAudit.violations(s.simulator().requests()), "polite all along");
            SeriesAudit.Result audit = s.audit();
            assertEquals(List.of(), audit.problems(), "every series sent");
            assertTrue(s.smtGapDays(oldest, yesterday).containsAll(audit.partialDays()),
                    "days carried in part are SMT's own gaps: " + audit.partialDays());
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, yesterday), "stored = SMT's data");

            FaultTable.add(
                    new FaultTable.Row(AREA, c.name(), FaultScenario.brief(accountSeen), FaultScenario.brief(meterSeen),
                            (c.repair() == Repair.CONFIGURATION || c.repair() == Repair.METER_CONFIGURATION
                                    ? "after the configuration fix, "
                                    : "by itself, ") + minutes(took),
                            "yes: " + (oldest.until(yesterday).getDays() + 1) + " days = SMT, " + audit.seriesCount()
                                    + " series, 0 bad"));
        }
    }

    private static List<ThingStatusInfo> concat(List<ThingStatusInfo> a, List<ThingStatusInfo> b) {
        List<ThingStatusInfo> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    @AfterAll
    static void printTable() {
        FaultTable.print(AREA);
    }
}
