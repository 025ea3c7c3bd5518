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

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerParser;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The official API (doc/smt-protocol.md §1, §3): a JWT from /v2/token/, refreshed a minute before it runs out (and once
 * on 401), and the common body fields SMT requires on every call.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class OfficialClient extends FlowClient {

    static final String TOKEN = "/v2/token/";
    static final String INTERVALS = "/v2/15minintervalreads/";
    static final String DAILY = "/v2/dailyreads/";
    /** By analogy with the other paths; not confirmed by a public source (doc/smt-protocol.md §3). */
    static final String MONTHLY = "/v2/monthlybillingInformation/";
    /** Refresh the token this long before SMT says it runs out. */
    static final Duration REFRESH_EARLY = Duration.ofSeconds(60);

    private static final AtomicLong TRANSACTIONS = new AtomicLong();

    public OfficialClient(AccountSettings settings, SmtTransport transport, RequestPolicy policy) {
        super(settings, transport, policy, "/v2/odr/", "/v2/odrstatus/", true);
    }

    @Override
    public Flow flow() {
        return Flow.OFFICIAL;
    }

    // ---- token ----

    @Override
    protected void fetchToken() throws SmtException, MalformedAnswerException {
        HttpAnswer answer = postLogin(TOKEN, credentials());
        if (answer.status() == 401) {
            throw credentialsRejected(Failure.LOGIN_REFUSED,
                    "SMT refused the API login (HTTP 401): wrong credentials or this IP is not allow-listed by SMT",
                    "");
        }
        JsonElement json = reader.json(answer, TOKEN, AnswerReader.ALL_ROWS);
        String token = AnswerParser.officialToken(json);
        Duration stated = AnswerParser.tokenLifetime(json);
        Duration lifetime = stated == null ? AnswerParser.DEFAULT_TOKEN_LIFETIME : stated;
        // Refresh a minute early, or at half the lifetime for (unusually) short-lived tokens.
        Duration early = lifetime.dividedBy(2).compareTo(REFRESH_EARLY) < 0 ? lifetime.dividedBy(2) : REFRESH_EARLY;
        Instant refreshAt = answer.sentAt().plus(lifetime).minus(early);
        useToken(token, refreshAt);
        logger.debug("got an API token valid for {}; refreshing at {}", lifetime, refreshAt);
    }

    @Override
    protected Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        return headers;
    }

    /** The fields SMT wants on every data call. */
    private JsonObject commonBody() {
        JsonObject body = new JsonObject();
        body.addProperty("trans_id", "OH" + clock.millis() + "-" + TRANSACTIONS.incrementAndGet());
        body.addProperty("requestorID", settings.username());
        body.addProperty("requesterType", settings.requesterType());
        String duns = settings.requesterAuthenticationId();
        if (duns != null && !duns.isBlank()) {
            body.addProperty("requesterAuthenticationID", duns);
        }
        body.addProperty("SMTTermsandConditions", "Y");
        return body;
    }

    private JsonObject rangeBody(Esiid esiid, DateRange range) {
        JsonObject body = withDates(commonBody(), range);
        body.addProperty("reportFormat", "JSON");
        // the latest revision of each day, and every reading type (generation included)
        body.addProperty("version", "L");
        body.addProperty("readingType", "A");
        JsonArray ids = new JsonArray();
        ids.add(esiid.value());
        body.add("esiid", ids);
        return body;
    }

    // ---- meters ----

    /** The official API has no known meter list: meters are configured by ESIID. */
    @Override
    protected MeterList fetchMeters() throws SmtException {
        throw new SmtException(Failure.NOT_SUPPORTED,
                "the official SMT API has no meter list: add the meters by ESIID (and meter number)");
    }

    // ---- on-demand reads ----

    @Override
    protected JsonObject odrBody(Esiid esiid, String meterNumber) {
        JsonObject body = commonBody();
        body.addProperty("ESIID", esiid.value());
        if (!meterNumber.isBlank()) {
            body.addProperty("MeterNumber", meterNumber);
        }
        body.addProperty("reportFormat", "JSON");
        body.addProperty("deliveryMode", "API");
        return body;
    }

    @Override
    protected JsonObject statusBody(Esiid esiid, String correlationId) {
        JsonObject body = commonBody();
        body.addProperty("correlationId", correlationId);
        return body;
    }

    @Override
    protected MeterRead parseStatus(JsonElement answer, Instant requestedAt) throws MalformedAnswerException {
        return AnswerParser.officialReadStatus(answer, requestedAt);
    }

    // ---- data ----

    @Override
    protected IntervalData fetchIntervals(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException, MalformedAnswerException {
        return AnswerParser.energyData(postForJson(INTERVALS, rangeBody(esiid, range), rows));
    }

    @Override
    protected List<DailyRead> fetchDaily(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException, MalformedAnswerException {
        return AnswerParser.officialDaily(postForJson(DAILY, rangeBody(esiid, range), rows));
    }

    @Override
    protected List<MonthlyUsage> fetchMonthly(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException, MalformedAnswerException {
        return AnswerParser.officialMonthly(postForJson(MONTHLY, rangeBody(esiid, range), rows));
    }
}
