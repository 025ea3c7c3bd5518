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

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * No 4 characters in a row of a password or token survive in a message, in whatever form a server echoes them:
 * raw, JSON-escaped (once or twice, Gson's HTML-safe and plain styles, {@code \}{@code uXXXX} for everything),
 * URL-encoded, in another letter case, or cut off; and fields whose names say they are secret are masked even when
 * the secret is unknown.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class RedactorTest {

    /** Quotes, backslashes, HTML-escaped characters and non-ASCII, as a hostile test would choose. */
    static final String PASSWORD = "Q\"uo\\te'd<&>=Zürich€ñ\\\"x";
    static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.Tk9ULUEtUkVBTC1UT0tFTg.s1gnAtur3";

    private static final Gson HTML_SAFE = new Gson();
    private static final Gson PLAIN = new GsonBuilder().disableHtmlEscaping().create();

    private static Redactor redactor() {
        Redactor redactor = new Redactor(List.of(PASSWORD, ""));
        redactor.addToken(TOKEN);
        return redactor;
    }

    /** Every form of every 4-character run of the secret that must not appear. */
    static List<String> forms(String secret) {
        List<String> forms = new ArrayList<>();
        for (int i = 0; i + 4 <= secret.length(); i++) {
            String run = secret.substring(i, i + 4);
            forms.add(run.toLowerCase(Locale.ROOT));
            forms.add(unquoted(HTML_SAFE.toJson(run)).toLowerCase(Locale.ROOT));
            forms.add(unquoted(PLAIN.toJson(run)).toLowerCase(Locale.ROOT));
            forms.add(URLEncoder.encode(run, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
            forms.add(allEscaped(run).toLowerCase(Locale.ROOT));
        }
        return forms;
    }

    static void assertNoRunOf(String secret, String shown) {
        String folded = shown.toLowerCase(Locale.ROOT);
        for (String form : forms(secret)) {
            assertFalse(folded.contains(form), "'" + form + "' of the secret shows in: " + shown);
        }
    }

    private static String unquoted(String json) {
        return json.substring(1, json.length() - 1);
    }

    private static String allEscaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }

    private static String loginBody(String password) {
        JsonObject body = new JsonObject();
        body.addProperty("username", "someone");
        body.addProperty("password", password);
        body.addProperty("rememberMe", "true");
        return body.toString();
    }

    @Test
    void thePasswordIsMaskedInEveryFormAServerMayEchoIt() {
        Redactor redactor = redactor();
        String login = loginBody(PASSWORD);
        JsonObject echo = new JsonObject();
        echo.addProperty("error", "Something went wrong");
        echo.addProperty("request", login);
        List<String> bodies = List.of(login, HTML_SAFE.toJson(echo), PLAIN.toJson(echo),
                "{\"echo\":\"" + allEscaped(PASSWORD) + "\"}",
                "username=someone&pwd=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8),
                "login failed for " + PASSWORD.toUpperCase(Locale.ROOT) + " and " + PASSWORD.toLowerCase(Locale.ROOT),
                "{\"note\":\"partly " + PASSWORD.substring(3, 12) + "\"}");
        for (String body : bodies) {
            String excerpt = redactor.excerpt(body);
            assertNoRunOf(PASSWORD, excerpt);
            assertNoRunOf(PASSWORD, redactor.clean(body));
            assertTrue(excerpt.contains("***"), excerpt);
        }
        assertTrue(redactor.excerpt(HTML_SAFE.toJson(echo)).contains("Something went wrong"),
                "the rest stays readable");
    }

    @Test
    void masksBeforeTheExcerptIsCut() {
        Redactor redactor = redactor();
        for (int pad = 180; pad < 210; pad++) {
            String body = "x".repeat(pad) + PASSWORD + TOKEN + " end";
            String excerpt = redactor.excerpt(body);
            assertNoRunOf(PASSWORD, excerpt);
            assertNoRunOf(TOKEN, excerpt);
        }
    }

    @Test
    void aTokenEchoedInAnotherCaseOrUnderAnyNameIsMasked() {
        Redactor redactor = redactor();
        String unknown = "k3y-N0b0dy-t0ld-us-ab0ut";
        String body = "{\"x_Session_TOKEN_v2\":\"" + unknown + "\",\"AUTHORIZATION\":\"BEARER "
                + TOKEN.toUpperCase(Locale.ROOT) + "\",\"debug\":\"token was " + TOKEN.toLowerCase(Locale.ROOT)
                + "\",\"clientSecret\":12345678,\"Credentials\":{\"user\":\"a\",\"value\":\"" + unknown
                + "\"},\"myPassword\":\"" + unknown + "\"}";
        String shown = redactor.clean(body);
        assertNoRunOf(TOKEN, shown);
        assertFalse(shown.contains("k3y-N0b0dy"), shown);
        assertFalse(shown.contains("12345678"), shown);
        assertTrue(shown.contains("\"x_Session_TOKEN_v2\":\"***\""), shown);

        String headers = "Authorization: Bearer " + TOKEN + "\nX-Api-Key: " + unknown + "\nSet-Cookie: JSESSIONID="
                + unknown + "; Path=/";
        String shownHeaders = redactor.clean(headers);
        assertNoRunOf(TOKEN, shownHeaders);
        assertFalse(shownHeaders.contains("N0b0dy"), shownHeaders);
    }

    @Test
    void ordinaryAnswersStayAsTheyAreButPrintable() {
        Redactor redactor = redactor();
        assertEquals("{\"error\":\"Something went wrong\"}", redactor.clean("{\"error\":\"Something went wrong\"}"));
        assertEquals("{\"errorCode\":\"1\", \"errorMessage\":\"No data received from the respective TDSP\"}", redactor
                .excerpt("{\"errorCode\":\"1\",\r\n\"errorMessage\":\"No data received from the respective TDSP\"}"));
        String hostile = redactor.excerpt("{\"error\":\"\u001b]0;owned\u0007\u001b[2J\u202eevil\u0000\"}");
        assertTrue(hostile.chars().noneMatch(c -> SafeText.isUnsafe((char) c)), hostile);
    }
}
