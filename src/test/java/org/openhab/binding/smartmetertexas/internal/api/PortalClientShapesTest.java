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
package org.openhab.binding.smartmetertexas.internal.api;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness.*;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.AnswerShapes;
import org.openhab.binding.smartmetertexas.simulator.AnswerShapes.DateStyle;
import org.openhab.binding.smartmetertexas.simulator.AnswerShapes.NumberStyle;
import org.openhab.binding.smartmetertexas.simulator.AnswerShapes.PortalTimeStyle;
import org.openhab.binding.smartmetertexas.simulator.AnswerShapes.TokenTimeStyle;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * Proves the portal client gives the same results for every answer shape the simulator can produce (doc/smt-protocol.md
 * §6): with and without the data wrapper, the token inside or outside it, numbers as strings, numbers or exponents,
 * every date and time spelling, with and without seconds, RD values with and without leading zeros or dashes, and
 * errorCode 1 instead of empty lists. Both interval endpoints are exercised.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
@TestInstance(Lifecycle.PER_CLASS)
class PortalClientShapesTest {

    private @NonNullByDefault({}) SimulatorHarness account;
    private List<MeterInfo> meters = List.of();
    private List<String> intervals = List.of();
    private List<String> solarIntervals = List.of();
    private List<String> daily = List.of();
    private List<String> monthly = List.of();

    @BeforeAll
    void baseline() throws Exception {
        account = SimulatorHarness.account(Flow.PORTAL);
        meters = account.client().meters();
        intervals = ShapeComparison.intervals(account.client().intervals(account.household(),
                new DateRange(YESTERDAY.minusDays(2), YESTERDAY), asked -> true));
        solarIntervals = ShapeComparison.intervals(
                account.client().intervals(account.solar(), new DateRange(YESTERDAY, YESTERDAY), asked -> true));
        daily = ShapeComparison.weekOfDailyReads(account.client(), account.household());
        monthly = ShapeComparison.billingPeriods(account.client(), account.household());
        assertEquals(3 * 96, intervals.size());
        assertEquals(7, daily.size());
    }

    @AfterAll
    void stop() {
        account.close();
    }

