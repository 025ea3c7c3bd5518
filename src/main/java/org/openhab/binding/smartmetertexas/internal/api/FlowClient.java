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

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerParser;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.answer.OdrRequestAnswer;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What both flows share: the session (token reuse and renewal, one re-login and one retry on 401), the login's
 * common steps, and one request per call. What to ask and when (chunks, read budget, status polls, spacing of data
 * requests) is the planning layer's decision, not the client's. The flows add their paths, bodies and parsers; a
 * parser's complaint becomes a {@link Failure#PROTOCOL_ERROR} naming the endpoint last asked, without secrets.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class FlowClient implements SmtClient {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    /** SMT's read-request status codes for an exhausted hourly / daily limit. */
    static final String HOURLY_LIMIT_CODE = "5031";
    static final String DAILY_LIMIT_CODE = "5032";

    protected final Logger logger = LoggerFactory.getLogger(getClass());
    protected final AccountSettings settings;
    protected final SmtTransport transport;
    protected final RequestPolicy policy;
    protected final Clock clock;
    protected final Redactor redactor;
    protected final AnswerReader reader;
    /** The flow's on-demand read and read status paths. */
    private final String odrPath;
    private final String statusPath;
    /** Whether status polls need SMT's correlationId (then an accepted read without one is an error). */
    private final boolean statusNeedsCorrelationId;

    /** The session's token, empty while there is none, and when to renew it. */
    private String token = "";
    private Instant renewAt = Instant.MAX;
    /** The endpoint whose answer is being read, for the parsers' complaints. */
    private String asked = "";

    FlowClient(AccountSettings settings, SmtTransport transport, RequestPolicy policy, String odrPath,
            String statusPath, boolean statusNeedsCorrelationId) {
        this.odrPath = odrPath;
        this.statusPath = statusPath;
        this.statusNeedsCorrelationId = statusNeedsCorrelationId;
        this.settings = settings;
        this.transport = transport;
        this.policy = policy;
        this.clock = policy.clock();
        this.redactor = new Redactor(List.of(settings.password(),
                settings.keystorePassword() == null ? "" : String.valueOf(settings.keystorePassword())));
        this.reader = new AnswerReader(policy.access(), redactor);
    }

    // ---- what each flow supplies ----

    /** Sends the login request and keeps the token through {@link #useToken}. */
    protected abstract void fetchToken() throws SmtException, MalformedAnswerException;

    /** SMT refused the current token (HTTP 401) on a request sent at {@code sentAt}: it has run out by then. */
    protected void tokenRefused(Instant sentAt) {
    }

    /** Headers of every request of the flow, without the token (a new map). */
    protected abstract Map<String, String> headers();

    protected abstract MeterList fetchMeters() throws SmtException, MalformedAnswerException;

    protected abstract JsonObject odrBody(Esiid esiid, String meterNumber);

    protected abstract JsonObject statusBody(Esiid esiid, String correlationId);

    protected abstract MeterRead parseStatus(JsonElement answer, Instant requestedAt) throws MalformedAnswerException;

    /** The days' 15-minute data; the rows {@code rows} refuses are left out while the answer is read. */
    protected abstract IntervalData fetchIntervals(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException, MalformedAnswerException;

    protected abstract List<DailyRead> fetchDaily(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException, MalformedAnswerException;

    protected abstract List<MonthlyUsage> fetchMonthly(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException, MalformedAnswerException;

    // ---- login and authorized requests ----

    @Override
    public synchronized void login() throws SmtException {
        if (token.isEmpty() || !clock.instant().isBefore(renewAt)) {
            try {
                fetchToken();
            } catch (MalformedAnswerException e) {
                throw unexpected(e);
            }
        }
    }

    /** Keeps a new token (and tells the redactor about it) until {@code renewAt}. */
    protected void useToken(String newToken, Instant renewAt) {
        redactor.addToken(newToken);
        this.token = newToken;
        this.renewAt = renewAt;
    }

    /** The user name and password, as both flows' logins send them. */
    protected JsonObject credentials() {
        JsonObject body = new JsonObject();
        body.addProperty("username", settings.username());
        body.addProperty("password", settings.password());
        return body;
    }

    /** Posts a login; a 404 means SMT has no login at {@code path}. */
    protected HttpAnswer postLogin(String path, JsonObject body) throws SmtException {
        asked = path;
        HttpAnswer answer = transport.postJson(uri(path), headers(), body.toString(), null);
        if (answer.status() == 404) {
            logger.debug("login path {} answered 404", path);
            throw SmtException.loginPathNotFound(path);
        }
        return answer;
    }

    /** SMT rejected the credentials: the gate lets no login go until the configuration changes. */
    protected SmtException credentialsRejected(Failure kind, String why, String advice) {
        policy.access().credentialsRejected(why + "; no login until the configuration changes");
        logger.debug("{}", why);
        return new SmtException(kind, why + advice);
    }

    protected URI uri(String path) {
        String base = settings.baseUrl().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    /**
     * Posts with the current token (logging in first when there is none). A 401 means the token expired: log in
     * once and retry once (doc/smt-protocol.md §1).
     */
    protected HttpAnswer postAuthorized(String path, JsonObject body) throws SmtException {
        login();
        HttpAnswer answer = postWithToken(path, body);
        if (answer.status() != 401) {
            return answer;
        }
        logger.debug("{} answered HTTP 401: the token expired, logging in again", path);
        tokenRefused(answer.sentAt());
        token = "";
        login();
        answer = postWithToken(path, body);
        if (answer.status() == 401) {
            token = "";
            throw reader.protocolError(path, "SMT refused a freshly issued token (HTTP 401)");
        }
        return answer;
    }

    private HttpAnswer postWithToken(String path, JsonObject body) throws SmtException {
        Map<String, String> headers = headers();
        headers.put("Authorization", "Bearer " + token);
        asked = path;
        return transport.postJson(uri(path), headers, body.toString(), null);
    }

    /** The JSON answer of {@code path}, leaving out the rows {@code rows} refuses as they are read. */
    protected JsonElement postForJson(String path, JsonObject body, Predicate<JsonObject> rows) throws SmtException {
        return reader.json(postAuthorized(path, body), path, rows);
    }

    private SmtException unexpected(MalformedAnswerException e) {
        return reader.protocolError(asked, "unexpected answer: " + redactor.clean(String.valueOf(e.getMessage())));
    }

    // ---- data: one request per call ----

    @Override
    public synchronized MeterList meters() throws SmtException {
        try {
            return fetchMeters();
        } catch (MalformedAnswerException e) {
            throw unexpected(e);
        }
    }

    @Override
    public synchronized IntervalData intervals(Esiid esiid, DateRange days, Predicate<DateRange> asked)
            throws SmtException {
        IntervalData data;
        try {
            data = fetchIntervals(esiid, days, AnswerParser.askedRows(asked));
        } catch (MalformedAnswerException e) {
            throw unexpected(e);
        }
        if (data.readings().isEmpty() && data.rejected().isEmpty()) {
            throw notYet("intervals", esiid, days);
        }
        return data;
    }

    @Override
    public synchronized List<DailyRead> daily(Esiid esiid, DateRange days, Predicate<DateRange> asked)
            throws SmtException {
        try {
            return nonEmpty(fetchDaily(esiid, days, AnswerParser.askedRows(asked)), "daily reads", esiid, days);
        } catch (MalformedAnswerException e) {
            throw unexpected(e);
        }
    }

    @Override
    public synchronized List<MonthlyUsage> monthly(Esiid esiid, DateRange days, Predicate<DateRange> asked)
            throws SmtException {
        try {
            return nonEmpty(fetchMonthly(esiid, days, AnswerParser.askedRows(asked)), "monthly usage", esiid, days);
        } catch (MalformedAnswerException e) {
            throw unexpected(e);
        }
    }

    private <T> List<T> nonEmpty(List<T> list, String what, Esiid esiid, DateRange range) throws SmtException {
        if (list.isEmpty()) {
            throw notYet(what, esiid, range);
        }
        return list;
    }

    private SmtException notYet(String what, Esiid esiid, DateRange range) {
        return new SmtException(Failure.NOT_YET_AVAILABLE,
                "SMT has no " + what + " of " + esiid + " for " + range.from() + " to " + range.to() + " yet");
    }

    // ---- on-demand reads: one request per call ----

    @Override
    public synchronized ReadRequest requestRead(Esiid esiid, String meterNumber) throws SmtException {
        String path = odrPath;
        HttpAnswer answer = postAuthorized(path, odrBody(esiid, meterNumber));
        OdrRequestAnswer odr;
        try {
            odr = AnswerParser.odrRequest(reader.json(answer, path, AnswerReader.ALL_ROWS));
        } catch (MalformedAnswerException e) {
            throw unexpected(e);
        }
        String code = odr.statusCode();
        if (odr.accepted()) {
            if (statusNeedsCorrelationId && odr.correlationId() == null) {
                throw noCorrelationId(esiid);
            }
            logger.debug("SMT accepted a read of {}", esiid);
            return new ReadRequest(esiid, meterNumber, odr.correlationId(), answer.sentAt(), null);
        }
        if (HOURLY_LIMIT_CODE.equals(code) || DAILY_LIMIT_CODE.equals(code)) {
            LimitScope scope = HOURLY_LIMIT_CODE.equals(code) ? LimitScope.HOUR : LimitScope.DAY;
            logger.debug("SMT reports the {} read limit of {} ({})", scope, esiid, code);
            return new ReadRequest(esiid, meterNumber, odr.correlationId(), answer.sentAt(), scope);
        }
        Optional<SmtException> mistake = reader.mistake(path, code, odr.statusReason());
        if (mistake.isPresent()) {
            throw mistake.get();
        }
        throw reader.protocolError(path, "SMT did not accept the read of " + esiid + ": status " + redactor.clean(code)
                + " " + redactor.clean(odr.statusReason()));
    }

    @Override
    public synchronized MeterRead readStatus(ReadRequest read) throws SmtException {
        String id = read.correlationId();
        if (id == null && statusNeedsCorrelationId) {
            throw noCorrelationId(read.esiid());
        }
        String path = statusPath;
        JsonElement json = postForJson(path, statusBody(read.esiid(), id == null ? "" : id), AnswerReader.ALL_ROWS);
        MeterRead result;
        try {
            result = parseStatus(json, read.sentAt());
        } catch (MalformedAnswerException e) {
            throw unexpected(e);
        }
        if (result.status() == ReadStatus.COMPLETED && !AnswerParser.isFresh(result, read.sentAt())) {
            // SMT shows its latest read, which is an older one until ours completes.
            logger.debug("the read SMT shows for {} was taken at {}, before this request: still pending", read.esiid(),
                    result.readTime());
            return MeterRead.withoutValue(ReadStatus.PENDING);
        }
        return result;
    }

    private SmtException noCorrelationId(Esiid esiid) {
        return reader.protocolError(odrPath,
                "SMT accepted the read of " + esiid + " without a correlationId: its status cannot be asked");
    }

    // ---- helpers for subclasses ----

    /** {@code body} with the range's first and last day as SMT writes them. */
    protected static JsonObject withDates(JsonObject body, DateRange range) {
        body.addProperty("startDate", US_DATE.format(range.from()));
        body.addProperty("endDate", US_DATE.format(range.to()));
        return body;
    }
}
