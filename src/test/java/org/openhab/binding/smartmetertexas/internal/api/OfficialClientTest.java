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
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.planning.ReadTicket;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.testsupport.SimulatorHarness;

import com.google.gson.JsonObject;

/**
 * Proves the official API flow end to end against the simulator over TLS: the token request, the common body
 * fields SMT requires (requestorID, requesterType, SMTTermsandConditions, esiid as an array), an on-demand read
 * by correlationId, data with the simulated meters' values, and that the meter list is explained as missing.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class OfficialClientTest {

    private @NonNullByDefault({}) SimulatorHarness account;

    @BeforeEach
    void start() throws Exception {
        account = SimulatorHarness.account(Flow.OFFICIAL);
    }

    @AfterEach
    void stop() {
        account.close();
    }

    private void assertCommonFields(JsonObject body) {
        assertEquals(account.sim.username(), body.get("requestorID").getAsString());
        assertEquals("RES", body.get("requesterType").getAsString());
        assertEquals("Y", body.get("SMTTermsandConditions").getAsString());
        assertFalse(body.get("trans_id").getAsString().isBlank());
        assertFalse(body.has("requesterAuthenticationID"), "residential users send no DUNS");
    }

    @Test
    void loginAsksForAToken() throws SmtException {
        account.client().login();
        RecordedRequest token = account.requests().get(0);
        assertEquals("/v2/token/", token.path());
        JsonObject body = body(token);
        assertEquals(account.sim.username(), body.get("username").getAsString());
        assertNull(token.header("Authorization"));
        account.client().login();
        assertEquals(1, account.requests().size(), "the token is reused");
    }

    @Test
    void meterListIsNotSupportedAndCostsNoRequest() {
        var e = assertThrows(SmtException.class, () -> account.client().meters());
        assertEquals(Failure.NOT_SUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("ESIID"));
        assertTrue(account.requests().isEmpty());
    }

    @Test
    void onDemandReadByCorrelationId() throws SmtException {
        Esiid esiid = account.household();
        ReadTicket ticket = account.reads().request(account.client(), esiid, account.meterNumber(esiid));
        assertTrue(ticket.request().correlationId() != null);
        MeterRead read = account.pollUntilDone(ticket);
        assertEquals(ReadStatus.COMPLETED, read.status());
        var readTime = read.readTime();
        var register = read.registerKwh();
        assertNotNull(readTime);
        assertNotNull(register);
        BigDecimal truth = account.sim.truth().registerKwh(esiid.value(), readTime);
        assertTrue(truth.subtract(register).abs().compareTo(new BigDecimal("0.01")) <= 0,
                "register " + register + " vs simulated " + truth);

        JsonObject odr = body(account.first("/v2/odr/"));
        assertCommonFields(odr);
        assertTrue(odr.get("ESIID").isJsonPrimitive(), "the read request names the ESIID as a string");
        assertEquals(esiid.value(), odr.get("ESIID").getAsString());
        assertEquals("API", odr.get("deliveryMode").getAsString());
        JsonObject status = body(account.first("/v2/odrstatus/"));
        assertCommonFields(status);
        assertEquals(ticket.request().correlationId(), status.get("correlationId").getAsString());
        assertTrue(String.valueOf(account.first("/v2/odrstatus/").header("Authorization")).startsWith("Bearer "));
    }

    @Test
    void yesterdaysIntervalsWithGeneration() throws SmtException {
        Esiid esiid = account.solar();
        IntervalData data = account.client().intervals(esiid, new DateRange(YESTERDAY, YESTERDAY), asked -> true);
        List<IntervalReading> consumption = data.readings().stream().filter(r -> r.kind() == IntervalKind.CONSUMPTION)
                .toList();
        List<IntervalReading> generation = data.readings().stream().filter(r -> r.kind() == IntervalKind.GENERATION)
                .toList();
        assertEquals(96, consumption.size());
        assertEquals(96, generation.size());
        assertTrue(data.reportsGeneration());
        BigDecimal used = consumption.stream().map(IntervalReading::kwh).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, account.sim.truth().consumptionKwh(esiid.value(), YESTERDAY).compareTo(used));

        JsonObject body = body(account.first("/v2/15minintervalreads/"));
        assertCommonFields(body);
        assertTrue(body.get("esiid").isJsonArray(), "esiid as an array");
        assertEquals(esiid.value(), body.getAsJsonArray("esiid").get(0).getAsString());
        assertEquals("06/09/2025", body.get("startDate").getAsString());
        assertEquals("JSON", body.get("reportFormat").getAsString());
    }

    @Test
    void dailyReadsAndMonthlyBilling() throws SmtException {
        Esiid esiid = account.household();
        List<DailyRead> reads = account.client().daily(esiid, new DateRange(YESTERDAY.minusDays(2), YESTERDAY),
                asked -> true);
        assertEquals(3, reads.size());
        assertNotNull(reads.get(2).endReading());
        assertTrue(body(account.first("/v2/dailyreads/")).get("esiid").isJsonArray());

        List<MonthlyUsage> months = account.client().monthly(esiid, new DateRange(TODAY.minusDays(90), YESTERDAY),
                asked -> true);
        assertFalse(months.isEmpty());
        assertCommonFields(body(account.first("/v2/monthlybillingInformation/")));
    }

    @Test
    void providerFieldsAreSentWhenConfigured() throws SmtException {
        account.reconfigure(account.accountSettings(Flow.OFFICIAL).requesterType("CSP")
                .requesterAuthenticationId("123456789").build());
        account.client().daily(account.household(), new DateRange(YESTERDAY, YESTERDAY), asked -> true);
        JsonObject body = body(account.first("/v2/dailyreads/"));
        assertEquals("CSP", body.get("requesterType").getAsString());
        assertEquals("123456789", body.get("requesterAuthenticationID").getAsString());
    }
}
