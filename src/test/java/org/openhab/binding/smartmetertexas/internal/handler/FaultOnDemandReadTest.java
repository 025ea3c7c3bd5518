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
import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.State;

/**
 * On-demand reads that SMT refuses, fails or never finishes, end to end: a meter reading every 30 minutes meets the
 * fault at its 10:10 read. The read-status channel shows what happened (LIMIT, FAILED, T-FAILED), the meter stays
 * online (a failed read is SMT's everyday business, not a broken binding), no read is asked while SMT's limit lasts,
 * the next read after the fault completes with SMT's register, and the stored 15-minute data is untouched.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultOnDemandReadTest {

    private static final String AREA = "on-demand-reads";
    private static final LocalDate DAY1 = FaultScenario.DAY1;

    /**
     * One case.
     *
     * @param name what SMT does
     * @param official the official API flow
     * @param simulator simulator settings
     * @param inject what breaks at 10:05
     * @param shown what the read-status channel shows for the broken read
     * @param noReadBefore no read request may go out before this Central time (SMT's limit); null: no such rule
     * @param meterTrouble the meter shows a failure (else it stays online)
     */
    record Case(String name, boolean official, Consumer<SimulatorConfig.Builder> simulator,
            Consumer<FaultScenario> inject, String shown, LocalTime noReadBefore, boolean nextDay,
            boolean meterTrouble) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case read(boolean official, String name, Endpoint endpoint, Fault fault, String shown) {
        return new Case(name, official, b -> {
        }, s -> s.control().faultOnce(endpoint, fault, 1), shown, LocalTime.of(10, 5), false, false);
    }

    static Stream<Case> cases() {
        return Stream.of(new Case("5031: SMT's hourly read limit (another tool read too)", false,
                b -> b.odrHourlyLimit(1), s -> {
                }, "LIMIT", LocalTime.of(11, 10), false, false),
                new Case("5032: SMT's daily read limit", false, b -> b.odrDailyLimit(1), s -> {
                }, "LIMIT", LocalTime.MAX, true, false),
                read(false, "read FAILED", Endpoint.PORTAL_ODR, Fault.ODR_FAILED, "FAILED"),
                read(false, "read T-FAILED", Endpoint.PORTAL_ODR, Fault.ODR_T_FAILED, "T-FAILED"),
                read(false, "read stuck PENDING (given up after 15 min)", Endpoint.PORTAL_ODR, Fault.ODR_STUCK_PENDING,
                        "FAILED"),
                read(true, "official read FAILED", Endpoint.OFFICIAL_ODR, Fault.ODR_FAILED, "FAILED"),
                read(true, "official read stuck PENDING", Endpoint.OFFICIAL_ODR, Fault.ODR_STUCK_PENDING, "FAILED"),
                new Case("read request answered HTTP 500", false, b -> {
                }, s -> s.control().faultOnce(Endpoint.PORTAL_ODR, Fault.HTTP_500, 1), "", LocalTime.of(10, 5), false,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readFaultIsShownAndTheNextReadCompletes(Case c) throws Exception {
        // A once-fault is spent on whatever request comes first, also one refused for an expired token: tokens here
        // outlive the test's morning.
        Consumer<SimulatorConfig.Builder> simulator = c.simulator()
                .andThen(b -> b.portalTokenLifetime(Duration.ofHours(4)));
        try (FaultScenario s = FaultScenario.start(c.official(), simulator, h -> {
        }, Map.of("readInterval", 30), DAY1, LocalTime.of(9, 40))) {
            assertEquals("COMPLETED", lastText(s.harness.states(s.meter, CHANNEL_READ_STATUS)), "first read");
            s.harness.runUntil(DAY1, LocalTime.of(10, 5));
            int statesBefore = s.harness.states(s.meter, CHANNEL_READ_STATUS).size();
            int registersBefore = s.harness.states(s.meter, CHANNEL_REGISTER).size();
            s.markFault();
            c.inject().accept(s);
            s.harness.runUntil(DAY1, LocalTime.of(10, 35));

            List<State> shown = s.harness.states(s.meter, CHANNEL_READ_STATUS).subList(statesBefore,
                    s.harness.states(s.meter, CHANNEL_READ_STATUS).size());
            ThingStatusInfo meterSeen = FaultScenario.firstTrouble(s.meterSince());
            ThingStatusInfo accountSeen = FaultScenario.firstTrouble(s.accountSince());
            if (!c.shown().isEmpty()) {
                assertTrue(shown.stream().map(State::toString).anyMatch(c.shown()::equals),
                        "read-status shows " + c.shown() + ": " + shown);
            }
            if (c.meterTrouble()) {
                assertNotEquals(ThingStatus.ONLINE, meterSeen.getStatus(), "the meter shows the failure");
            } else {
                assertEquals(List.of(),
                        s.accountSince().stream().filter(i -> i.getStatus() != ThingStatus.ONLINE).toList(),
                        "the account stays online");
                assertEquals(ThingStatus.ONLINE, meterSeen.getStatus(), "the meter stays online: " + s.meterSince());
            }
            assertEquals(registersBefore, s.harness.states(s.meter, CHANNEL_REGISTER).size(),
                    "no register value from a read that did not complete");

            Instant faultAt = s.harness.clock.instant();
            if (c.nextDay()) {
                s.harness.runUntil(DAY1.plusDays(1), LocalTime.of(1, 0));
            } else {
                s.harness.runUntil(DAY1, LocalTime.of(12, 30));
            }
            List<RecordedRequest> reads = s.simulator().requests().stream().filter(PoliteAudit::isReadRequest)
                    .filter(r -> r.time().isAfter(faultAt)).toList();
            assertFalse(reads.isEmpty(), "reads go on");
            LocalDate firstDay = SmtTime.dayOf(reads.get(0).time());
            LocalTime first = reads.get(0).time().atZone(SmtTime.CENTRAL).toLocalTime();
            if (c.nextDay()) {
                assertEquals(DAY1.plusDays(1), firstDay, "no read until SMT's day is over");
            } else {
                assertFalse(first.isBefore(c.noReadBefore()), "no read before " + c.noReadBefore() + ": " + first);
            }
            List<State> statuses = s.harness.states(s.meter, CHANNEL_READ_STATUS);
            List<String> after = statuses.subList(statesBefore, statuses.size()).stream().map(State::toString).toList();
            int broken = c.shown().isEmpty() ? 0 : after.indexOf(c.shown());
            assertTrue(after.subList(broken, after.size()).contains("COMPLETED"), "a later read completes: " + after);
            assertEquals(ThingStatus.ONLINE, s.meterStatus());
            assertEquals(ThingStatus.ONLINE, s.accountStatus());
            List<State> registers = s.harness.states(s.meter, CHANNEL_REGISTER);
            List<State> times = s.harness.states(s.meter, CHANNEL_READ_TIME);
            assertTrue(registers.size() > registersBefore, "a new register value");
            Instant readAt = ((DateTimeType) times.get(registersBefore)).getInstant();
            BigDecimal register = ((QuantityType<?>) registers.get(registersBefore)).toBigDecimal();
            assertEquals(0, s.truth().registerKwh(s.esiid, readAt).compareTo(register),
                    "the register SMT read at " + readAt);

            assertEquals(List.of(), PoliteAudit.violations(s.simulator().requests()), "polite all along");
            assertEquals(List.of(), s.audit().problems());
            LocalDate oldest = DAY1.minusDays(FaultScenario.REVISION_DAYS);
            assertEquals(List.of(), s.storedDiffersFromSmt(oldest, DAY1.minusDays(1)), "15-minute data untouched");

            Duration took = Duration.between(s.faultAt() == null ? faultAt : s.faultAt(), readAt);
            FaultTable.add(new FaultTable.Row(AREA, c.name(), FaultScenario.brief(accountSeen),
                    c.meterTrouble() ? FaultScenario.brief(meterSeen) : "ONLINE, read-status " + c.shown(),
                    "next read COMPLETED " + FaultMatrixTest.minutes(took.abs()) + " later"
                            + (c.noReadBefore().equals(LocalTime.of(10, 5)) ? ""
                                    : c.nextDay() ? ", none before Central midnight"
                                            : ", none before " + c.noReadBefore()),
                    "yes: register = SMT's, 15-minute days = SMT"));
        }
    }

    private static String lastText(List<State> states) {
        return states.isEmpty() ? "" : states.get(states.size() - 1).toString();
    }

    @AfterAll
    static void printTable() {
        FaultTable.print(AREA);
    }
}
