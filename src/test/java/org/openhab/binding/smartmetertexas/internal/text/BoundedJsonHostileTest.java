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
package org.openhab.binding.smartmetertexas.internal.text;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.answer.AnswerParser;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;

import com.google.gson.JsonElement;

/**
 * Proves that what a broken or hostile server sends is refused with a short message instead of hanging, running
 * out of memory or being half-accepted: HTML pages, plain text, deep nesting, lenient-only JSON, huge numbers,
 * and absurd or impossible values inside otherwise valid answers.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
@Timeout(10)
class BoundedJsonHostileTest {

    @Test
    void akamaiHtmlPageIsRefusedNamingItsTitle() {
        String html = "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>You don't have permission "
                + "x".repeat(10_000) + "</BODY></HTML>";

        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> BoundedJson.parse(html));

        assertTrue(e.getMessage().contains("HTML"), e.getMessage());
        assertTrue(e.getMessage().contains("Access Denied"), e.getMessage());
        assertTrue(e.getMessage().length() <= 200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   \n ", "Service Unavailable", "upstream connect error or disconnect/reset",
            "{\"a\":", "{\"a\":1}}", "{\"a\":1} trailing", "{'a':1}", "{\"a\":NaN}", "{\"a\":Infinity}",
            "{\"a\":-Infinity}", "[1,]", "{a:1}", "/* c */ {}", ")]}'\n{}" })
    void nonJsonAndLenientOnlySyntaxIsRefused(String body) {
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> BoundedJson.parse(body));

        assertTrue(e.getMessage().length() <= 200, e.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsAcceptedAndOneDeeperIsRefused() throws Exception {
        String ok = "[".repeat(BoundedJson.MAX_DEPTH) + "]".repeat(BoundedJson.MAX_DEPTH);
        String tooDeep = "[".repeat(BoundedJson.MAX_DEPTH + 1) + "]".repeat(BoundedJson.MAX_DEPTH + 1);

        assertTrue(BoundedJson.parse(ok).isJsonArray());
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> BoundedJson.parse(tooDeep));
        assertTrue(e.getMessage().contains("deeper"));
    }

    @Test
    void millionLevelsOfNestingAreRefusedWithoutStackOverflow() {
        String hostile = "{\"a\":".repeat(1_000_000) + "1" + "}".repeat(1_000_000);

        assertThrows(MalformedAnswerException.class, () -> BoundedJson.parse(hostile));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1E+999999999", "1e-999999999", "-1E+400", "1E+2147483648" })
    void numbersWithHugeExponentsAreRefused(String number) {
        String body = "{\"data\":{\"odrread\":" + number + "}}";

        assertThrows(MalformedAnswerException.class, () -> BoundedJson.parse(body));
    }

    @Test
    void numbersWithHundredsOfDigitsAreRefused() {
        String body = "{\"data\":{\"odrread\":1" + "0".repeat(200) + "}}";

        assertThrows(MalformedAnswerException.class, () -> BoundedJson.parse(body));
    }

    @Test
    void ordinaryNumbersAreKeptExactly() throws Exception {
        JsonElement tree = BoundedJson.parse("{\"a\":2.3459133E+4,\"b\":10443720000000001,\"c\":0E+0}");

        assertEquals(new BigDecimal("23459.133"), tree.getAsJsonObject().get("a").getAsBigDecimal());
        assertEquals("10443720000000001", tree.getAsJsonObject().get("b").getAsString());
        assertEquals(0, tree.getAsJsonObject().get("c").getAsBigDecimal().signum());
    }

    @Test
    void byteOrderMarkAndTopLevelValuesAreAccepted() throws Exception {
        assertTrue(BoundedJson.parse("\uFEFF{\"token\":\"x\"}").isJsonObject());
        assertEquals("x", BoundedJson.parse("\"x\"").getAsString());
    }

    @Test
    void unwrapDataReturnsTheWrappedValueOrTheAnswerItself() throws Exception {
        JsonElement wrapped = BoundedJson.parse("{\"data\":[1,2]}");
        JsonElement bare = BoundedJson.parse("{\"energyData\":[]}");
        JsonElement nullData = BoundedJson.parse("{\"data\":null,\"errorCode\":\"1\"}");

        assertTrue(BoundedJson.unwrapData(wrapped).isJsonArray());
        assertSame(bare, BoundedJson.unwrapData(bare));
        assertSame(nullData, BoundedJson.unwrapData(nullData));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"1E+999999999\"", "\"NaN\"", "\"Infinity\"", "\"2E+9\"", "\"-5E+10\"", "\"1e31\"",
            "\"12,345.6\"", "\"0x1F\"", "\"" + "9" + "\"", "true", "{}" })
    void absurdOrGarbledRegisterReadsAreRefused(String odrread) {
        String value = odrread.equals("\"9\"") ? "\"" + "9".repeat(60) + "\"" : odrread;
        String body = "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":" + value
                + ",\"odrdate\":\"06/15/2025 10:00:00\"}}";

        assertThrows(MalformedAnswerException.class,
                () -> AnswerParser.portalLatestRead(BoundedJson.parse(body), Instant.parse("2025-06-15T14:59:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "02/30/2025", "13/01/2025", "2025-02-29", "00/10/2025", "06/15/99999", "06/15/0001",
            "yesterday", "03/09/2025 02:30:00" })
    void impossibleDatesAreRefused(String date) {
        String body = "{\"data\":{\"odrstatus\":\"COMPLETED\",\"odrread\":\"100\",\"odrdate\":\"" + date + "\"}}";

        assertThrows(MalformedAnswerException.class,
                () -> AnswerParser.portalLatestRead(BoundedJson.parse(body), Instant.parse("2025-06-15T14:59:00Z")));
    }

    @Test
    void hugeKwhInIntervalRowsIsRejectedByRowWhileOtherRowsAreKept() throws Exception {
        String body = "{\"data\":{\"intervaldata\":["
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:00 am\",\"endtime\":\" 12:15 am\",\"consumption\":\"1E+999999999\"},"
                + "{\"date\":\"2025-06-15\",\"starttime\":\" 12:15 am\",\"endtime\":\" 12:30 am\",\"consumption\":0.2}]}}";

        IntervalData data = AnswerParser.portalIntervals(BoundedJson.parse(body));

        assertEquals(1, data.readings().size());
        assertEquals(1, data.rejected().size());
        assertEquals("row 1", data.rejected().get(0).where());
    }
}
