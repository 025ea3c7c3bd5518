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

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One complete HTTP answer: status, content type and body.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
record Reply(int status, String contentType, byte[] body) {

    static final String JSON = "application/json";
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    static Reply json(int status, JsonElement body) {
        return new Reply(status, JSON, GSON.toJson(body).getBytes(StandardCharsets.UTF_8));
    }

    static Reply json(int status, String key, String value) {
        JsonObject body = new JsonObject();
        body.addProperty(key, value);
        return json(status, body);
    }

    static Reply html(int status, String html) {
        return new Reply(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static Reply text(int status, String text) {
        return new Reply(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Akamai's bot-protection page. */
    static Reply accessDenied(String path) {
        String reference = "#18." + Integer.toHexString(path.hashCode() & 0xfffffff) + ".1700000000.5a2b3c";
        return html(403,
                "<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\n \n"
                        + "You don't have permission to access \"http&#58;&#47;&#47;www&#46;smartmetertexas&#46;com"
                        + path + "\" on this server.<P>\nReference&#32;" + reference + "\n</BODY>\n</HTML>\n");
    }

    static Reply notFound(String path) {
        return html(404, "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
                + "<p>The requested URL was not found on this server.</p></body></html>");
    }
}
