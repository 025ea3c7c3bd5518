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

import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;

/**
 * Proves every way SMT reports an error inside a body is found, with or without a data wrapper, and that
 * successful answers (including errorCode "0") are not mistaken for errors.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class AnswerErrorsTest {

    private static Optional<AnswerError> find(String body) throws MalformedAnswerException {
        return AnswerErrors.find(BoundedJson.parse(body));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"errorCode\":\"1\",\"errorMessage\":\"No data received from the respective TDSP\"}",
            "{\"data\":{\"errorCode\":\"1\",\"errorMessage\":\"No data received from the respective TDSP\"}}",
            "{\"errorCode\":1,\"errorMessage\":\"No data received from the respective TDSP\"}",
            "{\"data\":null,\"errorCode\":\"1\",\"errorMessage\":\"No data received from the respective TDSP\"}",
            "{\"trans_id\":\"x\",\"ErrorCode\":\"1\",\"ErrorMessage\":\"No data received from the respective TDSP\"}" })
    void notYetPublishedIsFoundInEveryShape(String body) throws Exception {
        AnswerError error = find(body).orElseThrow();

        assertEquals("1", error.code());
        assertEquals("No data received from the respective TDSP", error.message());
    }

    @Test
    void apiIntegrationNotDoneIsFoundAsNumberCode() throws Exception {
        AnswerError error = find("{\"errorCode\":2076,\"errorMessage\":\"API Integration is not done\"}").orElseThrow();

        assertEquals("2076", error.code());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ERR-USR-INVALIDPASSWORDERROR", "ERR-USR-USERNOTFOUND" })
    void portalLoginErrorMessageIsTheCode(String code) throws Exception {
        assertEquals(code, find("{\"errormessage\":\"" + code + "\"}").orElseThrow().code());
        assertEquals(code, find("{\"data\":{\"errormessage\":\"" + code + "\"}}").orElseThrow().code());
    }

    @Test
    void officialErrorMemberIsFound() throws Exception {
        assertEquals("invalidCredentials", find("{\"error\":\"invalidCredentials\"}").orElseThrow().code());
        AnswerError described = find("{\"error\":\"invalid_request\",\"error_description\":\"bad body\"}")
                .orElseThrow();
        assertEquals("invalid_request", described.code());
        assertEquals("bad body", described.message());
        assertEquals("500",
                find("{\"error\":{\"code\":500,\"message\":\"Something went wrong\"}}").orElseThrow().code());
    }

    @Test
    void messageWithoutCodeIsStillAnError() throws Exception {
        AnswerError error = find("{\"errorMessage\":\"Something went wrong\"}").orElseThrow();

        assertEquals("", error.code());
        assertEquals("Something went wrong", error.message());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"token\":\"abc\"}", "{\"data\":{\"errorCode\":\"0\",\"errorMessage\":\"\"}}",
            "{\"errorCode\":0,\"errorMessage\":\"Success\"}", "{\"errorCode\":\"\",\"errorMessage\":null}",
            "{\"error\":null}", "{\"error\":false}", "{\"error\":\"\"}", "[]", "{\"data\":[{\"esiid\":\"1\"}]}",
            "{\"statusCode\":\"5031\",\"statusReason\":\"hourly limit\"}" })
    void successfulAnswersHaveNoError(String body) throws Exception {
        assertEquals(Optional.empty(), find(body));
    }

    @Test
    void longMessagesAreShortenedAndControlCharactersRemoved() throws Exception {
        AnswerError error = find("{\"errorCode\":\"9\",\"errorMessage\":\"line1\\nline2" + "x".repeat(5000) + "\"}")
                .orElseThrow();

        assertTrue(error.message().length() <= 200);
        assertFalse(error.message().contains("\n"));
    }

    // ---- every shape pinned (issue 13, mutation testing)

    @Test
    void codeWithoutMessageIsAnError() throws Exception {
        assertEquals(Optional.of(new AnswerError("5", "")), find("{\"errorCode\":\"5\"}"));
    }

    @Test
    void codesAreKeptAsSentWhenTextAndAsIntegersWhenNumbers() throws Exception {
        assertEquals("007", find("{\"errorCode\":\"007\",\"errorMessage\":\"m\"}").orElseThrow().code());
        assertEquals("1000", find("{\"errorCode\":1.0E3,\"errorMessage\":\"m\"}").orElseThrow().code());
        assertEquals("1.5", find("{\"errorCode\":1.5,\"errorMessage\":\"m\"}").orElseThrow().code());
    }

    @Test
    void loginMessageIsTheCodeUpToSixtyFourChars() throws Exception {
        String longest = "E".repeat(64);

        assertEquals(longest, find("{\"errormessage\":\"" + longest + "\"}").orElseThrow().code());
        assertEquals("", find("{\"errormessage\":\"" + longest + "E\"}").orElseThrow().code());
    }

    @Test
    void nestedErrorObjectIsReadInEachShape() throws Exception {
        assertEquals(Optional.of(new AnswerError("7", "nested")),
                find("{\"error\":{\"errorCode\":\"7\",\"errorMessage\":\"nested\"}}"));
        assertEquals(Optional.of(new AnswerError("500", "Something went wrong")),
                find("{\"error\":{\"code\":500,\"message\":\"Something went wrong\"}}"));
        assertEquals(Optional.of(new AnswerError("500", "")), find("{\"error\":{\"code\":500}}"));
        assertEquals(Optional.of(new AnswerError("", "Something went wrong")),
                find("{\"error\":{\"description\":\"Something went wrong\"}}"));
        assertEquals(Optional.empty(), find("{\"error\":{}}"));
    }

    @Test
    void errorFlagIsAnErrorWithItsDescriptionIfAny() throws Exception {
        assertEquals(Optional.of(new AnswerError("", "")), find("{\"error\":true}"));
        assertEquals(Optional.of(new AnswerError("", "bad body")),
                find("{\"error\":\"TRUE\",\"error_description\":\"bad body\"}"));
        assertEquals(Optional.of(new AnswerError("invalidCredentials", "invalidCredentials")),
                find("{\"error\":\"invalidCredentials\"}"));
        assertEquals(Optional.empty(), find("{\"error\":0}"));
    }
}
