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
package org.openhab.binding.smartmetertexas.simulator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The official API (services.smartmetertexas.net, JWT era) as doc/smt-protocol.md §3 describes it.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class OfficialApi {

    private final SimulatorConfig config;
    private final SimulatorControl control;
    private final Tokens tokens;
    private final DataDesk data;
    private final OdrDesk odr;

    OfficialApi(SimulatorConfig config, SimulatorControl control, Tokens tokens, DataDesk data, OdrDesk odr) {
        this.config = config;
        this.control = control;
        this.tokens = tokens;
        this.data = data;
        this.odr = odr;
    }

    /** The answer to a requester type other than RES and CSP. */
    static final String REQUESTER_TYPE_REFUSED = "requesterType must be RES or CSP";

    static Reply error(String message) {
        return Reply.json(400, "error", message);
    }

    private AnswerFormat format() {
        return new AnswerFormat(control.shapes());
    }

    private Reply ok(JsonElement payload) {
        return Reply.json(200, format().wrapOfficial(payload));
    }

    Reply token(Exchange exchange) throws BadRequest {
        String username = exchange.optionalString("username");
        String password = exchange.optionalString("password");
        if (username == null || password == null) {
            throw exchange.bad("username and password are required");
        }
        if (!username.equals(config.username()) || !password.equals(control.password())) {
            return Reply.json(401, "error", "invalidCredentials");
        }
        String token = tokens.issue(Tokens.Kind.OFFICIAL, exchange.now, config.officialTokenLifetime(),
                control.tokenGeneration());
        AnswerFormat format = format();
        JsonObject answer = new JsonObject();
        answer.addProperty("accessToken", token);
        answer.addProperty("tokenType", "Bearer");
        answer.add("expiresIn", format.code(String.valueOf(config.officialTokenLifetime().toSeconds())));
        if (format.shapes().tokenTimes() != AnswerShapes.TokenTimeStyle.NONE) {
            answer.addProperty("issuedAt", format.tokenTime(exchange.now));
            answer.addProperty("expiresAt", format.tokenTime(exchange.now.plus(config.officialTokenLifetime())));
        }
        return ok(answer);
    }

    /** Token, then the common body fields of every data call; returns the caller's trans_id (or null). */
    private @Nullable String common(Exchange exchange) throws BadRequest {
        if (!tokens.valid(Tokens.Kind.OFFICIAL, exchange.header("authorization"), exchange.now,
                control.tokenGeneration())) {
            throw new BadRequest(Reply.json(401, "error", "unauthorized"));
        }
        String requestor = exchange.string("requestorID");
        if (!requestor.equals(config.username())) {
            throw exchange.bad("requestorID does not match the token's user");
        }
        String type = exchange.string("requesterType");
        if (!"RES".equals(type) && !"CSP".equals(type)) {
            throw exchange.bad(REQUESTER_TYPE_REFUSED);
        }
        if ("CSP".equals(type)) {
            exchange.string("requesterAuthenticationID");
        }
        String terms = exchange.optionalString("SMTTermsandConditions");
        if (!"Y".equals(terms)) {
            throw exchange.bad("SMTTermsandConditions must be Y");
        }
        return exchange.optionalString("trans_id");
    }

    private SyntheticMeter oneEsiid(Exchange exchange) throws BadRequest {
        JsonArray esiids = exchange.stringArray("esiid");
        if (esiids.size() != 1) {
            throw exchange.bad("one esiid per request");
        }
        String esiid = esiids.get(0).getAsString().trim();
        SyntheticMeter meter = data.meter(esiid);
        if (meter == null) {
            throw exchange.bad("esiid " + esiid + " is not associated with " + config.username());
        }
        return meter;
    }

    private LocalDate[] range(Exchange exchange, int maxDays) throws BadRequest {
        String reportFormat = exchange.string("reportFormat");
        if (!"JSON".equals(reportFormat)) {
            throw exchange.bad("reportFormat must be JSON");
        }
        LocalDate start = exchange.date("startDate");
        LocalDate end = exchange.date("endDate");
        if (end.isBefore(start)) {
            throw exchange.bad("endDate is before startDate");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
            throw exchange.bad("the date range is longer than " + maxDays + " days");
        }
        return new LocalDate[] { start, end };
    }

    private JsonObject head(@Nullable String transId, @Nullable SyntheticMeter meter) {
        JsonObject answer = new JsonObject();
        answer.add("trans_id", transId == null ? JsonNull.INSTANCE : new JsonPrimitive(transId));
        if (meter != null) {
            answer.addProperty("esiid", meter.esiid());
        }
        return answer;
    }

    private Reply noData(@Nullable String transId, SyntheticMeter meter) {
        JsonObject answer = head(transId, meter);
        for (var entry : PortalApi.errorCode1Payload(format()).entrySet()) {
            answer.add(entry.getKey(), entry.getValue());
        }
        return ok(answer);
    }

    Reply intervals(Exchange exchange) throws BadRequest {
        String transId = common(exchange);
        SyntheticMeter meter = oneEsiid(exchange);
        LocalDate[] range = range(exchange, config.maxRangeDays());
        String version = exchange.optionalString("version");
        if (version != null && !"L".equals(version) && !"A".equals(version)) {
            throw exchange.bad("version must be L or A");
        }
        String readingType = exchange.optionalString("readingType");
        if (readingType != null && !"C".equals(readingType) && !"A".equals(readingType) && !"G".equals(readingType)) {
            throw exchange.bad("readingType must be C, G or A");
        }
        List<LocalDate> days = data.publishedDays(range[0], range[1], exchange.now);
        if (days.isEmpty()) {
            return noData(transId, meter);
        }
        AnswerFormat format = format();
        JsonArray energyData = new JsonArray();
        for (LocalDate day : days) {
            data.addEnergyData(energyData, meter, day, format, !"C".equals(readingType) && readingType != null,
                    "A".equals(version));
        }
        if ("G".equals(readingType)) {
            JsonArray generationOnly = new JsonArray();
            for (JsonElement entry : energyData) {
                if ("G".equals(entry.getAsJsonObject().get("RT").getAsString())) {
                    generationOnly.add(entry);
                }
            }
            energyData = generationOnly;
        }
        JsonObject answer = head(transId, meter);
        answer.add("energyData", energyData);
        return ok(answer);
    }

    Reply daily(Exchange exchange) throws BadRequest {
        String transId = common(exchange);
        SyntheticMeter meter = oneEsiid(exchange);
        LocalDate[] range = range(exchange, config.maxRangeDays());
        List<LocalDate> days = data.publishedDays(range[0], range[1], exchange.now);
        if (days.isEmpty()) {
            return noData(transId, meter);
        }
        AnswerFormat format = format();
        JsonArray reads = new JsonArray();
        for (LocalDate day : days) {
            DataDesk.DailyRead read = data.dailyRead(meter, day);
            JsonObject entry = new JsonObject();
            entry.addProperty("readDate", format.date(day));
            entry.addProperty("revisionDate", format.timestamp(read.revisedAt()));
            entry.add("startReading", format.kwh(read.startWh(), true));
            entry.add("endReading", format.kwh(read.endWh(), true));
            entry.add("energyDataKwh", format.kwh(read.energyWh(), true));
            reads.add(entry);
        }
        JsonObject answer = head(transId, meter);
        answer.add("registeredReads", reads);
        return ok(answer);
    }

    Reply monthly(Exchange exchange) throws BadRequest {
        String transId = common(exchange);
        SyntheticMeter meter = oneEsiid(exchange);
        LocalDate[] range = range(exchange, config.maxMonthlyRangeDays());
        List<DataDesk.Cycle> cycles = data.cycles(meter, range[0], range[1], exchange.now);
        if (cycles.isEmpty()) {
            return noData(transId, meter);
        }
        AnswerFormat format = format();
        JsonArray billing = new JsonArray();
        for (DataDesk.Cycle cycle : cycles) {
            JsonObject entry = new JsonObject();
            entry.addProperty("startDate", format.date(cycle.start()));
            entry.addProperty("endDate", format.date(cycle.end()));
            entry.add("actualkWh", format.kwh(cycle.actualWh(), true));
            entry.add("billedkWh", format.kwh(cycle.actualWh(), true));
            entry.add("meteredkWh", format.kwh(cycle.meteredWh(), true));
            entry.add("meteredKW", format.kwh(cycle.peakW(), true));
            entry.add("billedKW", format.kwh(cycle.peakW(), true));
            entry.addProperty("revisionDate", format.timestamp(cycle.lastUpdate()));
            billing.add(entry);
        }
        JsonObject answer = head(transId, meter);
        answer.add("billingData", billing);
        return ok(answer);
    }

    Reply requestOdr(Exchange exchange, @Nullable Fault fault) throws BadRequest {
        String transId = common(exchange);
        JsonElement esiidField = exchange.json().get("ESIID");
        if (esiidField == null || !esiidField.isJsonPrimitive()) {
            throw exchange.bad("ESIID is required (a string)");
        }
        String esiid = exchange.string("ESIID");
        SyntheticMeter meter = data.meter(esiid);
        if (meter == null) {
            throw exchange.bad("ESIID " + esiid + " is not associated with " + config.username());
        }
        String meterNumber = exchange.optionalString("MeterNumber");
        if (meterNumber != null && !meterNumber.isEmpty() && !meterNumber.equals(meter.meterNumber())) {
            throw exchange.bad("MeterNumber does not belong to the ESIID");
        }
        String deliveryMode = exchange.optionalString("deliveryMode");
        if (deliveryMode != null && !"API".equals(deliveryMode)) {
            throw exchange.bad("deliveryMode must be API");
        }
        OdrDesk.Outcome outcome = odr.request(meter.esiid(), exchange.now, control.odrDelay(), PortalApi.fate(fault));
        AnswerFormat format = format();
        JsonObject answer = head(transId, null);
        OdrDesk.Read read = outcome.read();
        answer.add("correlationId", read == null ? JsonNull.INSTANCE : new JsonPrimitive(read.correlationId()));
        answer.add("statusCode", format.code(outcome.statusCode()));
        answer.addProperty("statusReason", PortalApi.statusReason(outcome.statusCode()));
        return ok(answer);
    }

    Reply odrStatus(Exchange exchange, @Nullable Fault fault) throws BadRequest {
        String transId = common(exchange);
        String correlationId = exchange.string("correlationId");
        OdrDesk.Read read = odr.byCorrelationId(correlationId);
        if (read == null) {
            throw exchange.bad("unknown correlationId");
        }
        OdrDesk.Status status = read.statusAt(exchange.now);
        if (fault == Fault.ODR_FAILED) {
            status = OdrDesk.Status.FAILED;
        } else if (fault == Fault.ODR_T_FAILED) {
            status = OdrDesk.Status.T_FAILED;
        } else if (fault == Fault.ODR_STUCK_PENDING) {
            status = OdrDesk.Status.PENDING;
        }
        AnswerFormat format = format();
        JsonObject answer = head(transId, null);
        answer.addProperty("correlationId", correlationId);
        JsonObject odrRead = new JsonObject();
        switch (status) {
            case PENDING -> {
                answer.addProperty("statusCode", "PEN");
                answer.addProperty("statusReason", "Pending");
                odrRead.add("registeredRead", format.registeredRead(0));
                odrRead.add("readDate", JsonNull.INSTANCE);
            }
            case COMPLETED -> {
                answer.add("statusCode", format.code("0"));
                answer.addProperty("statusReason", "Success");
                odrRead.add("registeredRead", format.registeredRead(read.registerWh()));
                odrRead.addProperty("readDate", format.timestamp(read.readAt()));
            }
            default -> {
                answer.addProperty("statusCode", status == OdrDesk.Status.FAILED ? "FAILED" : "T-FAILED");
                answer.addProperty("statusReason", "The meter could not be read");
                odrRead.add("registeredRead", format.registeredRead(0));
                odrRead.add("readDate", JsonNull.INSTANCE);
            }
        }
        answer.add("odrRead", odrRead);
        return ok(answer);
    }
}
