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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerError;
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
 * The portal flow (doc/smt-protocol.md §1–§2): a portal login's token, browser-like headers (SMT's bot protection
 * answers anything else with 403), cookies in the account's own HTTP client.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PortalClient extends FlowClient {

    static final String METERS = "/api/meter";
    static final String INTERVAL = "/api/usage/interval";
    static final String INTERVALSYNCH = "/api/adhoc/intervalsynch";
    static final String DAILY = "/api/usage/daily";
    static final String MONTHLY = "/api/usage/monthly";
    /** Failures of intervalsynch after which the older interval endpoint is asked instead. */
    private static final Set<Failure> INTERVAL_FALLBACK = EnumSet.of(Failure.PROTOCOL_ERROR, Failure.SERVER_ERROR,
            Failure.MAINTENANCE, Failure.TIMEOUT, Failure.CONNECTION);

    private final String origin;

    private @Nullable Instant tokenIssuedAt;
    /** How long a token lasts at most: SMT said so at login, or a token of that age was refused. */
    private @Nullable Duration tokenLifetime;

    public PortalClient(AccountSettings settings, SmtTransport transport, RequestPolicy policy) {
        super(settings, transport, policy, "/api/ondemandread", "/api/usage/latestodrread", false);
        var base = settings.portalBaseUrl();
        this.origin = base.getScheme() + "://" + base.getRawAuthority();
    }

    @Override
    public Flow flow() {
        return Flow.PORTAL;
    }

    // ---- login ----

    @Override
    protected void tokenRefused(Instant sentAt) {
        Instant issued = tokenIssuedAt;
        Duration known = tokenLifetime;
        if (issued != null) {
            Duration age = Duration.between(issued, sentAt);
            // portal tokens live at least 15 minutes (doc/smt-protocol.md §1): an earlier 401 is not an expiry
            if (age.toMinutes() >= 15 && (known == null || age.compareTo(known) < 0)) {
                tokenLifetime = age;
                logger.debug("a portal token was refused {} after login: renewing tokens before that age", age);
            }
        }
    }

    @Override
    protected void fetchToken() throws SmtException, MalformedAnswerException {
        String path = settings.loginPath();
        JsonObject body = credentials();
        body.addProperty("rememberMe", "true");
        HttpAnswer answer = postLogin(path, body);
        if (answer.status() == 400) {
            Optional<AnswerError> error = reader.error(answer);
            if (error.isPresent() && isCredentialsError(error.get())) {
                throw credentialsRejected(Failure.INVALID_CREDENTIALS,
                        "SMT rejected the user name or password (" + redactor.clean(error.get().code()) + ")",
                        ": check them, then change the configuration");
            }
        }
        JsonElement json = reader.json(answer, path, AnswerReader.ALL_ROWS);
        String newToken = AnswerParser.portalToken(json);
        Duration stated = AnswerParser.tokenLifetime(json);
        tokenIssuedAt = answer.sentAt();
        if (stated != null) {
            tokenLifetime = stated;
        }
        // The portal rarely states a lifetime: learnt from the first 401, then renewed a tenth ahead of it.
        Duration lifetime = tokenLifetime;
        useToken(newToken,
                lifetime == null ? Instant.MAX : answer.sentAt().plus(lifetime.minus(lifetime.dividedBy(10))));
        logger.debug("logged in to the portal");
    }

    private static boolean isCredentialsError(AnswerError error) {
        return error.code().startsWith("ERR-USR") || error.message().startsWith("ERR-USR");
    }

    @Override
    protected Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        // A current desktop browser: SMT's bot protection turns away obvious non-browsers.
        headers.put("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
        headers.put("Accept", "application/json, text/plain, */*");
        headers.put("Origin", origin);
        headers.put("Referer", origin + "/home");
        return headers;
    }

    // ---- meters ----

    @Override
    protected MeterList fetchMeters() throws SmtException, MalformedAnswerException {
        JsonObject body = new JsonObject();
        body.addProperty("esiid", "*");
        return AnswerParser.meters(postForJson(METERS, body, AnswerReader.ALL_ROWS));
    }

    // ---- on-demand reads ----

    @Override
    protected JsonObject odrBody(Esiid esiid, String meterNumber) {
        JsonObject body = new JsonObject();
        body.addProperty("ESIID", esiid.value());
        body.addProperty("MeterNumber", meterNumber);
        return body;
    }

    @Override
    protected JsonObject statusBody(Esiid esiid, String correlationId) {
        JsonObject body = new JsonObject();
        body.addProperty("ESIID", esiid.value());
        return body;
    }

    @Override
    protected MeterRead parseStatus(JsonElement answer, Instant requestedAt) throws MalformedAnswerException {
        // latestodrread shows the latest read, maybe an older one: the parser keeps only a fresh result.
        return AnswerParser.portalLatestRead(answer, requestedAt);
    }

    // ---- data ----

    private static JsonObject rangeBody(Esiid esiid, DateRange range) {
        JsonObject body = new JsonObject();
        body.addProperty("esiid", esiid.value());
        return withDates(body, range);
    }

    /**
     * intervalsynch first (the RD format both flows share, with RevTS); /api/usage/interval when intervalsynch
     * answers with an error other than "not yet available". Connection trouble, blocks and maintenance pages
     * do not fall back: the other endpoint would meet them too.
     */
    @Override
    protected IntervalData fetchIntervals(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException, MalformedAnswerException {
        JsonObject synch = withDates(new JsonObject(), range);
        synch.addProperty("reportFormat", "JSON");
        JsonArray ids = new JsonArray();
        ids.add(esiid.value());
        synch.add("ESIID", ids);
        HttpAnswer answer = postAuthorized(INTERVALSYNCH, synch);
        try {
            return AnswerParser.energyData(reader.json(answer, INTERVALSYNCH, rows));
        } catch (SmtException | MalformedAnswerException e) {
            if (e instanceof SmtException failure
                    && (!INTERVAL_FALLBACK.contains(failure.kind()) || AnswerReader.isHtml(answer))) {
                throw failure;
            }
            logger.debug("falling back to {} for {}: {}", INTERVAL, esiid,
                    redactor.clean(String.valueOf(e.getMessage())));
        }
        return AnswerParser.portalIntervals(postForJson(INTERVAL, rangeBody(esiid, range), rows));
    }

    @Override
    protected List<DailyRead> fetchDaily(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException, MalformedAnswerException {
        return AnswerParser.portalDaily(postForJson(DAILY, rangeBody(esiid, range), rows));
    }

    @Override
    protected List<MonthlyUsage> fetchMonthly(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException, MalformedAnswerException {
        return AnswerParser.portalMonthly(postForJson(MONTHLY, rangeBody(esiid, range), rows));
    }
}
