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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.testsupport.Fixtures.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.Quality;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

import com.google.gson.JsonElement;

/**
 * Proves each SMT answer is read the same in every variant of doc/smt-protocol.md §6: with or without a data wrapper,
 * numbers as JSON numbers or strings (exponent form included), dates MM/dd/yyyy or yyyy-MM-dd padded or not,
 * times with or without seconds and in each clock style.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class AnswerParserTest {

    private static final Instant REQUESTED_AT = z("2025-06-15T14:59:00Z");

    private static JsonElement json(String body) throws MalformedAnswerException {
        return BoundedJson.parse(body);
    }

    // ---- tokens

    @ParameterizedTest
    @ValueSource(strings = { "{\"token\":\"eyJ.abc.def\",\"expiresAt\":\"06/15/2025 10:00:00\"}",
            "{\"data\":{\"token\":\"eyJ.abc.def\"}}", "{\"TOKEN\":\" eyJ.abc.def \"}" })
    void portalTokenIsReadAtTopLevelOrInsideData(String body) throws Exception {
        assertEquals("eyJ.abc.def", AnswerParser.portalToken(json(body)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"token\":\"\"}", "{\"token\":null}", "{\"token\":123}",
            "{\"token\":\"secret with space\"}", "{\"errormessage\":\"ERR-USR-INVALIDPASSWORDERROR\"}" })
    void portalLoginWithoutUsableTokenIsRefusedWithoutQuotingIt(String body) {
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> AnswerParser.portalToken(json(body)));

        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"accessToken\":\"jwt\",\"tokenType\":\"Bearer\",\"expiresIn\":\"3600\"}",
            "{\"accessToken\":\"jwt\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}",
            "{\"accessToken\":\"jwt\",\"expiresIn\":\"3.6E+3\",\"issuedAt\":\"2025-06-15T15:00:00Z\"}",
            "{\"data\":{\"accessToken\":\"jwt\",\"expiresIn\":\"3600\",\"issuedAt\":\"06/15/2025 10:00:00\"}}",
            "{\"accessToken\":\"jwt\"}" })
    void officialTokenGivesTokenAndLifetimeInEveryShape(String body) throws Exception {
        JsonElement answer = json(body);

        assertEquals("jwt", AnswerParser.officialToken(answer));
        Duration stated = AnswerParser.tokenLifetime(answer);
        assertEquals(Duration.ofHours(1), stated == null ? AnswerParser.DEFAULT_TOKEN_LIFETIME : stated);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"0\"", "\"-5\"", "\"soon\"", "\"1E+999999999\"", "99999999999" })
    void officialTokenWithImplausibleLifetimeIsRefused(String expiresIn) {
        assertThrows(MalformedAnswerException.class,
                () -> AnswerParser.tokenLifetime(json("{\"accessToken\":\"jwt\",\"expiresIn\":" + expiresIn + "}")));
    }

    // ---- meters

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"data\":[{\"esiid\":\"10443720000000001\",\"meterNumber\":\"123456789LG\",\"meterMultiplier\":1,"
                    + "\"address\":\"1 MAIN ST\",\"city\":\"AUSTIN\",\"state\":\"TX\",\"zip\":\"78701\","
                    + "\"fullAddress\":\"1 MAIN ST AUSTIN TX 78701\",\"description\":\"\",\"dunsNumber\":\"0\","
                    + "\"recordStatus\":\"ACTIVE\",\"statusIndicator\":true}]}",
            "[{\"esiid\":10443720000000001,\"meterNumber\":\"123456789LG\",\"fullAddress\":\"1 MAIN ST AUSTIN TX 78701\"}]",
            "{\"data\":{\"meters\":[{\"ESIID\":\"'10443720000000001\",\"meterNumber\":\"123456789LG\","
                    + "\"fullAddress\":\"1 MAIN ST AUSTIN TX 78701\"}]}}" })
    void metersAreReadWithOrWithoutWrapper(String body) throws Exception {
        List<MeterInfo> meters = AnswerParser.meters(json(body));

        assertEquals(1, meters.size());
        assertEquals(ESIID, meters.get(0).esiid().value());
        assertEquals("123456789LG", meters.get(0).meterNumber());
        assertEquals("1 MAIN ST AUSTIN TX 78701", meters.get(0).address());
    }

    @Test
    void meterAddressIsComposedWhenFullAddressIsMissingAndBadEntriesAreSkipped() throws Exception {
        List<MeterInfo> meters = AnswerParser.meters(json("{\"data\":[{\"esiid\":\"12\"},"
                + "{\"esiid\":\"10443720000000002\",\"address\":\"2 ELM ST\",\"city\":\"DALLAS\",\"state\":\"TX\","
                + "\"zip\":\"75201\"}]}"));

        assertEquals(1, meters.size());
        assertEquals(List.of(new RejectedPart("meter list entry 1", "ESIID '12' is not 17 to 22 digits")),
                ((MeterList) meters).rejected(), "the bad entry is named");
        assertEquals("2 ELM ST, DALLAS, TX 75201", meters.get(0).address());
        assertEquals("", meters.get(0).meterNumber());
    }

    @Test
    void meterListEntriesWithoutAValidEsiidAreNamedNeverDropped() throws Exception {
        MeterList none = AnswerParser.meters(json("{\"data\":[{\"esiid\":\"x\"},7,{\"meterNumber\":\"1\"}]}"));
        assertEquals(List.of(), none);
        assertEquals(List.of(new RejectedPart("meter list entry 1", "ESIID 'x' is not 17 to 22 digits"),
                new RejectedPart("meter list entry 2", "not a meter but a single value"),
                new RejectedPart("meter list entry 3", "has no ESIID")), none.rejected());
        assertEquals(List.of(), AnswerParser.meters(json("{\"data\":[]}")).rejected());
    }

    // ---- on-demand read request

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"data\":{\"trans_id\":\"T1\",\"correlationId\":\"C42\",\"statusCode\":\"0\",\"statusReason\":\"Success\"}}",
            "{\"correlationId\":\"C42\",\"statusCode\":\"0\",\"statusReason\":\"Success\"}",
            "{\"correlationId\":\"C42\",\"statusCode\":0,\"statusReason\":\"Success\"}" })
    void acceptedReadRequestGivesCorrelationId(String body) throws Exception {
        OdrRequestAnswer answer = AnswerParser.odrRequest(json(body));

        assertTrue(answer.accepted());
        assertEquals("C42", answer.correlationId());
        assertEquals("Success", answer.statusReason());
    }

    @ParameterizedTest
    @ValueSource(strings = { "5031", "5032" })
    void limitAnswersAreNotAcceptedAndKeepTheirCode(String code) throws Exception {
        OdrRequestAnswer portal = AnswerParser.odrRequest(
                json("{\"data\":{\"trans_id\":\"\",\"statusCode\":\"" + code + "\",\"statusReason\":\"limit\"}}"));
        OdrRequestAnswer numeric = AnswerParser.odrRequest(json("{\"statusCode\":" + code + "}"));

        assertFalse(portal.accepted());
        assertEquals(code, portal.statusCode());
        assertNull(portal.correlationId());
        assertEquals(code, numeric.statusCode());
        assertEquals("", numeric.statusReason());
    }

    @Test
    void readRequestWithoutStatusCodeIsRefused() {
        assertThrows(MalformedAnswerException.class, () -> AnswerParser.odrRequest(json("{\"data\":{}}")));
        assertThrows(MalformedAnswerException.class, () -> AnswerParser.odrRequest(json("[]")));
    }

    // ---- latest on-demand read (portal)

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"23459.133\",\"odrusage\":\"1.2\","
                    + "\"odrdate\":\"06/15/2025 10:00:00\",\"responseMessage\":\"SUCCESS\"}}",
            "{\"odrstatus\":\"COMPLETED\",\"odrread\":23459.133,\"odrdate\":\"06/15/2025 10:00:00\"}",
            "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"2.3459133E+4\",\"odrdate\":\"6/15/2025 10:00:00\"}}",
            "{\"data\":{\"odrstatus\":\"completed\",\"odrread\":2.3459133E+4,\"odrdate\":\"06/15/2025 10:00\"}}",
            "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"23459.133\",\"odrdate\":\"2025-06-15 10:00:00\"}}",
            "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"23459.133\",\"odrdate\":\"06/15/2025 10:00:00 AM\"}}",
            "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"23459.133\",\"odrdate\":\"2025-06-15T15:00:00Z\"}}" })
    void completedPortalReadGivesRegisterAndCentralTime(String body) throws Exception {
        MeterRead read = AnswerParser.portalLatestRead(json(body), REQUESTED_AT);

        assertEquals(ReadStatus.COMPLETED, read.status());
        assertEquals(0, new BigDecimal("23459.133").compareTo(read.registerKwh()));
        // 10:00 CDT
        assertEquals(z("2025-06-15T15:00:00Z"), read.readTime());
        assertTrue(AnswerParser.isFresh(read, REQUESTED_AT));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"data\":{\"odrstatus\":null,\"odrread\":null,\"odrdate\":null}}", "{\"data\":{}}",
            "{\"data\":{\"odrstatus\":\"PENDING\",\"odrread\":\"0\",\"odrdate\":\"06/15/2025 10:00:00\"}}",
            "{\"odrstatus\":\"PENDING\",\"odrread\":0E+0}", "{\"data\":{\"odrstatus\":\"\",\"odrread\":\"0\"}}",
            "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"0\",\"odrdate\":\"06/15/2025 10:00:00\"}}",
            "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"\",\"odrdate\":\"\"}}" })
    void pendingOrZeroIsNotAReading(String body) throws Exception {
        MeterRead read = AnswerParser.portalLatestRead(json(body), REQUESTED_AT);

        assertEquals(ReadStatus.PENDING, read.status());
        assertNull(read.registerKwh());
        assertNull(read.readTime());
    }

    @Test
    void failedReadsKeepTheirKind() throws Exception {
        assertEquals(ReadStatus.FAILED,
                AnswerParser
                        .portalLatestRead(json("{\"data\":{\"odrstatus\":\"FAILED\",\"odrread\":\"0\"}}"), REQUESTED_AT)
                        .status());
        assertEquals(ReadStatus.T_FAILED,
                AnswerParser.portalLatestRead(json("{\"data\":{\"odrstatus\":\"T-FAILED\"}}"), REQUESTED_AT).status());
        assertThrows(MalformedAnswerException.class,
                () -> AnswerParser.portalLatestRead(json("{\"data\":{\"odrstatus\":\"WHATEVER\"}}"), REQUESTED_AT));
    }

    @Test
    void readTimeInTheRepeatedFallBackHourTakesTheOffsetNearestTheRequest() throws Exception {
        String body = "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"100.5\",\"odrdate\":\"11/02/2025 01:30:00\"}}";

        // requested at 01:29 CST (07:29Z): the read is 01:30 CST
        MeterRead late = AnswerParser.portalLatestRead(json(body), z("2025-11-02T07:29:00Z"));
        // requested at 01:29 CDT (06:29Z): the read is 01:30 CDT
        MeterRead early = AnswerParser.portalLatestRead(json(body), z("2025-11-02T06:29:00Z"));

        assertEquals(z("2025-11-02T07:30:00Z"), late.readTime());
        assertEquals(z("2025-11-02T06:30:00Z"), early.readTime());
    }

    @Test
    void olderReadIsNotFresh() throws Exception {
        MeterRead read = AnswerParser.portalLatestRead(
                json("{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"1\",\"odrdate\":\"06/15/2025 09:50:00\"}}"),
                REQUESTED_AT);

        assertFalse(AnswerParser.isFresh(read, REQUESTED_AT));
        assertTrue(AnswerParser.isFresh(read, z("2025-06-15T14:52:00Z")));
    }

    // ---- on-demand read status (official)

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"statusCode\":\"0\",\"statusReason\":\"Success\",\"odrRead\":{\"registeredRead\":2.3459133E+4,"
                    + "\"readDate\":\"06/15/2025 10:00:00\"}}",
            "{\"data\":{\"statusCode\":0,\"odrRead\":{\"registeredRead\":\"23459.133\",\"readDate\":\"2025-06-15 10:00\"}}}" })
    void officialCompletedReadGivesRegisterAndTime(String body) throws Exception {
        MeterRead read = AnswerParser.officialReadStatus(json(body), REQUESTED_AT);

        assertEquals(ReadStatus.COMPLETED, read.status());
        assertEquals(0, new BigDecimal("23459.133").compareTo(read.registerKwh()));
        assertEquals(z("2025-06-15T15:00:00Z"), read.readTime());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"statusCode\":\"PEN\",\"odrRead\":{\"registeredRead\":0E+0,\"readDate\":null}}",
            "{\"statusCode\":\"0\",\"odrRead\":{\"registeredRead\":0E+0,\"readDate\":\"06/15/2025 10:00:00\"}}",
            "{\"data\":{\"statusCode\":\"PEN\"}}", "{}" })
    void officialPendingOrZeroIsPending(String body) throws Exception {
        assertEquals(ReadStatus.PENDING, AnswerParser.officialReadStatus(json(body), REQUESTED_AT).status());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"2\"", "\"FAILED\"", "5" })
    void officialOtherCodesAreFailed(String code) throws Exception {
        assertEquals(ReadStatus.FAILED,
                AnswerParser.officialReadStatus(json("{\"statusCode\":" + code + "}"), REQUESTED_AT).status());
    }

    // ---- energyData (intervalsynch, 15minintervalreads)

    @ParameterizedTest
    @ValueSource(strings = { "official", "portal", "bareList" })
    void energyDataIsReadWithOrWithoutWrapper(String shape) throws Exception {
        String entries = energyEntry(SUMMER_DAY, "C", fullRd(SUMMER_DAY), "06/16/2025 10:15:30");
        String body = switch (shape) {
            case "official" -> "{\"trans_id\":\"T\",\"esiid\":\"" + ESIID + "\",\"energyData\":[" + entries + "]}";
            case "portal" -> "{\"data\":{\"energyData\":[" + entries + "]}}";
            default -> "[" + entries + "]";
        };

        IntervalData data = AnswerParser.energyData(json(body));

        assertEquals(96, data.readings().size());
        assertEquals(List.of(), data.rejected());
        assertFalse(data.reportsGeneration());
        assertEquals(z("2025-06-15T05:00:00Z"), data.readings().get(0).start());
        // RevTS is Central wall time: 10:15:30 CDT
        assertEquals(z("2025-06-16T15:15:30Z"), data.readings().get(0).revised());
    }

    @Test
    void rejectedDayIsNamedWhileTheOtherDaysAreKept() throws Exception {
        LocalDate bad = SUMMER_DAY.plusDays(1);
        String badRd = rd(p -> p == 10 || p > 12 ? cell(p, "A") : null);
        String body = "{\"energyData\":[" + energyEntry(SUMMER_DAY, "C", fullRd(SUMMER_DAY), null) + ","
                + energyEntry(bad, "C", badRd, null) + ","
                + energyEntry(SUMMER_DAY.plusDays(2), "C", fullRd(SUMMER_DAY), null) + "]}";

        IntervalData data = AnswerParser.energyData(json(body));

        assertEquals(2 * 96, data.readings().size());
        assertEquals(1, data.rejected().size());
        assertEquals("2025-06-16", data.rejected().get(0).where());
        assertTrue(data.rejected().get(0).reason().contains("position 10"));
    }

    @Test
    void generationEntriesBecomeGenerationReadings() throws Exception {
        String zeros = rd(p -> p >= 9 && p <= 12 ? null : "0.000-A");
        String body = "{\"energyData\":[" + energyEntry(SUMMER_DAY, "C", fullRd(SUMMER_DAY), null) + ","
                + energyEntry(SUMMER_DAY, "G", zeros, null) + "]}";

        IntervalData data = AnswerParser.energyData(json(body));

        assertTrue(data.reportsGeneration());
        assertEquals(96, data.readings().stream().filter(r -> r.kind() == IntervalKind.GENERATION).count());
        assertEquals(96, data.readings().stream().filter(r -> r.kind() == IntervalKind.CONSUMPTION).count());
        // sorted by kind, then start
        assertEquals(IntervalKind.CONSUMPTION, data.readings().get(0).kind());
        assertEquals(IntervalKind.GENERATION, data.readings().get(96).kind());
    }

    @Test
    void ofSeveralRevisionsOfADayTheLatestWins() throws Exception {
        String old = rd(p -> p >= 9 && p <= 12 ? null : "9.000-E");
        String body = "{\"energyData\":[" + energyEntry(SUMMER_DAY, "C", fullRd(SUMMER_DAY), "06/18/2025 08:00:00")
                + "," + energyEntry(SUMMER_DAY, "C", old, "06/16/2025 08:00:00") + "]}";

        IntervalData data = AnswerParser.energyData(json(body));

        assertEquals(96, data.readings().size());
        assertEquals(new BigDecimal("0.001"), data.readings().get(0).kwh());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-06-15", "6/15/2025", "06/15/2025" })
    void energyDataDatesInEveryStyle(String dt) throws Exception {
        String body = "{\"energyData\":[{\"DT\":\"" + dt + "\",\"RT\":\"C\",\"RD\":\"" + fullRd(SUMMER_DAY) + "\"}]}";

        assertEquals(z("2025-06-15T05:00:00Z"), AnswerParser.energyData(json(body)).readings().get(0).start());
    }

    @Test
    void entriesWithoutUsableDateTypeOrRdAreRejectedByName() throws Exception {
        String body = "{\"energyData\":[{\"DT\":\"02/30/2025\",\"RT\":\"C\",\"RD\":\"\"},"
                + "{\"DT\":\"06/15/2025\",\"RT\":\"X\",\"RD\":\"" + fullRd(SUMMER_DAY) + "\"},"
                + "{\"DT\":\"06/16/2025\",\"RT\":\"C\"}, 5]}";

        IntervalData data = AnswerParser.energyData(json(body));

        assertEquals(List.of(), data.readings());
        assertEquals(List.of("entry 1", "2025-06-15", "2025-06-16", "entry 4"),
                data.rejected().stream().map(RejectedPart::where).toList());
    }

    @Test
    void noEnergyDataIsEmptyButAnErrorIsNot() throws Exception {
        assertTrue(
                AnswerParser.energyData(json("{\"trans_id\":\"T\",\"esiid\":\"" + ESIID + "\"}")).readings().isEmpty());
        assertThrows(MalformedAnswerException.class, () -> AnswerParser
                .energyData(json("{\"data\":{\"errorCode\":\"1\",\"errorMessage\":\"No data received\"}}")));
    }

    // ---- /api/usage/interval

    @ParameterizedTest
    @EnumSource(Style.class)
    void portalIntervalRowsAreReadInEveryClockStyle(Style style) throws Exception {
        IntervalData data = AnswerParser
                .portalIntervals(json(usageIntervalAnswer(List.of(SUMMER_DAY), style, null, null)));

        assertEquals(96, data.readings().size(), data.rejected().toString());
        assertEquals(List.of(), data.rejected());
        assertEquals(z("2025-06-15T05:00:00Z"), data.readings().get(0).start());
        assertEquals(z("2025-06-15T17:00:00Z"), data.readings().get(48).start()); // 12:00 pm CDT
        assertEquals(z("2025-06-16T04:45:00Z"), data.readings().get(95).start());
        assertEquals(z("2025-06-16T05:00:00Z"), data.readings().get(95).end());
        assertEquals(new BigDecimal("0.096"), data.readings().get(95).kwh());
    }

    @Test
    void portalRowsWithOnlyEndTimesEndingAtMidnightAreRead() throws Exception {
        String body = "{\"data\":{\"intervaldata\":["
                + "{\"date\":\"06/15/2025\",\"endtime\":\" 12:15 am\",\"consumption\":\"0.5\",\"consumption_est_act\":\"E\"},"
                + "{\"date\":\"6/15/2025\",\"endtime\":\"24:00\",\"consumption\":\"0.7\",\"consumption_est_act\":\"A\"},"
                + "{\"date\":\"2025-06-16\",\"endtime\":\" 12:00 am\",\"consumption\":0.9}]}}";

        List<IntervalReading> readings = AnswerParser.portalIntervals(json(body)).readings();

        assertEquals(z("2025-06-15T05:00:00Z"), readings.get(0).start());
        assertEquals(Quality.ESTIMATED, readings.get(0).quality());
        assertEquals(z("2025-06-16T04:45:00Z"), readings.get(1).start());
        assertEquals(Quality.ACTUAL, readings.get(1).quality());
        assertEquals(z("2025-06-17T04:45:00Z"), readings.get(2).start());
    }

    @Test
    void generationCountsWhenTheFlagSaysSoEvenIfAllZero() throws Exception {
        IntervalData data = AnswerParser
                .portalIntervals(json(usageIntervalAnswer(List.of(SUMMER_DAY), Style.PORTAL, "\"0\"", true)));

        assertTrue(data.reportsGeneration());
        assertEquals(96, data.readings().stream().filter(r -> r.kind() == IntervalKind.GENERATION).count());
    }

    @Test
    void generationCountsWhenAnyValueIsNonZeroWithoutFlag() throws Exception {
        IntervalData data = AnswerParser
                .portalIntervals(json(usageIntervalAnswer(List.of(SUMMER_DAY), Style.PORTAL, "0.25", null)));

        assertTrue(data.reportsGeneration());
        assertEquals(96, data.readings().stream().filter(r -> r.kind() == IntervalKind.GENERATION).count());
    }

    @ParameterizedTest
    @ValueSource(strings = { "false", "\"N\"" })
    void zeroGenerationOfAMeterThatDoesNotReportItIsNoData(String flag) throws Exception {
        String body = usageIntervalAnswer(List.of(SUMMER_DAY), Style.PORTAL, "0", null).replace("]}}",
                "],\"generationFlag\":" + flag + "}}");

        IntervalData data = AnswerParser.portalIntervals(json(body));

        assertFalse(data.reportsGeneration());
        assertTrue(data.readings().stream().allMatch(r -> r.kind() == IntervalKind.CONSUMPTION));
        assertEquals(96, data.readings().size());
    }

    @Test
    void rowsWithoutValuesAreMissingNotZeroAndBadRowsAreNamed() throws Exception {
        String body = "{\"intervaldata\":["
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:00 am\",\"endtime\":\" 12:15 am\",\"consumption\":\"\"},"
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:15 am\",\"endtime\":\" 12:30 am\",\"consumption\":null},"
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:07 am\",\"consumption\":1},"
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 25:00\",\"consumption\":1},"
                + "{\"date\":\"2025-06-31\",\"starttime\":\"01:00\",\"consumption\":1},"
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:30 am\",\"endtime\":\" 12:45 am\",\"consumption\":0.3},"
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:30 am\",\"endtime\":\" 12:45 am\",\"consumption\":0.4}]}";

        IntervalData data = AnswerParser.portalIntervals(json(body));

        assertEquals(1, data.readings().size());
        assertEquals(z("2025-06-15T05:30:00Z"), data.readings().get(0).start());
        assertEquals(List.of("row 3", "row 4", "row 5", "row 7"),
                data.rejected().stream().map(RejectedPart::where).toList());
    }

    // ---- daily

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"data\":{\"dailyData\":[{\"date\":\"06/15/2025\",\"starttime\":\"06/15/2025 00:00:00\","
                    + "\"startreading\":\"23000.5\",\"endreading\":\"23030.25\",\"reading\":\"29.75\"}]}}",
            "{\"dailyData\":[{\"date\":\"2025-06-15\",\"startreading\":23000.5,\"endreading\":23030.25,\"reading\":29.75}]}",
            "{\"data\":{\"dailyData\":[{\"date\":\"6/15/2025\",\"startreading\":\"2.30005E+4\","
                    + "\"endreading\":\"2.303025E+4\",\"reading\":\"2.975E+1\"}]}}",
            "{\"data\":{\"dailyData\":[{\"date\":\"06/15/2025\",\"startreading\":\"23000.5\",\"endreading\":\"23030.25\"}]}}" })
    void portalDailyIsReadInEveryShape(String body) throws Exception {
        List<DailyRead> reads = AnswerParser.portalDaily(json(body));

        assertEquals(1, reads.size());
        DailyRead read = reads.get(0);
        assertEquals(SUMMER_DAY, read.day());
        assertEquals(0, new BigDecimal("29.75").compareTo(read.kwh()));
        assertEquals(0, new BigDecimal("23000.5").compareTo(read.startReading()));
        assertEquals(0, new BigDecimal("23030.25").compareTo(read.endReading()));
    }

    @Test
    void portalDailySkipsUnpublishedDaysAndSortsByDay() throws Exception {
        List<DailyRead> reads = AnswerParser.portalDaily(json("{\"data\":{\"dailyData\":["
                + "{\"date\":\"06/16/2025\",\"reading\":\"3\"},{\"date\":\"06/17/2025\",\"reading\":\"\"},"
                + "{\"date\":\"06/15/2025\",\"reading\":\"2\"}]}}"));

        assertEquals(List.of(SUMMER_DAY, SUMMER_DAY.plusDays(1)), reads.stream().map(DailyRead::day).toList());
        assertNull(reads.get(0).startReading());
    }

    @Test
    void officialDailyKeepsSmtsUsageEvenWhenItIsNotEndMinusStart() throws Exception {
        List<DailyRead> reads = AnswerParser.officialDaily(json("{\"trans_id\":\"T\",\"registeredReads\":["
                + "{\"readDate\":\"06/15/2025\",\"revisionDate\":\"06/16/2025 10:00:00\",\"startReading\":\"100.000\","
                + "\"endReading\":\"130.000\",\"energyDataKwh\":\"29.500\"}]}"));

        assertEquals(1, reads.size());
        assertEquals(new BigDecimal("29.500"), reads.get(0).kwh());
        assertEquals(SUMMER_DAY, reads.get(0).day());
    }

    @Test
    void bothRegistersZeroWithNoUsageIsNoReadingInBothFlows() throws Exception {
        List<DailyRead> portal = AnswerParser.portalDaily(json("{\"data\":{\"dailyData\":["
                + "{\"date\":\"06/15/2025\",\"startreading\":\"0\",\"endreading\":\"0.000\",\"reading\":\"0\"},"
                + "{\"date\":\"06/16/2025\",\"startreading\":\"0\",\"endreading\":\"0\"},"
                + "{\"date\":\"06/17/2025\",\"startreading\":\"100\",\"endreading\":\"100\",\"reading\":\"0\"},"
                + "{\"date\":\"06/18/2025\",\"reading\":\"0\"}]}}"));
        List<DailyRead> official = AnswerParser.officialDaily(json("{\"registeredReads\":[{\"readDate\":\"06/15/2025\","
                + "\"startReading\":\"0E+0\",\"endReading\":0,\"energyDataKwh\":\"0.0\"}]}"));

        // a vacant home's day of 0 kWh on a real register, or 0 kWh without registers, stays a reading
        assertEquals(List.of(SUMMER_DAY.plusDays(2), SUMMER_DAY.plusDays(3)),
                portal.stream().map(DailyRead::day).toList());
        assertEquals(List.of(), official);
    }

    @Test
    void askedRowsLeavesOutRowsOfOtherDaysAsTheAnswerIsRead() throws Exception {
        List<DateRange> seen = new ArrayList<>();
        DateRange june15 = new DateRange(SUMMER_DAY, SUMMER_DAY);
        JsonElement answer = BoundedJson.parse(
                "{\"data\":{\"dailyData\":["
                        + "{\"date\":\"06/15/2025\",\"reading\":\"2\"},{\"date\":\"01/01/1999\",\"reading\":\"3\"},"
                        + "{\"date\":\"13/45/2025\",\"reading\":\"4\"},{\"reading\":\"5\"}],"
                        + "\"monthlyData\":[{\"startDate\":\"05/20/2025\",\"endDate\":\"06/18/2025\"}]}}",
                AnswerParser.askedRows(span -> {
                    seen.add(span);
                    return span.from().compareTo(SUMMER_DAY) <= 0 && span.to().compareTo(SUMMER_DAY) >= 0;
                }));

        assertEquals(List.of(june15, new DateRange(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 1, 1)),
                new DateRange(LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 18))), seen);
        // rows without a readable date stay for the parser to name
        assertEquals(3, answer.getAsJsonObject().getAsJsonObject("data").getAsJsonArray("dailyData").size());
        assertEquals(1, answer.getAsJsonObject().getAsJsonObject("data").getAsJsonArray("monthlyData").size());
    }

    // ---- monthly

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"data\":{\"monthlyData\":[{\"startdate\":\"05/14/2025\",\"enddate\":\"06/12/2025\",\"actl_kwh_usg\":\"1234.5\","
                    + "\"mtrd_kwh_usg\":\"1234.5\",\"blld_kwh_usg\":\"1234\",\"mtrd_kva_usg\":\"\",\"blld_kva_usg\":\"\","
                    + "\"lastupdate\":\"06/13/2025 08:00:00\"}]}}",
            "{\"monthlyData\":[{\"startdate\":\"2025-05-14\",\"enddate\":\"2025-06-12\",\"actl_kwh_usg\":1.2345E+3}]}",
            "{\"data\":{\"monthlyData\":[{\"startdate\":\"5/14/2025\",\"enddate\":\"6/12/2025\",\"mtrd_kwh_usg\":1234.5}]}}" })
    void portalMonthlyIsReadInEveryShape(String body) throws Exception {
        List<MonthlyUsage> usage = AnswerParser.portalMonthly(json(body));

        assertEquals(1, usage.size());
        assertEquals(LocalDate.of(2025, 5, 14), usage.get(0).start());
        assertEquals(LocalDate.of(2025, 6, 12), usage.get(0).end());
        assertEquals(0, new BigDecimal("1234.5").compareTo(usage.get(0).actualKwh()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"trans_id\":\"T\",\"billingData\":[{\"startDate\":\"05/14/2025\",\"endDate\":\"06/12/2025\","
                    + "\"actualkWh\":\"1234.5\",\"meteredKW\":\"5.1\"}]}",
            "{\"data\":{\"billingData\":[{\"startDate\":\"2025-05-14\",\"endDate\":\"2025-06-12\",\"actualkWh\":1234.5}]}}" })
    void officialMonthlyIsReadWithOrWithoutWrapper(String body) throws Exception {
        List<MonthlyUsage> usage = AnswerParser.officialMonthly(json(body));

        assertEquals(1, usage.size());
        assertEquals(0, new BigDecimal("1234.5").compareTo(usage.get(0).actualKwh()));
    }

    @Test
    void monthlyPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(MalformedAnswerException.class, () -> AnswerParser.portalMonthly(json(
                "{\"data\":{\"monthlyData\":[{\"startdate\":\"06/12/2025\",\"enddate\":\"05/14/2025\",\"actl_kwh_usg\":\"1\"}]}}")));
    }

    // ---- tests that pin limits and branches (issue 13, mutation testing)

    @Test
    void statedTokenLifetimeIsTakenAsSentUpToAYearAndADay() throws Exception {
        assertEquals(Duration.ofHours(2),
                AnswerParser.tokenLifetime(json("{\"accessToken\":\"jwt\",\"expiresIn\":7200}")));
        assertEquals(Duration.ofDays(366),
                AnswerParser.tokenLifetime(json("{\"accessToken\":\"jwt\",\"expiresIn\":31622400}")));
        assertThrows(MalformedAnswerException.class,
                () -> AnswerParser.tokenLifetime(json("{\"accessToken\":\"jwt\",\"expiresIn\":31622401}")));
    }

    @Test
    void tokenOfSixteenKibiCharsIsTakenOneCharMoreIsRefused() throws Exception {
        String longest = "a".repeat(16 * 1024);

        assertEquals(longest, AnswerParser.officialToken(json("{\"accessToken\":\"" + longest + "\"}")));
        assertThrows(MalformedAnswerException.class,
                () -> AnswerParser.officialToken(json("{\"accessToken\":\"" + longest + "b\"}")));
    }

    @Test
    void tokenWithTheDeleteControlCharIsRefusedTildeIsTaken() throws Exception {
        assertEquals("a~b", AnswerParser.officialToken(json("{\"accessToken\":\"a~b\"}")));
        assertThrows(MalformedAnswerException.class,
                () -> AnswerParser.officialToken(json("{\"accessToken\":\"a\\u007fb\"}")));
    }

    @Test
    void meterAnswerThatIsOneMeterObjectGivesThatMeter() throws Exception {
        MeterList meters = AnswerParser
                .meters(json("{\"data\":{\"esiid\":\"10443720000000001\",\"meterNumber\":\"123456789LG\"}}"));

        assertEquals(1, meters.size());
        assertEquals(ESIID, meters.get(0).esiid().value());
        assertEquals("123456789LG", meters.get(0).meterNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = { "PENDING:PENDING", "pen:PENDING", "Completed:PENDING", "COMPLETE:PENDING", "FAILED:FAILED",
            "t_failed:T_FAILED", "T-FAILED:T_FAILED" })
    void everyPortalReadStatusSpellingIsKnown(String statusAndExpected) throws Exception {
        String[] parts = statusAndExpected.split(":");
        // a completed read without a register is still pending
        MeterRead read = AnswerParser.portalLatestRead(json("{\"odrstatus\":\"" + parts[0] + "\"}"), REQUESTED_AT);

        assertEquals(ReadStatus.valueOf(parts[1]), read.status());
    }

    @Test
    void completeIsACompletedPortalRead() throws Exception {
        MeterRead read = AnswerParser.portalLatestRead(
                json("{\"odrstatus\":\"COMPLETE\",\"odrread\":\"12.5\",\"odrdate\":\"06/15/2025 10:00:00\"}"),
                REQUESTED_AT);

        assertEquals(ReadStatus.COMPLETED, read.status());
        assertEquals(new BigDecimal("12.5"), read.registerKwh());
    }

    @Test
    void unknownPortalReadStatusIsRefused() {
        assertThrows(MalformedAnswerException.class,
                () -> AnswerParser.portalLatestRead(json("{\"odrstatus\":\"DONE\"}"), REQUESTED_AT));
    }

    @Test
    void officialTemporaryFailureIsReportedAsSuch() throws Exception {
        assertEquals(ReadStatus.T_FAILED,
                AnswerParser.officialReadStatus(json("{\"statusCode\":\"t-failed\"}"), REQUESTED_AT).status());
    }

    @Test
    void portalIntervalAnswerWithoutRowsIsEmpty() throws Exception {
        IntervalData data = AnswerParser.portalIntervals(json("{\"data\":{}}"));

        assertEquals(List.of(), data.readings());
        assertEquals(List.of(), data.rejected());
        assertFalse(data.reportsGeneration());
    }

    @Test
    void portalIntervalRowThatIsNoObjectIsNamedByItsNumber() throws Exception {
        IntervalData data = AnswerParser.portalIntervals(json(
                "{\"intervaldata\":[" + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:00 am\",\"consumption\":1},7]}"));

        assertEquals(1, data.readings().size());
        assertEquals(List.of(new RejectedPart("row 2", "not an object")), data.rejected());
    }

    @Test
    void portalConsumptionComesBeforeGeneration() throws Exception {
        IntervalData data = AnswerParser.portalIntervals(json("{\"intervaldata\":["
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:00 am\",\"consumption\":1,\"generation\":2},"
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:15 am\",\"consumption\":3,\"generation\":4}]}"));

        assertEquals(List.of("1", "3", "2", "4"), data.readings().stream().map(r -> r.kwh().toPlainString()).toList());
    }

    @Test
    void blankRowOfTheFirstFallBackHourLetsTheNextRowBeTheSecondHour() throws Exception {
        IntervalData data = AnswerParser.portalIntervals(json("{\"intervaldata\":["
                + "{\"date\":\"2025-11-02\",\"starttime\":\" 1:00 am\",\"endtime\":\" 1:15 am\",\"consumption\":\"\"},"
                + "{\"date\":\"2025-11-02\",\"starttime\":\" 1:00 am\",\"endtime\":\" 1:15 am\",\"consumption\":0.5}]}"));

        assertEquals(1, data.readings().size());
        // 01:00 CST, the repeated hour
        assertEquals(z("2025-11-02T07:00:00Z"), data.readings().get(0).start());
    }

    @Test
    void valueInTheMissingSpringForwardHourIsRejected() throws Exception {
        IntervalData data = AnswerParser.portalIntervals(json("{\"intervaldata\":["
                + "{\"date\":\"2025-03-09\",\"starttime\":\" 2:00 am\",\"endtime\":\" 2:15 am\",\"consumption\":0.5}]}"));

        assertEquals(List.of(), data.readings());
        assertEquals(List.of("row 1"), data.rejected().stream().map(RejectedPart::where).toList());
    }
}
