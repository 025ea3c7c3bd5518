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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The tolerant reading of SMT's JSON members: codes sent as numbers, members outside the data wrapper, one row sent
 * as an object, and messages that say what kind of value came instead.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class JsonFieldsTest {

    private static JsonObject object(String json) throws MalformedAnswerException {
        return BoundedJson.parse(json).getAsJsonObject();
    }

    @Test
    void aNumericCodeIsItsWholeNumberAndATextCodeAsSent() throws Exception {
        assertEquals("0", JsonFields.code(object("{\"statusCode\":0.0}"), "statusCode"));
        assertEquals("5031", JsonFields.code(object("{\"statusCode\":5.031E+3}"), "statusCode"));
        assertEquals("0.0", JsonFields.code(object("{\"statusCode\":\"0.0\"}"), "statusCode"));
        assertNull(JsonFields.code(object("{\"statusCode\":\" \"}"), "statusCode"));
    }

    @Test
    void aMemberBesideTheDataWrapperIsFound() throws Exception {
        JsonElement answer = BoundedJson.parse("{\"data\":{\"rows\":[]},\"token\":\"t1\"}");
        assertEquals("t1", JsonFields.text(JsonFields.memberAnyLevel(answer, "token")));
    }

    @Test
    void oneRowSentAsAnObjectIsAListOfOne() throws Exception {
        JsonArray rows = Objects
                .requireNonNull(JsonFields.array(BoundedJson.parse("{\"data\":{\"rows\":{\"kwh\":1.5}}}"), "rows"));
        assertEquals(1, rows.size());
        assertEquals("1.5", rows.get(0).getAsJsonObject().get("kwh").getAsString());
    }

    @Test
    void messagesNameWhatCameInstead() throws Exception {
        MalformedAnswerException list = assertThrows(MalformedAnswerException.class,
                () -> JsonFields.object(BoundedJson.parse("[1]"), "Meter list"));
        assertEquals("Meter list: expected a JSON object, got a list", list.getMessage());
        MalformedAnswerException nested = assertThrows(MalformedAnswerException.class,
                () -> JsonFields.scalar(object("{\"esiid\":{}}"), "esiid"));
        assertEquals("esiid is an object, expected a single value", nested.getMessage());
        assertEquals("null", JsonFields.kindOf(JsonNull.INSTANCE));
        assertEquals("a single value", JsonFields.kindOf(BoundedJson.parse("1")));
    }
}
