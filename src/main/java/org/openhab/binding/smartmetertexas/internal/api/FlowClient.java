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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerParser;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
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
 * What both flows share: the session (token reuse, one re-login and one retry on 401) and one request per call.
 * What to ask and when (chunks, read budget, status polls, spacing of data requests) is the planning layer's
 * decision, not the client's. The flows add their paths, bodies and parsers.
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

    FlowClient(AccountSettings settings, SmtTransport transport, RequestPolicy policy) {
        this.settings = settings;
        this.transport = transport;
        this.policy = policy;
        this.clock = policy.clock();
        this.redactor = new Redactor(List.of(settings.password(),
                settings.keystorePassword() == null ? "" : String.valueOf(settings.keystorePassword())));
        this.reader = new AnswerReader(policy.access(), redactor);
    }

    // ---- what each flow supplies ----

    /** Whether a token is at hand that should still be valid. */
    protected abstract boolean hasUsableToken();

    /** Sends the login request and keeps the token (and tells the redactor about it). */
    protected abstract void fetchToken() throws SmtException;

    protected abstract void dropToken();

    /** SMT refused the current token (HTTP 401) on a request sent at {@code sentAt}: it has run out by then. */
    protected void tokenRefused(Instant sentAt) {
    }

    /** Headers of an authorized data request. */
    protected abstract Map<String, String> dataHeaders();

    protected abstract String odrPath();

    protected abstract JsonObject odrBody(Esiid esiid, String meterNumber);

    /** Whether status polls need SMT's correlationId (then an accepted read without one is an error). */
    protected boolean statusNeedsCorrelationId() {
        return false;
    }

    protected abstract String statusPath();

    protected abstract JsonObject statusBody(ReadRequest read) throws SmtException;

    protected abstract MeterRead parseStatus(JsonElement answer, Instant requestedAt) throws MalformedAnswerException;

    /** The days' 15-minute data; the rows {@code rows} refuses are left out while the answer is read. */
    protected abstract IntervalData fetchIntervals(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException;

    protected abstract List<DailyRead> fetchDaily(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException;

    protected abstract List<MonthlyUsage> fetchMonthly(Esiid esiid, DateRange range, Predicate<JsonObject> rows)
            throws SmtException;

    // ---- login and authorized requests ----

    @Override
    public synchronized void login() throws SmtException {
        if (!hasUsableToken()) {
            fetchToken();
        }
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
        HttpAnswer answer = transport.postJson(uri(path), dataHeaders(), body.toString(), null);
        if (answer.status() != 401) {
            return answer;
        }
        logger.debug("{} answered HTTP 401: the token expired, logging in again", path);
        tokenRefused(answer.sentAt());
        dropToken();
        fetchToken();
        answer = transport.postJson(uri(path), dataHeaders(), body.toString(), null);
        if (answer.status() == 401) {
            dropToken();
            throw reader.protocolError(path, "SMT refused a freshly issued token (HTTP 401)");
        }
        return answer;
    }

    protected JsonElement postForJson(String path, JsonObject body) throws SmtException {
        return reader.json(postAuthorized(path, body), path);
    }

    /** Like {@link #postForJson(String, JsonObject)}, leaving out the rows {@code rows} refuses as they are read. */
    protected JsonElement postForJson(String path, JsonObject body, Predicate<JsonObject> rows) throws SmtException {
        return reader.json(postAuthorized(path, body), path, rows);
    }

    /** Runs a parser, turning its complaint into a {@link Failure#PROTOCOL_ERROR} without secrets. */
    protected <T> T parsed(String path, ParserCall<T> call) throws SmtException {
        try {
            return call.parse();
        } catch (MalformedAnswerException e) {
            throw reader.protocolError(path, "unexpected answer: " + redactor.clean(String.valueOf(e.getMessage())));
        }
    }

    // ---- data: one request per call ----

    @Override
    public synchronized IntervalData intervals(Esiid esiid, DateRange days, Predicate<DateRange> asked)
            throws SmtException {
        IntervalData data = fetchIntervals(esiid, days, AnswerParser.askedRows(asked));
        if (data.readings().isEmpty() && data.rejected().isEmpty()) {
            throw notYet("intervals", esiid, days);
        }
        return data;
    }

    @Override
    public synchronized List<DailyRead> daily(Esiid esiid, DateRange days, Predicate<DateRange> asked)
            throws SmtException {
        return nonEmpty(fetchDaily(esiid, days, AnswerParser.askedRows(asked)), "daily reads", esiid, days);
    }

    @Override
    public synchronized List<MonthlyUsage> monthly(Esiid esiid, DateRange days, Predicate<DateRange> asked)
            throws SmtException {
        return nonEmpty(fetchMonthly(esiid, days, AnswerParser.askedRows(asked)), "monthly usage", esiid, days);
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
        String path = odrPath();
        HttpAnswer answer = postAuthorized(path, odrBody(esiid, meterNumber));
        OdrRequestAnswer odr = parsed(path, () -> AnswerParser.odrRequest(reader.json(answer, path)));
        if (odr.accepted()) {
            if (statusNeedsCorrelationId() && odr.correlationId() == null) {
                throw reader.protocolError(path,
                        "SMT accepted the read of " + esiid + " without a correlationId: its status cannot be asked");
            }
            logger.debug("SMT accepted a read of {}", esiid);
            return new ReadRequest(esiid, meterNumber, odr.correlationId(), answer.sentAt(), null);
        }
        if (HOURLY_LIMIT_CODE.equals(odr.statusCode()) || DAILY_LIMIT_CODE.equals(odr.statusCode())) {
            LimitScope scope = HOURLY_LIMIT_CODE.equals(odr.statusCode()) ? LimitScope.HOUR : LimitScope.DAY;
            logger.debug("SMT reports the {} read limit of {} ({})", scope, esiid, odr.statusCode());
            return new ReadRequest(esiid, meterNumber, odr.correlationId(), answer.sentAt(), scope);
        }
        Optional<SmtException> mistake = reader.mistake(path, odr.statusCode(), odr.statusReason());
        if (mistake.isPresent()) {
            throw mistake.get();
        }
        throw reader.protocolError(path, "SMT did not accept the read of " + esiid + ": status "
                + redactor.clean(odr.statusCode()) + " " + redactor.clean(odr.statusReason()));
    }

    @Override
    public synchronized MeterRead readStatus(ReadRequest read) throws SmtException {
        String path = statusPath();
        JsonElement json = postForJson(path, statusBody(read));
        MeterRead result = parsed(path, () -> parseStatus(json, read.sentAt()));
        if (result.status() == ReadStatus.COMPLETED && !AnswerParser.isFresh(result, read.sentAt())) {
            // SMT shows its latest read, which is an older one until ours completes.
            logger.debug("the read SMT shows for {} was taken at {}, before this request: still pending", read.esiid(),
                    result.readTime());
            return MeterRead.withoutValue(ReadStatus.PENDING);
        }
        return result;
    }

    // ---- helpers for subclasses ----

    protected static String usDate(LocalDate day) {
        return US_DATE.format(day);
    }

    /** A call of one of the parse layer's parsers. */
    @FunctionalInterface
    protected interface ParserCall<T> {
        T parse() throws MalformedAnswerException, SmtException;
    }
}
