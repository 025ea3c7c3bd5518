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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerParser;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.answer.OdrRequestAnswer;
import org.openhab.binding.smartmetertexas.internal.answer.ReadFreshness;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.policy.DataKind;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What both flows share: token reuse with one re-login and one retry on 401, chunking and spacing of data
 * requests, the read budget and the status-poll schedule. The flows add their paths, bodies and parsers.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class FlowClient implements SmtClient {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    /** SMT's read-request status codes for an exhausted hourly / daily limit. */
    static final String HOURLY_LIMIT_CODE = "5031";
    static final String DAILY_LIMIT_CODE = "5032";
    /** The last status poll is due when a read is given up; it may go this much later, no poll after that. */
    static final Duration LATE_POLL_GRACE = Duration.ofSeconds(30);

    protected final Logger logger = LoggerFactory.getLogger(getClass());
    protected final AccountSettings settings;
    protected final SmtTransport transport;
    protected final RequestPolicy policy;
    protected final Sleeper sleeper;
    protected final Clock clock;
    protected final Redactor redactor;
    protected final AnswerReader reader;

    FlowClient(AccountSettings settings, SmtTransport transport, RequestPolicy policy, Sleeper sleeper) {
        this.settings = settings;
        this.transport = transport;
        this.policy = policy;
        this.sleeper = sleeper;
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

    /** Headers of an authorized data request. */
    protected abstract Map<String, String> dataHeaders();

    protected abstract String odrPath();

    protected abstract JsonObject odrBody(Esiid esiid, String meterNumber);

    /** Whether status polls need SMT's correlationId (then an accepted read without one is an error). */
    protected boolean statusNeedsCorrelationId() {
        return false;
    }

    protected abstract String statusPath();

    protected abstract JsonObject statusBody(ReadTicket ticket) throws SmtException;

    protected abstract MeterRead parseStatus(JsonElement answer, Instant requestedAt) throws MalformedAnswerException;

    protected abstract IntervalData fetchIntervals(Esiid esiid, DateRange range, Consumer<Instant> onSend)
            throws SmtException;

    protected abstract List<DailyRead> fetchDaily(Esiid esiid, DateRange range, Consumer<Instant> onSend)
            throws SmtException;

    protected abstract List<MonthlyUsage> fetchMonthly(Esiid esiid, DateRange range, Consumer<Instant> onSend)
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
     * Posts with the current token (logging in first when there is none). A 401 means the token expired: tell
     * {@code onUnauthorized} (which may take back what the request counted, or refuse the retry), log in once, and
     * retry once.
     */
    protected HttpAnswer postAuthorized(String path, JsonObject body, @Nullable Consumer<Instant> onSend,
            @Nullable UnauthorizedHook onUnauthorized) throws SmtException {
        login();
        HttpAnswer answer = transport.postJson(uri(path), dataHeaders(), body.toString(), onSend);
        if (answer.status() != 401) {
            return answer;
        }
        logger.debug("{} answered HTTP 401: the token expired, logging in again", path);
        dropToken();
        if (onUnauthorized != null) {
            onUnauthorized.unauthorized(answer.sentAt());
        }
        fetchToken();
        answer = transport.postJson(uri(path), dataHeaders(), body.toString(), onSend);
        if (answer.status() == 401) {
            dropToken();
            throw reader.protocolError(path, "SMT refused a freshly issued token (HTTP 401)");
        }
        return answer;
    }

    protected JsonElement postForJson(String path, JsonObject body, @Nullable Consumer<Instant> onSend)
            throws SmtException {
        return reader.json(postAuthorized(path, body, onSend, null), path);
    }

    /** Runs a parser, turning its complaint into a {@link Failure#PROTOCOL_ERROR} without secrets. */
    protected <T> T parsed(String path, ParserCall<T> call) throws SmtException {
        try {
            return call.parse();
        } catch (MalformedAnswerException e) {
            throw reader.protocolError(path, "unexpected answer: " + redactor.clean(String.valueOf(e.getMessage())));
        }
    }

    // ---- data ----

    @Override
    public synchronized IntervalData intervals(Esiid esiid, LocalDate from, LocalDate to, Purpose purpose)
            throws SmtException {
        List<IntervalData> parts = chunked(DataKind.INTERVALS, esiid, from, to, purpose,
                (range, onSend) -> nonEmpty(fetchIntervals(esiid, range, onSend), "intervals", esiid, range));
        List<IntervalReading> readings = new ArrayList<>();
        List<RejectedPart> rejected = new ArrayList<>();
        boolean generation = false;
        for (IntervalData part : parts) {
            readings.addAll(part.readings());
            rejected.addAll(part.rejected());
            generation |= part.reportsGeneration();
        }
        return new IntervalData(readings, rejected, generation);
    }

    @Override
    public synchronized List<DailyRead> daily(Esiid esiid, LocalDate from, LocalDate to, Purpose purpose)
            throws SmtException {
        List<List<DailyRead>> parts = chunked(DataKind.DAILY, esiid, from, to, purpose,
                (range, onSend) -> nonEmpty(fetchDaily(esiid, range, onSend), "daily reads", esiid, range));
        List<DailyRead> all = new ArrayList<>();
        parts.forEach(all::addAll);
        return all;
    }

    @Override
    public synchronized List<MonthlyUsage> monthly(Esiid esiid, LocalDate from, LocalDate to, Purpose purpose)
            throws SmtException {
        List<List<MonthlyUsage>> parts = chunked(DataKind.MONTHLY, esiid, from, to, purpose,
                (range, onSend) -> nonEmpty(fetchMonthly(esiid, range, onSend), "monthly usage", esiid, range));
        // A billing period crossing a chunk border comes in both chunks: keep it once (the later answer).
        Map<String, MonthlyUsage> periods = new LinkedHashMap<>();
        for (List<MonthlyUsage> part : parts) {
            for (MonthlyUsage usage : part) {
                periods.put(usage.start() + "/" + usage.end(), usage);
            }
        }
        List<MonthlyUsage> all = new ArrayList<>(periods.values());
        all.sort(Comparator.comparing(MonthlyUsage::start));
        return all;
    }

    private IntervalData nonEmpty(IntervalData data, String what, Esiid esiid, DateRange range) throws SmtException {
        if (data.readings().isEmpty() && data.rejected().isEmpty()) {
            throw notYet(what, esiid, range);
        }
        return data;
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

    /**
     * Fetches a range chunk by chunk. A routine call obeys the 15-minute rule (checked once, before anything
     * goes out); backfill requests, and every chunk of a call that needs several, go at least 5 s apart. Chunks
     * without data are skipped; only when no chunk has data does the call fail with
     * {@link Failure#NOT_YET_AVAILABLE}.
     */
    private <T> List<T> chunked(DataKind kind, Esiid esiid, LocalDate from, LocalDate to, Purpose purpose,
            ChunkFetch<T> fetch) throws SmtException {
        List<DateRange> chunks = new DateRange(from, to)
                .chunks(kind == DataKind.MONTHLY ? SmtClient.MONTHLY_REQUEST_DAYS : SmtClient.REQUEST_DAYS);
        if (purpose == Purpose.ROUTINE) {
            refuseIfPresent(policy.routine().check(kind, esiid));
        }
        List<T> results = new ArrayList<>();
        SmtException missing = null;
        for (int i = 0; i < chunks.size(); i++) {
            // A call of several chunks reaches back into history: every chunk is paced like backfill, the first
            // one included (else the second goes only the account's 2 s after it).
            boolean spaced = purpose == Purpose.BACKFILL || chunks.size() > 1;
            if (spaced) {
                waitUntil(policy.backfill().earliestSend());
            }
            Consumer<Instant> onSend = sentAt -> {
                if (purpose == Purpose.ROUTINE) {
                    policy.routine().recordSent(kind, esiid, sentAt);
                }
                if (spaced) {
                    policy.backfill().recordSent(sentAt);
                }
            };
            try {
                results.add(fetch.fetch(chunks.get(i), onSend));
            } catch (SmtException e) {
                if (e.kind() != Failure.NOT_YET_AVAILABLE) {
                    throw e;
                }
                logger.debug("{}", e.getMessage());
                missing = e;
            }
        }
        if (results.isEmpty() && missing != null) {
            throw missing;
        }
        return results;
    }

    private void waitUntil(Instant when) throws SmtException {
        try {
            sleeper.sleepUntil(clock, when);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmtException(Failure.CONNECTION, "interrupted while waiting to send");
        }
    }

    // ---- on-demand reads ----

    @Override
    public synchronized ReadTicket requestRead(Esiid esiid, String meterNumber) throws SmtException {
        checkReadBudget(esiid);
        AtomicReference<Instant> sentAt = new AtomicReference<>(clock.instant());
        Consumer<Instant> onSend = at -> {
            policy.odrBudget().recordSent(esiid, at);
            sentAt.set(at);
        };
        String path = odrPath();
        HttpAnswer answer = postAuthorized(path, odrBody(esiid, meterNumber), onSend, unauthorizedAt -> {
            // SMT turned the request away before starting a read: it does not count, but the retry must fit.
            policy.odrBudget().withdraw(esiid, unauthorizedAt);
            checkReadBudget(esiid);
        });
        OdrRequestAnswer odr = parsed(path, () -> AnswerParser.odrRequest(reader.json(answer, path)));
        if (odr.accepted()) {
            if (statusNeedsCorrelationId() && odr.correlationId() == null) {
                throw reader.protocolError(path,
                        "SMT accepted the read of " + esiid + " without a correlationId: its status cannot be asked");
            }
            ReadTicket ticket = new ReadTicket(esiid, meterNumber, odr.correlationId(), sentAt.get(),
                    policy.pollSchedule());
            logger.debug("SMT accepted a read of {}; first status poll at {}", esiid,
                    ticket.requestedAt().plus(policy.pollSchedule().offsets().get(0)));
            return ticket;
        }
        if (HOURLY_LIMIT_CODE.equals(odr.statusCode()) || DAILY_LIMIT_CODE.equals(odr.statusCode())) {
            LimitScope scope = HOURLY_LIMIT_CODE.equals(odr.statusCode()) ? LimitScope.HOUR : LimitScope.DAY;
            Instant until = policy.odrBudget().limitReported(esiid, scope);
            logger.debug("SMT reports the {} read limit of {} ({})", scope, esiid, odr.statusCode());
            throw SmtException.rateLimited("SMT reports the " + (scope == LimitScope.HOUR ? "hourly" : "daily")
                    + " read limit of " + esiid + " (" + odr.statusCode() + ")", scope, until, true);
        }
        throw reader.protocolError(path, "SMT did not accept the read of " + esiid + ": status "
                + redactor.clean(odr.statusCode()) + " " + redactor.clean(odr.statusReason()));
    }

    private void checkReadBudget(Esiid esiid) throws SmtException {
        Optional<Refusal> refusal = policy.odrBudget().check(esiid);
        if (refusal.isPresent()) {
            Refusal r = refusal.get();
            Rule rule = r.rule();
            LimitScope scope = rule == Rule.ODR_HOURLY_BUDGET || rule == Rule.SMT_HOURLY_LIMIT ? LimitScope.HOUR
                    : LimitScope.DAY;
            Instant until = r.earliestRetry().orElse(clock.instant());
            logger.debug("read of {} not requested: {}", esiid, r.reason());
            throw SmtException.rateLimited("Not sent: " + r.reason(), scope, until, false);
        }
    }

    @Override
    public synchronized MeterRead pollRead(ReadTicket ticket) throws SmtException {
        Optional<MeterRead> outcome = ticket.outcome();
        if (outcome.isPresent()) {
            return outcome.get();
        }
        Optional<Instant> due = ticket.nextPollAt();
        if (due.isEmpty()) {
            return finish(ticket, MeterRead.withoutValue(ReadStatus.FAILED));
        }
        if (clock.instant().isAfter(ticket.giveUpAt().plus(LATE_POLL_GRACE))) {
            // The account could not poll in time (blocked, offline): the read is over, SMT is not asked again.
            logger.debug("read of {} requested at {} not polled in time: given up", ticket.esiid(),
                    ticket.requestedAt());
            return finish(ticket, MeterRead.withoutValue(ReadStatus.FAILED));
        }
        if (clock.instant().isBefore(due.get())) {
            throw SmtException.refused(new Refusal(Rule.POLL_SCHEDULE, due.get(),
                    "the next status poll of the read of " + ticket.esiid() + " is due later"));
        }
        String path = statusPath();
        JsonObject body = statusBody(ticket);
        JsonElement json = postForJson(path, body, at -> ticket.polled());
        MeterRead read = parsed(path, () -> parseStatus(json, ticket.requestedAt()));
        if (read.status() == ReadStatus.COMPLETED && !ReadFreshness.isFresh(read, ticket.requestedAt())) {
            // SMT shows its latest read, which is an older one until ours completes.
            logger.debug("the read SMT shows for {} was taken at {}, before this request: still pending",
                    ticket.esiid(), read.readTime());
            read = MeterRead.withoutValue(ReadStatus.PENDING);
        }
        if (read.status() == ReadStatus.PENDING) {
            if (ticket.nextPollAt().isEmpty()) {
                logger.debug("read of {} still pending after {} polls: given up", ticket.esiid(), ticket.pollsDone());
                return finish(ticket, MeterRead.withoutValue(ReadStatus.FAILED));
            }
            return read;
        }
        return finish(ticket, read);
    }

    private static MeterRead finish(ReadTicket ticket, MeterRead read) {
        ticket.finish(read);
        return read;
    }

    // ---- helpers for subclasses ----

    protected static String usDate(LocalDate day) {
        return US_DATE.format(day);
    }

    protected static void refuseIfPresent(Optional<Refusal> refusal) throws SmtException {
        if (refusal.isPresent()) {
            throw SmtException.refused(refusal.get());
        }
    }

    /** Told when a request was answered 401, before the new login and the retry; may refuse the retry. */
    @FunctionalInterface
    protected interface UnauthorizedHook {
        void unauthorized(Instant sentAt) throws SmtException;
    }

    /** A call of one of the parse layer's parsers. */
    @FunctionalInterface
    protected interface ParserCall<T> {
        T parse() throws MalformedAnswerException, SmtException;
    }

    /** Fetches one chunk. */
    @FunctionalInterface
    private interface ChunkFetch<T> {
        T fetch(DateRange range, Consumer<Instant> onSend) throws SmtException;
    }
}
