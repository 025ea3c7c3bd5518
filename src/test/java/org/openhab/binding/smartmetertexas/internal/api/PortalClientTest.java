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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.ReadTicket;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

import com.google.gson.JsonObject;

/**
 * Proves the portal flow end to end against the simulator over TLS: login with browser-like headers, the meter
 * list, an on-demand read from request to fresh result, 15-minute, daily and monthly data with the values the
 * simulated meters really have, and the 15-minute rule for routine requests.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class PortalClientTest {

    private @NonNullByDefault({}) SimulatorHarness account;

    @BeforeEach
    void start() throws Exception {
        account = SimulatorHarness.account(Flow.PORTAL);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void loginLooksLikeTheBrowserAndSendsNoToken() throws SmtException {
        account.client().login();
        List<RecordedRequest> requests = account.requests();
        assertEquals(1, requests.size());
        RecordedRequest login = requests.get(0);
        assertEquals("POST", login.method());
        assertEquals("/commonapi/user/authenticate", login.path());
        assertTrue(String.valueOf(login.header("User-Agent")).startsWith("Mozilla/5.0"));
        String origin = account.sim.portalUrl().toString().replaceAll("/$", "");
        assertEquals(origin, login.header("Origin"));
        assertEquals(origin + "/home", login.header("Referer"));
        assertEquals("application/json, text/plain, */*", login.header("Accept"));
        assertTrue(String.valueOf(login.header("Content-Type")).startsWith("application/json"));
        assertNull(login.header("Authorization"));
        JsonObject body = body(login);
        assertEquals(account.sim.username(), body.get("username").getAsString());
        assertEquals("true", body.get("rememberMe").getAsString());
    }

    @Test
    void loginReusesTheToken() throws SmtException {
        account.client().login();
        account.client().login();
        account.client().meters();
        assertEquals(1, account.count("/commonapi/user/authenticate"));
    }

    @Test
    void metersListTheAccountsMeters() throws SmtException {
        List<MeterInfo> meters = account.client().meters();
        assertEquals(account.sim.esiids(), meters.stream().map(m -> m.esiid().value()).toList());
        for (MeterInfo meter : meters) {
            assertEquals(account.meterNumber(meter.esiid()), meter.meterNumber());
        }
        RecordedRequest request = account.requests().get(1);
        assertEquals("/api/meter", request.path());
        assertEquals("*", body(request).get("esiid").getAsString());
        assertTrue(String.valueOf(request.header("Authorization")).startsWith("Bearer "));
        assertTrue(String.valueOf(request.header("User-Agent")).startsWith("Mozilla/5.0"));
    }

    @Test
    void onDemandReadGivesTheFreshRegister() throws SmtException {
        Esiid esiid = account.household();
        ReadTicket ticket = account.reads().request(account.client(), esiid, account.meterNumber(esiid));
        assertEquals(account.clock.instant(), ticket.requestedAt());
        assertEquals(ticket.requestedAt().plusSeconds(30), ticket.nextPollAt().orElseThrow());

        MeterRead read = account.pollUntilDone(ticket);
        assertEquals(ReadStatus.COMPLETED, read.status());
        var readTime = read.readTime();
        var register = read.registerKwh();
        assertNotNull(readTime);
        assertNotNull(register);
        assertFalse(readTime.isBefore(ticket.requestedAt().minus(Duration.ofMinutes(2))), "fresh");
        BigDecimal truth = account.sim.truth().registerKwh(esiid.value(), readTime);
        assertTrue(truth.subtract(register).abs().compareTo(new BigDecimal("0.01")) <= 0,
                "register " + register + " vs simulated " + truth);

        RecordedRequest odr = account.first("/api/ondemandread");
        assertEquals(esiid.value(), body(odr).get("ESIID").getAsString());
        assertEquals(account.meterNumber(esiid), body(odr).get("MeterNumber").getAsString());
        RecordedRequest poll = account.first("/api/usage/latestodrread");
        assertEquals(esiid.value(), body(poll).get("ESIID").getAsString());
        assertEquals(read, account.reads().poll(account.client(), ticket), "an ended read answers without a request");
    }

    @Test
    void yesterdaysIntervalsOfAHouseholdMeter() throws SmtException {
        Esiid esiid = account.household();
        IntervalData data = account.client().intervals(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true);
        assertEquals(account.sim.truth().intervals(esiid.value(), YESTERDAY).size(), data.readings().size());
        assertTrue(data.rejected().isEmpty());
        assertFalse(data.reportsGeneration());
        assertEquals(SmtTime.startOfDay(YESTERDAY), data.readings().get(0).start());
        BigDecimal sum = data.readings().stream().map(IntervalReading::kwh).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, account.sim.truth().consumptionKwh(esiid.value(), YESTERDAY).compareTo(sum));

        RecordedRequest request = account.requests().get(1);
        assertEquals("/api/adhoc/intervalsynch", request.path(), "intervalsynch first");
        JsonObject body = body(request);
        assertEquals("06/09/2025", body.get("startDate").getAsString());
        assertEquals("06/09/2025", body.get("endDate").getAsString());
        assertEquals("JSON", body.get("reportFormat").getAsString());
        assertTrue(body.get("ESIID").isJsonArray());
        assertEquals(esiid.value(), body.getAsJsonArray("ESIID").get(0).getAsString());
        assertEquals(0, account.count("/api/usage/interval"), "no fallback needed");
    }

    @Test
    void yesterdaysIntervalsOfASolarMeterCarryGeneration() throws SmtException {
        Esiid esiid = account.solar();
        IntervalData data = account.client().intervals(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true);
        assertTrue(data.reportsGeneration());
        List<IntervalReading> generation = data.readings().stream().filter(r -> r.kind() == IntervalKind.GENERATION)
                .toList();
        assertEquals(account.sim.truth().intervals(esiid.value(), YESTERDAY).size(), generation.size());
        BigDecimal sum = generation.stream().map(IntervalReading::kwh).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, account.sim.truth().generationKwh(esiid.value(), YESTERDAY).compareTo(sum));
    }

    @Test
    void dailyReadsOfAWeek() throws SmtException {
        Esiid esiid = account.household();
        List<DailyRead> reads = account.client().daily(esiid, new DateRange(YESTERDAY.minusDays(6), YESTERDAY),
                asked -> true);
        assertEquals(7, reads.size());
        assertEquals(YESTERDAY, reads.get(6).day());
        DailyRead last = reads.get(6);
        assertEquals(0, account.sim.truth().consumptionKwh(esiid.value(), YESTERDAY).compareTo(last.kwh()),
                "usage " + last.kwh());
        assertEquals(1, account.count("/api/usage/daily"));
        JsonObject body = body(account.requests().get(1));
        assertEquals(esiid.value(), body.get("esiid").getAsString());
        assertEquals("06/03/2025", body.get("startDate").getAsString());
    }

    @Test
    void monthlyUsageOfTheLastMonths() throws SmtException {
        List<MonthlyUsage> months = account.client().monthly(account.household(),
                new DateRange(TODAY.minusDays(90), YESTERDAY), asked -> true);
        assertFalse(months.isEmpty());
        for (int i = 1; i < months.size(); i++) {
            assertTrue(months.get(i - 1).start().isBefore(months.get(i).start()), "each period once, in order");
        }
        assertTrue(months.stream().allMatch(m -> m.actualKwh().signum() > 0));
    }

    @Test
    void todayIsNotYetAvailable() {
        assertEquals(Failure.NOT_YET_AVAILABLE, assertThrows(SmtException.class,
                () -> account.client().intervals(account.household(), new DateRange(TODAY, TODAY), asked -> true))
                        .kind());
        assertEquals(Failure.NOT_YET_AVAILABLE,
                assertThrows(SmtException.class,
                        () -> account.client().daily(account.household(), new DateRange(TODAY, TODAY), asked -> true))
                                .kind());
    }

    @Test
    void configurableLoginPathWithDoubledSlash() throws Exception {
        account.reconfigure(account.accountSettings(Flow.PORTAL).loginPath("//commonapi/user/authenticate").build());
        account.client().login();
        assertEquals("//commonapi/user/authenticate", account.requests().get(0).path());
    }
}
