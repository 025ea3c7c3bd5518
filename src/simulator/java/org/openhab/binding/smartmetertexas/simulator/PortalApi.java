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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The portal flow (www.smartmetertexas.com): browser-looking requests, login token, data under /api/...
 * as doc/smt-protocol.md §1, §2 and §5 describe.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class PortalApi {

    private static final int LOCKOUT_AFTER_FAILURES = 5;
    private static final Duration LOCKOUT = Duration.ofHours(1);

    private final SimulatorConfig config;
    private final SimulatorControl control;
    private final Tokens tokens;
    private final DataDesk data;
    private final OdrDesk odr;
    private final List<SyntheticMeter> meters;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private volatile @Nullable Instant lockedUntil;

    PortalApi(SimulatorConfig config, SimulatorControl control, Tokens tokens, DataDesk data, OdrDesk odr,
            List<SyntheticMeter> meters) {
        this.config = config;
        this.control = control;
        this.tokens = tokens;
        this.data = data;
        this.odr = odr;
        this.meters = meters;
    }

    /** The answer to a meter number that does not belong to the ESIID. */
    static final String METER_NUMBER_MISMATCH = "MeterNumber does not belong to the ESIID";

    static Reply error(String message) {
        return Reply.json(400, "errormessage", message);
    }

    private AnswerFormat format() {
        return new AnswerFormat(control.shapes());
    }

    /** Akamai lets through only what looks like the portal's own browser calls. */
    private static void requireBrowser(Exchange exchange) throws BadRequest {
        if (!exchange.header("user-agent").contains("Mozilla/") || exchange.header("origin").isBlank()
                || exchange.header("referer").isBlank()) {
            throw new BadRequest(Reply.accessDenied(exchange.path));
        }
    }

    private void requireToken(Exchange exchange) throws BadRequest {
        requireBrowser(exchange);
        if (!tokens.valid(Tokens.Kind.PORTAL, exchange.header("authorization"), exchange.now,
                control.tokenGeneration())) {
            throw new BadRequest(Reply.json(401, "message", "Unauthorized"));
        }
    }

    private Reply ok(JsonElement payload) {
        return Reply.json(200, format().wrapPortal(payload));
    }

    private Reply errorCode1() {
        return ok(errorCode1Payload(format()));
    }

    static JsonObject errorCode1Payload(AnswerFormat format) {
        JsonObject payload = new JsonObject();
        payload.add("errorCode", format.code("1"));
        payload.addProperty("errorMessage", "No data received from the respective TDSP");
        return payload;
    }

    Reply login(Exchange exchange) throws BadRequest {
        requireBrowser(exchange);
        Instant locked = lockedUntil;
        if (locked != null && exchange.now.isBefore(locked)) {
            throw new BadRequest(Reply.accessDenied(exchange.path));
        }
        String username = exchange.optionalString("username");
        String password = exchange.optionalString("password");
        if (username == null || !username.equalsIgnoreCase(config.username())) {
            return error("ERR-USR-USERNOTFOUND");
        }
        if (!control.password().equals(password)) {
            int count = failures.merge(username.toLowerCase(), 1, Integer::sum);
            if (count >= LOCKOUT_AFTER_FAILURES) {
                lockedUntil = exchange.now.plus(LOCKOUT);
                failures.clear();
            }
            return error("ERR-USR-INVALIDPASSWORDERROR");
        }
        failures.clear();
        String token = tokens.issue(Tokens.Kind.PORTAL, exchange.now, config.portalTokenLifetime(),
                control.tokenGeneration());
        AnswerFormat format = format();
        JsonObject answer = new JsonObject();
        answer.addProperty("token", token);
        if (format.shapes().tokenTimes() != AnswerShapes.TokenTimeStyle.NONE) {
            answer.addProperty("issuedAt", format.tokenTime(exchange.now));
            answer.addProperty("expiresAt", format.tokenTime(exchange.now.plus(config.portalTokenLifetime())));
        }
        if (format.shapes().tokenAtTopLevel()) {
            return Reply.json(200, answer);
        }
        JsonObject wrapped = new JsonObject();
        wrapped.add("data", answer);
        return Reply.json(200, wrapped);
    }

    Reply meters(Exchange exchange) throws BadRequest {
        requireToken(exchange);
        String wanted = exchange.string("esiid");
        JsonArray list = new JsonArray();
        for (SyntheticMeter meter : meters) {
            if (!"*".equals(wanted) && !wanted.equals(meter.esiid())) {
                continue;
            }
            String[] address = meter.address();
            JsonObject entry = new JsonObject();
            entry.addProperty("esiid", meter.esiid());
            entry.addProperty("meterNumber", meter.meterNumber());
            entry.addProperty("meterMultiplier", 1);
            entry.addProperty("address", address[0]);
            entry.addProperty("city", address[1]);
            entry.addProperty("state", address[2]);
            entry.addProperty("zip", address[3]);
            entry.addProperty("fullAddress", address[0] + " " + address[1] + " " + address[2] + " " + address[3]);
            entry.addProperty("description", meter.solar() ? "RESIDENTIAL - DISTRIBUTED GENERATION" : "RESIDENTIAL");
            entry.addProperty("dunsNumber", meter.dunsNumber());
            entry.addProperty("recordStatus", "ACTIVE");
            entry.addProperty("statusIndicator", true);
            list.add(entry);
        }
        return ok(list);
    }

    private SyntheticMeter meter(Exchange exchange, String esiid) throws BadRequest {
        SyntheticMeter meter = data.meter(esiid);
        if (meter == null) {
            throw exchange.bad("ESIID " + esiid + " is not on this account");
        }
        return meter;
    }

    Reply requestOdr(Exchange exchange, @Nullable Fault fault) throws BadRequest {
        requireToken(exchange);
        SyntheticMeter meter = meter(exchange, exchange.string("ESIID"));
        String meterNumber = exchange.optionalString("MeterNumber");
        if (meterNumber != null && !meterNumber.equals(meter.meterNumber())) {
            throw exchange.bad(METER_NUMBER_MISMATCH);
        }
        OdrDesk.Outcome outcome = odr.request(meter.esiid(), exchange.now, control.odrDelay(), fate(fault));
        AnswerFormat format = format();
        JsonObject answer = new JsonObject();
        answer.addProperty("trans_id", String.valueOf(Math.floorMod(exchange.now.toEpochMilli(), 1_000_000_000L)));
        OdrDesk.Read read = outcome.read();
        answer.add("correlationId", read == null ? JsonNull.INSTANCE : new JsonPrimitive(read.correlationId()));
        answer.add("statusCode", format.code(outcome.statusCode()));
        answer.addProperty("statusReason", statusReason(outcome.statusCode()));
        return ok(answer);
    }

    static String statusReason(String statusCode) {
        return switch (statusCode) {
            case "0" -> "Request accepted";
            case "5031" -> "The number of on-demand read requests per hour for this ESIID has been exceeded";
            case "5032" -> "The number of on-demand read requests per day for this ESIID has been exceeded";
            default -> "Request failed";
        };
    }

    static OdrDesk.Fate fate(@Nullable Fault fault) {
        if (fault == null) {
            return OdrDesk.Fate.COMPLETE;
        }
        return switch (fault) {
            case ODR_FAILED -> OdrDesk.Fate.FAILED;
            case ODR_T_FAILED -> OdrDesk.Fate.T_FAILED;
            case ODR_STUCK_PENDING -> OdrDesk.Fate.STUCK;
            default -> OdrDesk.Fate.COMPLETE;
        };
    }

    Reply latestOdr(Exchange exchange, @Nullable Fault fault) throws BadRequest {
        requireToken(exchange);
        SyntheticMeter meter = meter(exchange, exchange.string("ESIID"));
        OdrDesk.Read read = odr.latest(meter.esiid());
        OdrDesk.Status status = read.statusAt(exchange.now);
        if (status == OdrDesk.Status.PENDING && control.odrPreviousReadFirst() && fault == null) {
            OdrDesk.Read previous = odr.previousCompleted(read, exchange.now);
            if (previous != null) {
                read = previous;
                status = OdrDesk.Status.COMPLETED;
            }
        }
        if (fault == Fault.ODR_FAILED) {
            status = OdrDesk.Status.FAILED;
        } else if (fault == Fault.ODR_T_FAILED) {
            status = OdrDesk.Status.T_FAILED;
        } else if (fault == Fault.ODR_STUCK_PENDING) {
            status = OdrDesk.Status.PENDING;
        }
        AnswerFormat format = format();
        JsonObject answer = new JsonObject();
        switch (status) {
            case COMPLETED -> {
                answer.addProperty("odrstatus", "COMPLETED");
                answer.add("odrread", format.kwh(read.registerWh(), true));
                OdrDesk.Read previous = odr.previousCompleted(read, exchange.now);
                answer.add("odrusage", previous == null ? JsonNull.INSTANCE
                        : format.kwh(read.registerWh() - previous.registerWh(), true));
                answer.addProperty("odrdate", format.timestamp(read.readAt()));
                answer.addProperty("responseMessage", "SUCCESS");
            }
            case PENDING -> {
                answer.addProperty("odrstatus", "PENDING");
                answer.add("odrread", JsonNull.INSTANCE);
                answer.add("odrusage", JsonNull.INSTANCE);
                answer.add("odrdate", JsonNull.INSTANCE);
                answer.addProperty("responseMessage", "Your on-demand read request is being processed");
            }
            default -> {
                answer.addProperty("odrstatus", status == OdrDesk.Status.FAILED ? "FAILED" : "T-FAILED");
                answer.add("odrread", JsonNull.INSTANCE);
                answer.add("odrusage", JsonNull.INSTANCE);
                answer.addProperty("odrdate", format.timestamp(read.requestedAt()));
                answer.addProperty("responseMessage", "The meter could not be read");
            }
        }
        return ok(answer);
    }

    /** Checks a usage request's range; returns [start, end]. */
    private LocalDate[] range(Exchange exchange, int maxDays) throws BadRequest {
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

    Reply interval(Exchange exchange) throws BadRequest {
        requireToken(exchange);
        SyntheticMeter meter = meter(exchange, exchange.string("esiid"));
        LocalDate[] range = range(exchange, config.maxRangeDays());
        List<LocalDate> days = data.publishedDays(range[0], range[1], exchange.now);
        AnswerFormat format = format();
        if (days.isEmpty() && format.shapes().portalNoDataAsErrorCode()) {
            return errorCode1();
        }
        JsonArray rows = new JsonArray();
        for (LocalDate day : days) {
            List<SyntheticMeter.Interval> intervals = meter.intervals(day, data.revision(meter, day));
            for (SyntheticMeter.Interval interval : intervals) {
                JsonObject row = new JsonObject();
                row.addProperty("date", format.rowDate(day));
                row.addProperty("starttime", format.rowTime(interval.start().toLocalTime(), false));
                boolean last = !interval.end().toLocalDate().equals(day);
                row.addProperty("endtime", format.rowTime(interval.end().toLocalTime(), last));
                row.add("consumption", format.kwh(interval.consumptionWh(), false));
                row.addProperty("consumption_est_act", interval.consumptionEstimated() ? "E" : "A");
                row.add("generation", format.kwh(meter.solar() ? interval.generationWh() : 0, false));
                row.add("generation_est_act",
                        meter.solar() ? new JsonPrimitive(interval.generationEstimated() ? "E" : "A")
                                : JsonNull.INSTANCE);
                rows.add(row);
            }
        }
        JsonObject payload = new JsonObject();
        payload.add("intervaldata", rows);
        if (format.shapes().generationFlagInsideData()) {
            payload.addProperty("generationFlag", meter.solar());
            return ok(payload);
        }
        JsonElement answer = format.wrapPortal(payload);
        if (answer.isJsonObject()) {
            answer.getAsJsonObject().addProperty("generationFlag", meter.solar());
        }
        return Reply.json(200, answer);
    }

    Reply intervalSynch(Exchange exchange) throws BadRequest {
        requireToken(exchange);
        JsonArray esiids = exchange.stringArray("ESIID");
        if (esiids.size() != 1) {
            throw exchange.bad("one ESIID per request");
        }
        SyntheticMeter meter = meter(exchange, esiids.get(0).getAsString().trim());
        String reportFormat = exchange.optionalString("reportFormat");
        if (reportFormat != null && !"JSON".equalsIgnoreCase(reportFormat)) {
            throw exchange.bad("reportFormat must be JSON");
        }
        LocalDate[] range = range(exchange, config.maxRangeDays());
        List<LocalDate> days = data.publishedDays(range[0], range[1], exchange.now);
        if (days.isEmpty()) {
            return errorCode1();
        }
        AnswerFormat format = format();
        JsonArray energyData = new JsonArray();
        for (LocalDate day : days) {
            data.addEnergyData(energyData, meter, day, format, true, false);
        }
        JsonObject payload = new JsonObject();
        payload.add("energyData", energyData);
        return ok(payload);
    }

    Reply daily(Exchange exchange) throws BadRequest {
        requireToken(exchange);
        SyntheticMeter meter = meter(exchange, exchange.string("esiid"));
        LocalDate[] range = range(exchange, config.maxRangeDays());
        List<LocalDate> days = data.publishedDays(range[0], range[1], exchange.now);
        AnswerFormat format = format();
        if (days.isEmpty() && format.shapes().portalNoDataAsErrorCode()) {
            return errorCode1();
        }
        JsonArray list = new JsonArray();
        for (LocalDate day : days) {
            DataDesk.DailyRead read = data.dailyRead(meter, day);
            JsonObject entry = new JsonObject();
            entry.addProperty("date", format.date(day));
            entry.addProperty("starttime", format.rowTime(java.time.LocalTime.MIDNIGHT, false));
            entry.add("startreading", format.kwh(read.startWh(), true));
            entry.add("endreading", format.kwh(read.endWh(), true));
            entry.add("reading", format.kwh(read.energyWh(), true));
            list.add(entry);
        }
        JsonObject payload = new JsonObject();
        payload.add("dailyData", list);
        return ok(payload);
    }

    Reply monthly(Exchange exchange) throws BadRequest {
        requireToken(exchange);
        SyntheticMeter meter = meter(exchange, exchange.string("esiid"));
        LocalDate[] range = range(exchange, config.maxMonthlyRangeDays());
        List<DataDesk.Cycle> cycles = data.cycles(meter, range[0], range[1], exchange.now);
        AnswerFormat format = format();
        if (cycles.isEmpty() && format.shapes().portalNoDataAsErrorCode()) {
            return errorCode1();
        }
        JsonArray list = new JsonArray();
        for (DataDesk.Cycle cycle : cycles) {
            JsonObject entry = new JsonObject();
            entry.addProperty("startdate", format.date(cycle.start()));
            entry.addProperty("enddate", format.date(cycle.end()));
            entry.add("actl_kwh_usg", format.kwh(cycle.actualWh(), true));
            entry.add("mtrd_kwh_usg", format.kwh(cycle.meteredWh(), true));
            entry.add("blld_kwh_usg", format.kwh(cycle.actualWh(), true));
            entry.add("mtrd_kva_usg", format.kwh(cycle.peakW(), true));
            entry.add("blld_kva_usg", format.kwh(cycle.peakW(), true));
            entry.addProperty("lastupdate", format.timestamp(cycle.lastUpdate()));
            list.add(entry);
        }
        JsonObject payload = new JsonObject();
        payload.add("monthlyData", list);
        return ok(payload);
    }
}
