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
package org.openhab.binding.smartmetertexas.internal.answer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.JsonFields;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.internal.text.SmtValues;
import org.openhab.binding.smartmetertexas.internal.text.WallClockRows;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads each SMT answer into the model; every method accepts every variant of doc/smt-protocol.md §6: a {@code data}
 * wrapper or none, member names in any letter case, numbers as JSON numbers or strings (exponent form included),
 * dates {@code MM/dd/yyyy} or {@code yyyy-MM-dd} padded or not, Central wall times with or without seconds.
 * <p>
 * Errors SMT reports in a body (errorCode, errormessage, error) are found by {@link AnswerErrors}; call it first.
 * These methods throw {@link MalformedAnswerException} when the answer does not carry what it must.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AnswerParser {

    /** A token longer than this is not a token. */
    private static final int MAX_TOKEN_CHARS = 16 * 1024;
    /** Taken when /v2/token/ does not say how long its token lives (SMT documents 3600 s). */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(3600);
    private static final long MAX_TOKEN_SECONDS = 366L * 24 * 3600;
    /** A read counts as fresh when its time is no more than this before the request. */
    private static final Duration FRESHNESS = Duration.ofMinutes(2);

    /** The members that date a row of a data answer (any letter case): energyData, interval, daily, monthly. */
    private static final String[] ROW_DATES = { "DT", "date", "readDate", "startDate", "endDate" };
    private static final String[] ADDRESS_PARTS = { "address", "city", "state", "zip" };

    private AnswerParser() {
    }

    /**
     * Which rows of a data answer to keep while it is read ({@link BoundedJson#parse(String, Predicate)}): a row is
     * left out when the span of its dates (a day, or a billing period) is one {@code asked} refuses. A row without a
     * readable date is kept, for its parser to judge.
     */
    public static Predicate<JsonObject> askedRows(Predicate<DateRange> asked) {
        return row -> {
            LocalDate first = null;
            LocalDate last = null;
            for (String name : ROW_DATES) {
                String text = JsonFields.text(JsonFields.member(row, name));
                if (text == null) {
                    continue;
                }
                try {
                    LocalDate day = SmtValues.date(text);
                    first = first == null || day.isBefore(first) ? day : first;
                    last = last == null || day.isAfter(last) ? day : last;
                } catch (MalformedAnswerException e) {
                    // its parser names it
                }
            }
            return first == null || last == null || asked.test(new DateRange(first, last));
        };
    }

    /** Portal login: the {@code token} (top level or inside {@code data}). */
    public static String portalToken(JsonElement answer) throws MalformedAnswerException {
        return token(JsonFields.memberAnyLevel(answer, "token", "accessToken"), "Login answer");
    }

    /**
     * How long a login's token lasts, when the answer says so ({@code expiresIn}, seconds, number or string); null
     * when it does not. The portal then learns the lifetime from SMT's first 401 (doc/smt-protocol.md §1), the
     * official API assumes {@link #DEFAULT_TOKEN_LIFETIME}.
     */
    public static @Nullable Duration tokenLifetime(JsonElement answer) throws MalformedAnswerException {
        String expires = JsonFields.text(JsonFields.memberAnyLevel(answer, "expiresIn", "expires_in"));
        return expires == null ? null : lifetime(expires);
    }

    /** Official {@code /v2/token/}: {@code accessToken}; its lifetime is {@link #tokenLifetime}'s. */
    public static String officialToken(JsonElement answer) throws MalformedAnswerException {
        return token(JsonFields.memberAnyLevel(answer, "accessToken", "access_token", "token"), "Token answer");
    }

    private static Duration lifetime(String expires) throws MalformedAnswerException {
        BigDecimal seconds = SmtValues.boundedDecimal(expires);
        if (seconds.signum() <= 0 || seconds.compareTo(BigDecimal.valueOf(MAX_TOKEN_SECONDS)) > 0) {
            throw new MalformedAnswerException(
                    "Token answer: implausible expiresIn '" + SmtValues.excerpt(expires) + "'");
        }
        return Duration.ofSeconds(seconds.longValue());
    }

    private static String token(@Nullable JsonElement value, String what) throws MalformedAnswerException {
        String token = JsonFields.text(value);
        if (token == null || value == null || !value.getAsJsonPrimitive().isString()) {
            throw new MalformedAnswerException(what + " carries no token");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (i >= MAX_TOKEN_CHARS || c <= ' ' || c >= 127) {
                // never quote it: it may be a real token
                throw new MalformedAnswerException(what + " carries a token that cannot be sent back in a header");
            }
        }
        return token;
    }

    /**
     * Portal {@code /api/meter}: the meters on the account. Entries without a valid ESIID are left out and named;
     * a repeated ESIID counts once.
     */
    public static MeterList meters(JsonElement answer) throws MalformedAnswerException {
        JsonElement inner = BoundedJson.unwrapData(answer);
        JsonArray entries;
        if (inner.isJsonObject() && JsonFields.member(inner.getAsJsonObject(), "esiid") != null) {
            entries = new JsonArray();
            entries.add(inner);
        } else {
            JsonArray found = JsonFields.array(answer, "meters", "meterList", "meterData", "esiids");
            if (found == null) {
                throw new MalformedAnswerException("Meter answer: no list of meters, got " + JsonFields.kindOf(inner));
            }
            entries = found;
        }
        List<MeterInfo> meters = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<RejectedPart> rejected = new ArrayList<>();
        int number = 0;
        for (JsonElement element : entries) {
            number++;
            String where = "meter list entry " + number;
            if (!element.isJsonObject()) {
                rejected.add(new RejectedPart(where, "not a meter but " + JsonFields.kindOf(element)));
                continue;
            }
            JsonObject entry = element.getAsJsonObject();
            String text = JsonFields.text(entry, "esiid", "esiId");
            String esiid = EnergyDataReader.meterText(text);
            if (esiid.isEmpty()) {
                rejected.add(new RejectedPart(where, text == null ? "has no ESIID"
                        : "ESIID '" + SmtValues.excerpt(text, 40) + "' is not 17 to 22 digits"));
                continue;
            }
            if (!seen.add(esiid)) {
                continue;
            }
            String meterNumber = JsonFields.text(entry, "meterNumber", "meter_number");
            meters.add(new MeterInfo(new Esiid(esiid), meterNumber == null ? "" : meterNumber, address(entry)));
        }
        return new MeterList(meters, rejected);
    }

    /** fullAddress, or "street, city, state zip" of the parts there are. */
    private static String address(JsonObject entry) {
        String full = JsonFields.text(entry, "fullAddress");
        if (full != null) {
            return full;
        }
        StringBuilder out = new StringBuilder();
        for (String name : ADDRESS_PARTS) {
            String part = JsonFields.text(entry, name);
            if (part != null) {
                out.append(out.length() == 0 ? "" : "zip".equals(name) ? " " : ", ").append(part);
            }
        }
        return out.toString();
    }

    /** Portal {@code /api/ondemandread} and official {@code /v2/odr/}. */
    public static OdrRequestAnswer odrRequest(JsonElement answer) throws MalformedAnswerException {
        JsonObject object = JsonFields.object(answer, "Read request answer");
        String statusCode = JsonFields.code(object, "statusCode");
        if (statusCode == null) {
            throw new MalformedAnswerException("Read request answer has no statusCode");
        }
        String reason = JsonFields.text(object, "statusReason");
        return new OdrRequestAnswer(statusCode, reason == null ? "" : SmtValues.excerpt(reason, 200),
                JsonFields.text(object, "correlationId"));
    }

    /**
     * Portal {@code /api/usage/latestodrread}; an odrdate in the repeated fall-back hour takes the offset nearest
     * requestedAt; "0"/0E+0 while pending is not a reading. Status null gives PENDING.
     * <p>
     * A zero register is never taken as a reading, also not with status COMPLETED (SMT fills 0 in before the meter
     * answered): such an answer stays PENDING. Whether the read is fresh is {@link #isFresh}'s question.
     */
    public static MeterRead portalLatestRead(JsonElement answer, Instant requestedAt) throws MalformedAnswerException {
        JsonObject object = JsonFields.object(answer, "Latest read answer");
        ReadStatus status = portalStatus(JsonFields.text(object, "odrstatus"));
        if (status != ReadStatus.COMPLETED) {
            return MeterRead.withoutValue(status);
        }
        return completedRead(JsonFields.scalar(object, "odrread"), JsonFields.scalar(object, "odrdate"), requestedAt,
                "Latest read answer");
    }

    private static ReadStatus portalStatus(@Nullable String text) throws MalformedAnswerException {
        if (text == null) {
            return ReadStatus.PENDING;
        }
        String status = text.toUpperCase(Locale.ROOT).replace('_', '-');
        switch (status) {
            case "PENDING":
            case "PEN":
                return ReadStatus.PENDING;
            case "COMPLETED":
            case "COMPLETE":
                return ReadStatus.COMPLETED;
            case "FAILED":
                return ReadStatus.FAILED;
            case "T-FAILED":
                return ReadStatus.T_FAILED;
            default:
                throw new MalformedAnswerException("Unknown read status '" + SmtValues.excerpt(text, 40) + "'");
        }
    }

    private static MeterRead completedRead(@Nullable String registerText, @Nullable String timeText,
            Instant requestedAt, String what) throws MalformedAnswerException {
        if (registerText == null) {
            return MeterRead.withoutValue(ReadStatus.PENDING);
        }
        BigDecimal register = SmtValues.kwh(registerText);
        if (register.signum() == 0) {
            return MeterRead.withoutValue(ReadStatus.PENDING);
        }
        if (timeText == null) {
            throw new MalformedAnswerException(what + ": completed read without a read time");
        }
        return MeterRead.completed(register, SmtValues.centralInstant(timeText, requestedAt));
    }

    /**
     * Official {@code /v2/odrstatus/}: statusCode "PEN" pending, "0" done (with {@code odrRead.registeredRead} and
     * {@code readDate}), "T-FAILED" as such, any other code failed; no statusCode is pending. A zero register
     * ({@code 0E+0}) is not a reading: the read stays pending.
     */
    public static MeterRead officialReadStatus(JsonElement answer, Instant requestedAt)
            throws MalformedAnswerException {
        JsonObject object = JsonFields.object(answer, "Read status answer");
        String code = JsonFields.code(object, "statusCode");
        if (code == null || "PEN".equalsIgnoreCase(code) || "PENDING".equalsIgnoreCase(code)) {
            return MeterRead.withoutValue(ReadStatus.PENDING);
        }
        if ("T-FAILED".equalsIgnoreCase(code)) {
            return MeterRead.withoutValue(ReadStatus.T_FAILED);
        }
        if (!"0".equals(code) && !"COMPLETED".equalsIgnoreCase(code)) {
            return MeterRead.withoutValue(ReadStatus.FAILED);
        }
        JsonElement odrRead = JsonFields.member(object, "odrRead");
        JsonObject read = odrRead != null && odrRead.isJsonObject() ? odrRead.getAsJsonObject() : object;
        return completedRead(JsonFields.scalar(read, "registeredRead"), JsonFields.scalar(read, "readDate"),
                requestedAt, "Read status answer");
    }

    /**
     * Whether a completed on-demand read answers our request: taken at most {@link #FRESHNESS} before
     * {@code requestedAt}, or later. The portal returns the latest read, so polling too early shows the previous
     * read (doc/smt-protocol.md §6).
     */
    public static boolean isFresh(MeterRead read, Instant requestedAt) {
        Instant readTime = read.readTime();
        return read.status() == ReadStatus.COMPLETED && readTime != null
                && !readTime.isBefore(requestedAt.minus(FRESHNESS));
    }

    /**
     * {@code energyData[]} of portal intervalsynch and official {@code /v2/15minintervalreads/}: each day's RD
     * string read by {@link EnergyDataReader#parseDay}; rejected days are named, the other days kept. No energyData
     * at all (data not published yet) is an empty result.
     */
    public static IntervalData energyData(JsonElement answer) throws MalformedAnswerException {
        return EnergyDataReader.read(answer, new HashMap<>());
    }

    /**
     * Portal {@code /api/usage/interval}: {@code intervaldata[]} rows with {@code date}, {@code starttime}/
     * {@code endtime} in any of SMT's clock styles, consumption and generation with their A/E flags, plus
     * {@code generationFlag}. Rows are mapped to instants by the order of their labels within the day.
     * <p>
     * Generation: the answer carries generation only when {@code generationFlag} is true or any row has a non-zero
     * generation value; then every generation value becomes a reading (a 0 of a generating meter is real). Otherwise
     * the generation column is ignored: a 0 on a meter that does not report generation is no data.
     */
    public static IntervalData portalIntervals(JsonElement answer) throws MalformedAnswerException {
        JsonArray rows = AnswerErrors.list(answer, "intervaldata");
        if (rows == null) {
            return new IntervalData(List.of(), List.of(), false);
        }
        boolean reportsGeneration = JsonFields.isYes(JsonFields.memberAnyLevel(answer, "generationFlag"));
        for (JsonElement row : rows) {
            try {
                BigDecimal generation = row.isJsonObject() ? JsonFields.kwh(row.getAsJsonObject(), "generation") : null;
                reportsGeneration |= generation != null && generation.signum() != 0;
            } catch (MalformedAnswerException e) {
                // its row is rejected below
            }
        }
        List<IntervalReading> readings = new ArrayList<>(rows.size() * (reportsGeneration ? 2 : 1));
        List<RejectedPart> rejected = new ArrayList<>();
        WallClockRows clock = new WallClockRows();
        for (int i = 0; i < rows.size(); i++) {
            JsonElement element = rows.get(i);
            if (!element.isJsonObject()) {
                rejected.add(new RejectedPart("row " + (i + 1), "not an object"));
                continue;
            }
            JsonObject row = element.getAsJsonObject();
            // a problem of the row's fields is named with its day; one of its time only when it has a value
            String day = "";
            boolean hasValue = true;
            try {
                String dateText = JsonFields.text(row, "date");
                LocalDate date = SmtValues.date(dateText == null ? "" : dateText);
                day = date + ": ";
                int quarter = WallClockRows.quarterOf(JsonFields.text(row, "starttime"),
                        JsonFields.text(row, "endtime"));
                BigDecimal consumption = JsonFields.kwh(row, "consumption");
                BigDecimal generation = JsonFields.kwh(row, "generation");
                if (!reportsGeneration) {
                    generation = null;
                }
                hasValue = consumption != null || generation != null;
                if (!hasValue && clock.isSkipped(date, quarter)) {
                    // the portal may list the non-existent spring-forward quarters as blank rows
                    continue;
                }
                day = "";
                Instant start = clock.next("", date, quarter);
                if (consumption != null) {
                    readings.add(WallClockRows.reading(start, consumption, IntervalKind.CONSUMPTION,
                            SmtValues.quality(JsonFields.text(row, "consumption_est_act")), null));
                }
                if (generation != null) {
                    readings.add(WallClockRows.reading(start, generation, IntervalKind.GENERATION,
                            SmtValues.quality(JsonFields.text(row, "generation_est_act")), null));
                }
            } catch (MalformedAnswerException e) {
                if (hasValue) {
                    rejected.add(new RejectedPart("row " + (i + 1), day + e.getMessage()));
                }
            }
        }
        readings.sort(IntervalReading.BY_KIND_THEN_START);
        return new IntervalData(readings, rejected, reportsGeneration);
    }

    /**
     * Portal {@code /api/usage/daily}: {@code dailyData[]}. The day's usage is {@code reading}; without it, end
     * minus start; rows with neither (not published yet) are skipped, and so are rows whose registers are both 0
     * with no usage: SMT's form of "no reading", not a reading of 0.
     */
    public static List<DailyRead> portalDaily(JsonElement answer) throws MalformedAnswerException {
        return daily(answer, "dailyData", new String[] { "date", "readDate" }, "startreading", "endreading", "reading");
    }

    /**
     * Official {@code /v2/dailyreads/}: {@code registeredReads[]}; usage is {@code energyDataKwh} as sent; both
     * registers 0 with no usage is "no reading", as for the portal.
     */
    public static List<DailyRead> officialDaily(JsonElement answer) throws MalformedAnswerException {
        return daily(answer, "registeredReads", new String[] { "readDate", "date" }, "startReading", "endReading",
                "energyDataKwh");
    }

    private static List<DailyRead> daily(JsonElement answer, String listName, String[] dateNames, String startName,
            String endName, String usageName) throws MalformedAnswerException {
        JsonArray rows = rows(answer, listName);
        Map<LocalDate, DailyRead> byDay = new TreeMap<>();
        for (JsonElement element : rows) {
            JsonObject row = rowObject(element, listName);
            String dateText = JsonFields.text(row, dateNames);
            if (dateText == null) {
                throw new MalformedAnswerException(listName + " row without a date");
            }
            LocalDate day = SmtValues.date(dateText);
            BigDecimal start = JsonFields.kwh(row, startName);
            BigDecimal end = JsonFields.kwh(row, endName);
            BigDecimal usage = JsonFields.kwh(row, usageName);
            if (usage == null && start != null && end != null) {
                usage = end.subtract(start);
            }
            boolean noReading = start != null && end != null && start.signum() == 0 && end.signum() == 0;
            if (usage != null && !(noReading && usage.signum() == 0)) {
                byDay.put(day, new DailyRead(day, start, end, usage));
            }
        }
        return new ArrayList<>(byDay.values());
    }

    /**
     * Portal {@code /api/usage/monthly}: {@code monthlyData[]}, usage from {@code actl_kwh_usg} (then
     * {@code mtrd_kwh_usg}, {@code blld_kwh_usg} when it is missing); periods without usage are skipped.
     */
    public static List<MonthlyUsage> portalMonthly(JsonElement answer) throws MalformedAnswerException {
        return monthly(answer, "monthlyData", "startdate", "enddate",
                new String[] { "actl_kwh_usg", "mtrd_kwh_usg", "blld_kwh_usg" });
    }

    /** Official monthly billing: {@code billingData[]}, usage from {@code actualkWh}. */
    public static List<MonthlyUsage> officialMonthly(JsonElement answer) throws MalformedAnswerException {
        return monthly(answer, "billingData", "startDate", "endDate", new String[] { "actualkWh" });
    }

    private static List<MonthlyUsage> monthly(JsonElement answer, String listName, String startName, String endName,
            String[] usageNames) throws MalformedAnswerException {
        JsonArray rows = rows(answer, listName);
        Map<LocalDate, MonthlyUsage> byStart = new TreeMap<>();
        for (JsonElement element : rows) {
            JsonObject row = rowObject(element, listName);
            String startText = JsonFields.text(row, startName);
            String endText = JsonFields.text(row, endName);
            if (startText == null || endText == null) {
                throw new MalformedAnswerException(listName + " row without start or end date");
            }
            LocalDate start = SmtValues.date(startText);
            LocalDate end = SmtValues.date(endText);
            if (end.isBefore(start)) {
                throw new MalformedAnswerException(
                        listName + " row ends (" + end + ") before it starts (" + start + ")");
            }
            BigDecimal usage = JsonFields.kwh(row, usageNames);
            if (usage != null) {
                byStart.put(start, new MonthlyUsage(start, end, usage));
            }
        }
        return new ArrayList<>(byStart.values());
    }

    private static JsonArray rows(JsonElement answer, String listName) throws MalformedAnswerException {
        JsonArray rows = AnswerErrors.list(answer, listName);
        // none: nothing published yet
        return rows == null ? new JsonArray() : rows;
    }

    private static JsonObject rowObject(JsonElement element, String listName) throws MalformedAnswerException {
        if (!element.isJsonObject()) {
            throw new MalformedAnswerException(listName + " row is " + JsonFields.kindOf(element));
        }
        return element.getAsJsonObject();
    }
}
