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
package org.openhab.binding.smartmetertexas.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A plain JDK HTTP client that trusts only the simulator's CA: the tests' independent view of the wire.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class TestClient {

    static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/124.0 Safari/537.36";

    private static final Gson GSON = new Gson();

    final SmtSimulator simulator;
    final HttpClient http;
    private @Nullable String portalToken;
    private @Nullable String officialToken;

    TestClient(SmtSimulator simulator) throws GeneralSecurityException {
        this.simulator = simulator;
        this.http = HttpClient.newBuilder().sslContext(sslContext(simulator)).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    static SSLContext sslContext(SmtSimulator simulator) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(simulator.trustStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    HttpRequest.Builder request(String path, String body) {
        return HttpRequest.newBuilder(URI.create(simulator.portalUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpRequest.Builder browser(String path, String body) {
        return request(path, body).header("User-Agent", BROWSER).header("Origin", "https://www.smartmetertexas.com")
                .header("Referer", "https://www.smartmetertexas.com/home")
                .header("Accept", "application/json, text/plain, */*");
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> portalLogin(String username, String password) throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("username", username);
        body.addProperty("password", password);
        body.addProperty("rememberMe", "true");
        return send(browser("//commonapi/user/authenticate", body.toString()));
    }

    String portalToken() throws IOException, InterruptedException {
        String token = portalToken;
        if (token == null) {
            HttpResponse<String> response = portalLogin(simulator.username(), simulator.password());
            token = json(response).getAsJsonObject().get("token").getAsString();
            portalToken = token;
        }
        return token;
    }

    void forgetTokens() {
        portalToken = null;
        officialToken = null;
    }

    /** A portal data call with browser headers and the bearer token. */
    HttpResponse<String> portal(String path, String body) throws IOException, InterruptedException {
        return send(browser(path, body).header("Authorization", "Bearer " + portalToken()));
    }

    /** The portal answer's payload inside "data". */
    JsonElement portalData(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = portal(path, body);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).getAsJsonObject().get("data");
    }

    String officialToken() throws IOException, InterruptedException {
        String token = officialToken;
        if (token == null) {
            JsonObject body = new JsonObject();
            body.addProperty("username", simulator.username());
            body.addProperty("password", simulator.password());
            HttpResponse<String> response = send(request("/v2/token/", body.toString()));
            token = json(response).getAsJsonObject().get("accessToken").getAsString();
            officialToken = token;
        }
        return token;
    }

    /** A body with the official API's common fields. */
    JsonObject officialBody(Map<String, Object> fields) {
        JsonObject body = new JsonObject();
        body.addProperty("trans_id", "t-1");
        body.addProperty("requestorID", simulator.username());
        body.addProperty("requesterType", "RES");
        body.addProperty("SMTTermsandConditions", "Y");
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            body.add(field.getKey(), GSON.toJsonTree(field.getValue()));
        }
        return body;
    }

    HttpResponse<String> official(String path, JsonObject body) throws IOException, InterruptedException {
        return send(request(path, body.toString()).header("Authorization", "Bearer " + officialToken()));
    }

    static JsonElement json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body());
    }
}