    static Stream<Arguments> shapes() {
        AnswerShapes d = AnswerShapes.defaults();
        return Stream.of(Arguments.of("defaults", d),
                Arguments.of("no data wrapper", d.toBuilder().portalDataWrapper(false).build()),
                Arguments.of("token inside data", d.toBuilder().tokenAtTopLevel(false).build()),
                Arguments.of("numbers as strings", d.toBuilder().numberStyle(NumberStyle.STRINGS).build()),
                Arguments.of("numbers as numbers", d.toBuilder().numberStyle(NumberStyle.NUMBERS).build()),
                Arguments.of("exponent numbers", d.toBuilder().exponentNumbers(true).build()),
                Arguments.of("exponent numbers as numbers",
                        d.toBuilder().exponentNumbers(true).numberStyle(NumberStyle.NUMBERS).build()),
                Arguments.of("US padded dates", d.toBuilder().dateStyle(DateStyle.US_PADDED).build()),
                Arguments.of("US unpadded dates", d.toBuilder().dateStyle(DateStyle.US_UNPADDED).build()),
                Arguments.of("ISO dates", d.toBuilder().dateStyle(DateStyle.ISO).build()),
                Arguments.of("ISO unpadded dates", d.toBuilder().dateStyle(DateStyle.ISO_UNPADDED).build()),
                Arguments.of("compact 12h times", d.toBuilder().portalTimeStyle(PortalTimeStyle.COMPACT_12H).build()),
                Arguments.of("padded 24h times", d.toBuilder().portalTimeStyle(PortalTimeStyle.PADDED_24H).build()),
                Arguments.of("unpadded 24h times", d.toBuilder().portalTimeStyle(PortalTimeStyle.UNPADDED_24H).build()),
                Arguments.of("24:00 end of day",
                        d.toBuilder().portalTimeStyle(PortalTimeStyle.PADDED_24H).endOfDayAs2400(true).build()),
                Arguments.of("times with seconds", d.toBuilder().timesWithSeconds(true).build()),
                Arguments.of("24h times with seconds",
                        d.toBuilder().portalTimeStyle(PortalTimeStyle.UNPADDED_24H).timesWithSeconds(true).build()),
                Arguments.of("timestamps without seconds", d.toBuilder().timestampsWithSeconds(false).build()),
                Arguments.of("token times US Central", d.toBuilder().tokenTimes(TokenTimeStyle.US_CENTRAL).build()),
                Arguments.of("token times ISO UTC", d.toBuilder().tokenTimes(TokenTimeStyle.ISO_UTC).build()),
                Arguments.of("RD leading zeros", d.toBuilder().rdLeadingZero(true).build()),
                Arguments.of("RD empty as dash", d.toBuilder().rdEmptyAsDash(true).build()),
                Arguments.of("no data as errorCode 1", d.toBuilder().portalNoDataAsErrorCode(true).build()),
                Arguments.of("everything unusual at once",
                        d.toBuilder().portalDataWrapper(false).tokenAtTopLevel(false).numberStyle(NumberStyle.NUMBERS)
                                .exponentNumbers(true).dateStyle(DateStyle.ISO)
                                .portalTimeStyle(PortalTimeStyle.UNPADDED_24H).endOfDayAs2400(true)
                                .timesWithSeconds(true).timestampsWithSeconds(false).tokenTimes(TokenTimeStyle.ISO_UTC)
                                .rdLeadingZero(true).rdEmptyAsDash(true).portalNoDataAsErrorCode(true).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void sameResultsWhateverTheShape(String name, AnswerShapes shapes) throws Exception {
        account.sim.control().shapes(shapes);
        account.clock.advance(Duration.ofHours(1)); // a fresh read budget for this variant
        SmtClient client = account.reconfigure(account.settings()); // a fresh login sees the token shape

        assertEquals(meters, client.meters(), name);
        assertEquals(intervals, ShapeComparison.intervals(
                client.intervals(account.household(), new DateRange(YESTERDAY.minusDays(2), YESTERDAY), asked -> true)),
                name);
        assertEquals(solarIntervals, ShapeComparison.intervals(
                client.intervals(account.solar(), new DateRange(YESTERDAY, YESTERDAY), asked -> true)), name);
        assertEquals(daily, ShapeComparison.weekOfDailyReads(client, account.household()), name);
        assertEquals(monthly, ShapeComparison.billingPeriods(client, account.household()), name);
        LocalDate today = SmtTime.dayOf(account.clock.instant());
        assertEquals(Failure.NOT_YET_AVAILABLE,
                assertThrows(SmtException.class,
                        () -> client.daily(account.household(), new DateRange(today, today), asked -> true), name)
                                .kind());
        assertEquals(Failure.NOT_YET_AVAILABLE,
                assertThrows(SmtException.class,
                        () -> client.intervals(account.household(), new DateRange(today, today), asked -> true), name)
                                .kind());

        // The other interval endpoint, with its own row and time spellings.
        account.sim.control().fault(Endpoint.PORTAL_INTERVALSYNCH, Fault.HTTP_500);
        try {
            assertEquals(intervals,
                    ShapeComparison.intervals(client.intervals(account.household(),
                            new DateRange(YESTERDAY.minusDays(2), YESTERDAY), asked -> true)),
                    name + " via /api/usage/interval");
            assertEquals(solarIntervals,
                    ShapeComparison.intervals(
                            client.intervals(account.solar(), new DateRange(YESTERDAY, YESTERDAY), asked -> true)),
                    name + " via /api/usage/interval");
        } finally {
            account.sim.control().clearFaults();
        }

        ShapeComparison.assertOnDemandReadMatchesTheMeter(account, client, name);
    }
}
