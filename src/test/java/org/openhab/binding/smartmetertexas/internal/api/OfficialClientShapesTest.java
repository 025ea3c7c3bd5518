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
import org.openhab.binding.smartmetertexas.simulator.AnswerShapes;
import org.openhab.binding.smartmetertexas.simulator.AnswerShapes.DateStyle;
import org.openhab.binding.smartmetertexas.simulator.AnswerShapes.NumberStyle;
import org.openhab.binding.smartmetertexas.simulator.AnswerShapes.TokenTimeStyle;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

/**
 * Proves the official client gives the same results for every answer shape the simulator can produce for the
 * official API: a data wrapper or none, numbers as strings, numbers or exponents (expiresIn and registeredRead
 * included), every date spelling, timestamps with or without seconds, token times, RD spellings.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
@TestInstance(Lifecycle.PER_CLASS)
class OfficialClientShapesTest {

    private @NonNullByDefault({}) SimulatorHarness account;
    private List<String> intervals = List.of();
    private List<String> daily = List.of();
    private List<String> monthly = List.of();

    @BeforeAll
    void baseline() throws Exception {
        account = SimulatorHarness.account(Flow.OFFICIAL);
        intervals = ShapeComparison.intervals(account.client().intervals(account.solar(),
                new DateRange(YESTERDAY.minusDays(1), YESTERDAY), asked -> true));
        daily = ShapeComparison.weekOfDailyReads(account.client(), account.household());
        monthly = ShapeComparison.billingPeriods(account.client(), account.household());
        assertEquals(2 * 2 * 96, intervals.size(), "two days of consumption and generation");
    }

    @AfterAll
    void stop() {
        account.close();
    }

    static Stream<Arguments> shapes() {
        AnswerShapes d = AnswerShapes.defaults();
        return Stream.of(Arguments.of("defaults", d),
                Arguments.of("data wrapper", d.toBuilder().officialDataWrapper(true).build()),
                Arguments.of("numbers as strings", d.toBuilder().numberStyle(NumberStyle.STRINGS).build()),
                Arguments.of("numbers as numbers", d.toBuilder().numberStyle(NumberStyle.NUMBERS).build()),
                Arguments.of("exponent numbers", d.toBuilder().exponentNumbers(true).build()),
                Arguments.of("US unpadded dates", d.toBuilder().dateStyle(DateStyle.US_UNPADDED).build()),
                Arguments.of("ISO dates", d.toBuilder().dateStyle(DateStyle.ISO).build()),
                Arguments.of("ISO unpadded dates", d.toBuilder().dateStyle(DateStyle.ISO_UNPADDED).build()),
                Arguments.of("timestamps without seconds", d.toBuilder().timestampsWithSeconds(false).build()),
                Arguments.of("token times US Central", d.toBuilder().tokenTimes(TokenTimeStyle.US_CENTRAL).build()),
                Arguments.of("token times ISO UTC", d.toBuilder().tokenTimes(TokenTimeStyle.ISO_UTC).build()),
                Arguments.of("RD leading zeros", d.toBuilder().rdLeadingZero(true).build()),
                Arguments.of("RD empty as dash", d.toBuilder().rdEmptyAsDash(true).build()),
                Arguments.of("everything unusual at once",
                        d.toBuilder().officialDataWrapper(true).numberStyle(NumberStyle.STRINGS).exponentNumbers(true)
                                .dateStyle(DateStyle.ISO_UNPADDED).timestampsWithSeconds(false)
                                .tokenTimes(TokenTimeStyle.ISO_UTC).rdLeadingZero(true).rdEmptyAsDash(true).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void sameResultsWhateverTheShape(String name, AnswerShapes shapes) throws Exception {
        account.sim.control().shapes(shapes);
        account.clock.advance(Duration.ofHours(1));
        SmtClient client = account.reconfigure(account.settings());

        assertEquals(intervals, ShapeComparison.intervals(
                client.intervals(account.solar(), new DateRange(YESTERDAY.minusDays(1), YESTERDAY), asked -> true)),
                name);
        assertEquals(daily, ShapeComparison.weekOfDailyReads(client, account.household()), name);
        assertEquals(monthly, ShapeComparison.billingPeriods(client, account.household()), name);

        ShapeComparison.assertOnDemandReadMatchesTheMeter(account, client, name);

        // The token's shape matters too: an hour later the client must refresh it on time, not via 401.
        account.sim.clearRequests();
        account.clock.advance(Duration.ofMinutes(59));
        client.daily(account.household(), new DateRange(YESTERDAY, YESTERDAY), asked -> true);
        assertEquals(List.of("/v2/token/", "/v2/dailyreads/"), account.paths(), name);
    }
}
