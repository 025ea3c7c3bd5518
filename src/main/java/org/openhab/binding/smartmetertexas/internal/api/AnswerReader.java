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

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerError;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerErrors;
import org.openhab.binding.smartmetertexas.internal.policy.AccessGate;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Decides what an SMT answer is from its status, content type and body, in that order: HTML (a bot challenge or
 * a maintenance page, even at HTTP 200) and text answers are recognised before any JSON parsing, and HTTP 200
 * answers are searched for SMT's in-body errors.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class AnswerReader {

    /** A text about something SMT has no data for yet, or cannot serve now: never the user's mistake. */
    private static final Pattern NOT_A_MISTAKE = Pattern
            .compile("(?i)not yet|not available|unavailable|no data|temporar|try again|later");
    private static final Pattern METER_NUMBER = Pattern.compile("(?i)meter[ _-]?(number|no\\b|num\\b|#)");
    private static final Pattern METER_NUMBER_COMPLAINT = Pattern
            .compile("(?i)\\bnot\\b|n't\\b|invalid|mismatch|wrong|unknown|belong");
    private static final Pattern REQUESTER = Pattern
            .compile("(?i)request[eo]r[ _-]?(type|authentication|auth)|\\bduns\\b");
    private static final Pattern REQUESTER_COMPLAINT = Pattern
            .compile("(?i)\\bnot\\b|n't\\b|invalid|must|wrong|unknown|mismatch|allowed");
    private static final Pattern ESIID = Pattern.compile("(?i)\\besi[ _-]?id");
    private static final Pattern ESIID_COMPLAINT = Pattern.compile("(?i)not (be )?(found|valid|associated|linked"
            + "|registered|authori[sz]ed|recogni[sz]ed|belong)|not on (this|the|your|their) account"
            + "|does ?n[o']t (exist|belong)|invalid|unknown|no such|not a valid");

    /** Keeps every row of an answer. */
    static final Predicate<JsonObject> ALL_ROWS = row -> true;

    private final Logger logger = LoggerFactory.getLogger(AnswerReader.class);
    private final AccessGate gate;
    private final Redactor redactor;

    AnswerReader(AccessGate gate, Redactor redactor) {
        this.gate = gate;
        this.redactor = redactor;
    }

    /**
     * The JSON of a normal answer, or the typed failure the answer means. {@code what} names the endpoint; the rows
     * (objects in lists) {@code rows} refuses are left out.
     */
    JsonElement json(HttpAnswer answer, String what, Predicate<JsonObject> rows) throws SmtException {
        int status = answer.status();
        if (status == 403 || isChallenge(answer)) {
            Instant retryAt = gate.blocked();
            logger.debug("{} answered HTTP {} (bot protection or lock-out); no request before {}", what, status,
                    retryAt);
            throw SmtException.blocked("SMT blocked the request to " + what + " (HTTP " + status + ")", retryAt);
        }
        if (isHtml(answer)) {
            throw unavailable(Failure.MAINTENANCE, what, "an HTML page (HTTP " + status + "), probably maintenance");
        }
        if (status >= 500) {
            throw unavailable(Failure.SERVER_ERROR, what, "HTTP " + status + ": " + redactor.excerpt(answer.body()));
        }
        if (status == 401) {
            // Token renewal is the flows' business; a 401 reaching here was not cured by a fresh login.
            throw protocolError(what, "HTTP 401: SMT refused the request as unauthorized");
        }
        if (status >= 300 && status < 400) {
            throw unavailable(Failure.SERVER_ERROR, what, "a redirect (HTTP " + status + ")");
        }
        if (!looksLikeJson(answer)) {
            if (status >= 400 && status < 500) {
                Optional<SmtException> mistake = mistake(what, "HTTP " + status, redactor.excerpt(answer.body()));
                if (mistake.isPresent()) {
                    throw mistake.get();
                }
            }
            throw unavailable(Failure.SERVER_ERROR, what, "a non-JSON answer (HTTP " + status + ", "
                    + contentTypeOf(answer) + "): " + redactor.excerpt(answer.body()));
        }
        JsonElement json = parse(answer, what, rows);
        Optional<AnswerError> error = AnswerErrors.find(json);
        if (error.isPresent() && !"0".equals(error.get().code())) {
            AnswerError e = error.get();
            gate.answered();
            if ("1".equals(e.code())) {
                // SMT's "no data received from the respective TDSP": the data are not published yet
                throw new SmtException(Failure.NOT_YET_AVAILABLE, what + ": " + redactor.clean(e.message()));
            }
            Optional<SmtException> mistake = mistake(what, e.code(), e.message());
            if (mistake.isPresent()) {
                throw mistake.get();
            }
            throw protocolError(what,
                    "SMT error " + redactor.clean(e.code()) + " (HTTP " + status + "): " + redactor.clean(e.message()));
        }
        if (status < 200 || status >= 300) {
            throw protocolError(what, "HTTP " + status + ": " + redactor.excerpt(answer.body()));
        }
        gate.answered();
        return json;
    }

    private JsonElement parse(HttpAnswer answer, String what, Predicate<JsonObject> rows) throws SmtException {
        try {
            return BoundedJson.parse(answer.body(), rows);
        } catch (MalformedAnswerException e) {
            throw protocolError(what, "unreadable JSON (" + redactor.clean(String.valueOf(e.getMessage())) + "): "
                    + redactor.excerpt(answer.body()));
        }
    }

    /** The in-body error of an answer, if its JSON has one; empty for non-JSON answers. */
    Optional<AnswerError> error(HttpAnswer answer) {
        if (!looksLikeJson(answer)) {
            return Optional.empty();
        }
        try {
            return AnswerErrors.find(BoundedJson.parse(answer.body()));
        } catch (MalformedAnswerException e) {
            return Optional.empty();
        }
    }

    /**
     * SMT's answer about the user's own mistake, when its words say so: an ESIID not on the account, a meter number
     * that does not belong to the ESIID, a requester type or DUNS number SMT refuses. SMT documents none of these
     * texts (doc/smt-protocol.md §3): the patterns above take the phrasings known from SMT and the simulator and
     * their likely variants; add one there when SMT words it differently. Texts about data not yet published never
     * count.
     */
    Optional<SmtException> mistake(String what, String code, String message) {
        String text = code + " " + message;
        if (NOT_A_MISTAKE.matcher(text).find()) {
            return Optional.empty();
        }
        Failure kind = null;
        if (METER_NUMBER.matcher(text).find() && METER_NUMBER_COMPLAINT.matcher(text).find()) {
            kind = Failure.METER_NUMBER_MISMATCH;
        } else if (REQUESTER.matcher(text).find() && REQUESTER_COMPLAINT.matcher(text).find()) {
            kind = Failure.REQUESTER_REJECTED;
        } else if (ESIID.matcher(text).find() && ESIID_COMPLAINT.matcher(text).find()) {
            kind = Failure.UNKNOWN_ESIID;
        }
        if (kind == null) {
            return Optional.empty();
        }
        SmtException e = new SmtException(kind, what + ": " + redactor.clean(message.isBlank() ? code : message));
        logger.debug("{}", e.getMessage());
        return Optional.of(e);
    }

    SmtException protocolError(String what, String detail) {
        SmtException e = new SmtException(Failure.PROTOCOL_ERROR, what + ": " + detail);
        logger.debug("{}", e.getMessage());
        return e;
    }

    private SmtException unavailable(Failure kind, String what, String detail) {
        SmtException e = new SmtException(kind, what + " answered " + detail);
        logger.debug("{}", e.getMessage());
        return e;
    }

    static boolean isHtml(HttpAnswer answer) {
        if (answer.contentType().contains("html")) {
            return true;
        }
        String head = answer.body().stripLeading();
        return head.regionMatches(true, 0, "<!doctype", 0, 9) || head.regionMatches(true, 0, "<html", 0, 5);
    }

    /** Akamai's "Access Denied" page, whatever the status it comes with. */
    private static boolean isChallenge(HttpAnswer answer) {
        if (!isHtml(answer)) {
            return false;
        }
        String body = answer.body();
        String head = (body.length() > 4096 ? body.substring(0, 4096) : body).toLowerCase(Locale.ROOT);
        return head.contains("access denied") || head.contains("captcha") || head.contains("bot protection");
    }

    private static boolean looksLikeJson(HttpAnswer answer) {
        if (answer.contentType().contains("json")) {
            return true;
        }
        String head = answer.body().stripLeading();
        return head.startsWith("{") || head.startsWith("[");
    }

    private static String contentTypeOf(HttpAnswer answer) {
        return answer.contentType().isEmpty() ? "no content type" : answer.contentType();
    }
}
