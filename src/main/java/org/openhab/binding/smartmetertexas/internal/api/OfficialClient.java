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
import java.util.Optional;
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
    static final String ODR = "/v2/odr/";
    static final String ODR_STATUS = "/v2/odrstatus/";
    /** Refresh the token this long before SMT says it runs out. */
    static final Duration REFRESH_EARLY = Duration.ofSeconds(60);
    /** Interval reads: the latest revision of each day, and every reading type (generation included). */
    static final String VERSION_LATEST = "L";
    static final String READING_TYPE_ALL = "A";

    private static final AtomicLong TRANSACTIONS = new AtomicLong();

    /** Empty while there is none. */
    private String accessToken = "";
    private Instant refreshAt = Instant.MIN;

    public OfficialClient(AccountSettings settings, SmtTransport transport, RequestPolicy policy) {
        super(settings, transport, policy);
    }

    @Override
    public Flow flow() {
        return Flow.OFFICIAL;
    }

    // ---- token ----

    @Override
    protected boolean hasUsableToken() {
        return !accessToken.isEmpty() && clock.instant().isBefore(refreshAt);
    }

    @Override
    protected void dropToken() {
        accessToken = "";
    }

    @Override
    protected void fetchToken() throws SmtException {
        JsonObject body = new JsonObject();
        body.addProperty("username", settings.username());
        body.addProperty("password", settings.password());
        HttpAnswer answer = transport.postJson(uri(TOKEN), headers(""), body.toString(), null);
        if (answer.status() == 401) {
            String why = "SMT refused the API login (HTTP 401): wrong credentials "
                    + "or this IP is not allow-listed by SMT";
            policy.access().credentialsRejected(why + "; no login until the configuration changes");
            logger.debug("{}", why);
            throw new SmtException(Failure.LOGIN_REFUSED, why);
        }
        if (answer.status() == 404) {
            logger.debug("token path {} answered 404", TOKEN);
            throw SmtException.loginPathNotFound(TOKEN);
        }
        JsonElement json = reader.json(answer, TOKEN);
        String token = parsed(TOKEN, () -> AnswerParser.officialToken(json));
        Duration stated = parsed(TOKEN, () -> AnswerParser.tokenLifetime(json));
        redactor.addToken(token);
        accessToken = token;
        Duration lifetime = stated == null ? AnswerParser.DEFAULT_TOKEN_LIFETIME : stated;
        // Refresh a minute early, or at half the lifetime for (unusually) short-lived tokens.
        Duration early = lifetime.dividedBy(2).compareTo(REFRESH_EARLY) < 0 ? lifetime.dividedBy(2) : REFRESH_EARLY;
        refreshAt = answer.sentAt().plus(lifetime).minus(early);
        logger.debug("got an API token valid for {}; refreshing at {}", lifetime, refreshAt);
    }

    /** Headers of a request, with the bearer token unless {@code bearer} is empty. */
    private Map<String, String> headers(String bearer) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (!bearer.isEmpty()) {
            headers.put("Authorization", "Bearer " + bearer);
        }
        return headers;
    }

    @Override
    protected Map<String, String> dataHeaders() {
        return headers(accessToken);
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
        JsonObject body = commonBody();
        body.addProperty("startDate", usDate(range.from()));
        body.addProperty("endDate", usDate(range.to()));
        body.addProperty("reportFormat", "JSON");
        body.addProperty("version", VERSION_LATEST);
        body.addProperty("readingType", READING_TYPE_ALL);
        JsonArray ids = new JsonArray();
        ids.add(esiid.value());
        body.add("esiid", ids);
        return body;
    }

    // ---- meters ----

    /** The official API has no known meter list: meters are configured by ESIID. */
    @Override
    public MeterList meters() throws SmtException {
        throw new SmtException(Failure.NOT_SUPPORTED,
                "the official SMT API has no meter list: add the meters by ESIID (and meter number)");
    }

    // ---- on-demand reads ----

    @Override
    protected String odrPath() {
        return ODR;
    }

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
    protected boolean statusNeedsCorrelationId() {
        return true;
    }

    @Override
    protected String statusPath() {
        return ODR_STATUS;
    }

    @Override
    protected JsonObject statusBody(ReadRequest read) throws SmtException {
        Optional<String> id = read.correlation();
        if (id.isEmpty()) {
            throw reader.protocolError(ODR,
                    "SMT accepted the read without a correlationId: its status cannot be asked");
        }
        JsonObject body = commonBody();
        body.addProperty("correlationId", id.get());
        return body;
    }

    @Override
    protected MeterRead parseStatus(JsonElement answer, Instant requestedAt) throws MalformedAnswerException {
        return AnswerParser.officialReadStatus(answer, requestedAt);
    }

    // ---- data ----

    @Override
    protected IntervalData fetchIntervals(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException {
        JsonElement json = postForJson(INTERVALS, rangeBody(esiid, range), rows);
        return parsed(INTERVALS, () -> AnswerParser.energyData(json));
    }

    @Override
    protected List<DailyRead> fetchDaily(Esiid esiid, DateRange range, Predicate<JsonObject> rows) throws SmtException {
        JsonElement json = postForJson(DAILY, rangeBody(esiid, range), rows);
        return parsed(DAILY, () -> AnswerParser.officialDaily(json));
    }

    @Override
    protected List<MonthlyUsage> fetchMonthly(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException {
        JsonElement json = postForJson(MONTHLY, rangeBody(esiid, range), rows);
        return parsed(MONTHLY, () -> AnswerParser.officialMonthly(json));
    }
}
