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
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.io.ssl.SslConnection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The one Jetty handler: records each request, routes it to an {@link Endpoint}, applies the endpoint's
 * fault, and answers. Slow and never-answered exchanges are suspended (async) so they hold no thread.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimulatorHandler extends AbstractHandler {

    private static final int MAX_REQUEST_BODY = 1024 * 1024;
    private static final int MAX_RECORDED = 100_000;
    private static final Map<String, Endpoint> ROUTES = Map.ofEntries(
            Map.entry("/commonapi/user/authenticate", Endpoint.PORTAL_LOGIN),
            Map.entry("//commonapi/user/authenticate", Endpoint.PORTAL_LOGIN),
            Map.entry("/api/meter", Endpoint.PORTAL_METERS), //
            Map.entry("/api/ondemandread", Endpoint.PORTAL_ODR),
            Map.entry("/api/usage/latestodrread", Endpoint.PORTAL_LATEST_ODR),
            Map.entry("/api/usage/interval", Endpoint.PORTAL_INTERVAL),
            Map.entry("/api/adhoc/intervalsynch", Endpoint.PORTAL_INTERVALSYNCH),
            Map.entry("/api/usage/daily", Endpoint.PORTAL_DAILY),
            Map.entry("/api/usage/monthly", Endpoint.PORTAL_MONTHLY), Map.entry("/v2/token/", Endpoint.OFFICIAL_TOKEN),
            Map.entry("/v2/15minintervalreads/", Endpoint.OFFICIAL_INTERVALS),
            Map.entry("/v2/dailyreads/", Endpoint.OFFICIAL_DAILY),
            Map.entry("/v2/monthlybillingInformation/", Endpoint.OFFICIAL_MONTHLY),
            Map.entry("/v2/odr/", Endpoint.OFFICIAL_ODR), //
            Map.entry("/v2/odrstatus/", Endpoint.OFFICIAL_ODR_STATUS));

    private final Logger logger = LoggerFactory.getLogger(SimulatorHandler.class);
    private final Clock clock;
    private final SimulatorControl control;
    private final PortalApi portal;
    private final OfficialApi official;
    private final Scheduler scheduler;
    private final long oversizedBytes;
    private final Deque<RecordedRequest> recorded = new ArrayDeque<>();
    private final Set<Suspended> suspended = ConcurrentHashMap.newKeySet();

    private record Suspended(AsyncContext context, EndPoint endPoint) {
    }

    SimulatorHandler(Clock clock, SimulatorControl control, PortalApi portal, OfficialApi official, Scheduler scheduler,
            long oversizedBytes) {
        this.clock = clock;
        this.control = control;
        this.portal = portal;
        this.official = official;
        this.scheduler = scheduler;
        this.oversizedBytes = oversizedBytes;
    }

    List<RecordedRequest> requests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    void clearRequests() {
        synchronized (recorded) {
            recorded.clear();
        }
    }

    /** Cuts every exchange still waiting (TIMEOUT, SLOW) so closing does not wait for them. */
    void abortSuspended() {
        for (Suspended s : new ArrayList<>(suspended)) {
            s.endPoint().close();
        }
        suspended.clear();
    }

    @Override
    public void handle(@Nullable String target, @Nullable Request baseRequest, @Nullable HttpServletRequest request,
            @Nullable HttpServletResponse response) throws IOException {
        if (baseRequest != null && request != null && response != null) {
            baseRequest.setHandled(true);
            handle(baseRequest, request, response);
        }
    }

    private void handle(Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Instant now = clock.instant();
        String path = baseRequest.getHttpURI().getPath();
        if (path == null) {
            path = "/";
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", Collections.list(request.getHeaders(name))));
        }
        byte[] bodyBytes = request.getInputStream().readNBytes(MAX_REQUEST_BODY + 1);
        String body = new String(bodyBytes, 0, Math.min(bodyBytes.length, MAX_REQUEST_BODY), StandardCharsets.UTF_8);
        record(new RecordedRequest(now, request.getMethod(), path, Collections.unmodifiableMap(headers), body));

        Endpoint endpoint = ROUTES.get(path);
        if (endpoint == null) {
            write(response, Reply.notFound(path));
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            write(response, Reply.text(405, "Method Not Allowed"));
            return;
        }
        if (bodyBytes.length > MAX_REQUEST_BODY) {
            write(response, Reply.text(413, "Request Entity Too Large"));
            return;
        }
        Exchange exchange = new Exchange(now, path, headers, body,
                endpoint.isPortal() ? PortalApi::error : OfficialApi::error);
        Fault fault = control.takeFault(endpoint);
        if (fault == null) {
            write(response, rewritten(endpoint, answer(endpoint, exchange, null)));
            return;
        }
        switch (fault) {
            case HTTP_401 -> write(response, endpoint.isPortal() ? Reply.json(401, "message", "Unauthorized")
                    : Reply.json(401, "error", "unauthorized"));
            case FORBIDDEN_HTML -> write(response, Reply.accessDenied(path));
            case NOT_FOUND -> write(response, Reply.notFound(path));
            case HTTP_500 -> write(response, Reply.json(500, "error", "Something went wrong"));
            case UNAVAILABLE_TEXT -> write(response,
                    Reply.text(503, "Service Unavailable - Zero size object\nThe server is temporarily unable to "
                            + "service your request. Please try again later.\n"));
            case MAINTENANCE_HTML -> write(response,
                    Reply.html(200, "<!DOCTYPE html><html><head><title>"
                            + "Smart Meter Texas - Maintenance</title></head><body><h1>Scheduled Maintenance</h1>"
                            + "<p>Smart Meter Texas is currently undergoing scheduled maintenance. "
                            + "Please check back later.</p></body></html>"));
            case MALFORMED_JSON -> write(response, new Reply(200, Reply.JSON,
                    "{\"data\":{\"energyData\":[{\"DT\":\"01/0".getBytes(StandardCharsets.UTF_8)));
            case ERROR_CODE_1 -> write(response, errorCode1(endpoint));
            case SLOW -> slow(baseRequest, request, answer(endpoint, exchange, null));
            case TIMEOUT -> suspend(baseRequest, request);
            case CONNECTION_RESET -> reset(baseRequest);
            case OVERSIZED_BODY -> oversized(response, endpoint);
            case ODR_FAILED, ODR_T_FAILED, ODR_STUCK_PENDING -> write(response, answer(endpoint, exchange, fault));
            case TOO_MANY_REQUESTS -> {
                String retryAfter = control.retryAfter();
                if (retryAfter != null) {
                    response.setHeader("Retry-After", retryAfter);
                }
                write(response, Reply.text(429, "Too Many Requests"));
            }
            case STALE_KEEP_ALIVE -> {
                if (baseRequest.getHttpChannel().getRequests() > 1) {
                    // the server's keep-alive ended as the request came: closed, no answer
                    baseRequest.getHttpChannel().getEndPoint().close();
                } else {
                    write(response, rewritten(endpoint, answer(endpoint, exchange, null)));
                }
            }
            case ECHO_REQUEST -> write(response, echo(exchange));
            case ESIID_NOT_ON_ACCOUNT -> write(response, endpoint.isPortal()
                    ? PortalApi.error("ESIID " + requestedEsiid(exchange) + " is not on this account")
                    : OfficialApi.error("esiid " + requestedEsiid(exchange) + " is not associated with this user"));
            case METER_NUMBER_NOT_OF_ESIID -> write(response,
                    endpoint.isPortal() ? PortalApi.error(PortalApi.METER_NUMBER_MISMATCH)
                            : OfficialApi.error(PortalApi.METER_NUMBER_MISMATCH));
            case REQUESTER_TYPE_REFUSED -> write(response, OfficialApi.error(OfficialApi.REQUESTER_TYPE_REFUSED));
        }
    }

    private void record(RecordedRequest request) {
        synchronized (recorded) {
            if (recorded.size() >= MAX_RECORDED) {
                recorded.removeFirst();
            }
            recorded.addLast(request);
        }
    }

    private Reply answer(Endpoint endpoint, Exchange exchange, @Nullable Fault odrFault) {
        try {
            return switch (endpoint) {
                case PORTAL_LOGIN -> portal.login(exchange);
                case PORTAL_METERS -> portal.meters(exchange);
                case PORTAL_ODR -> portal.requestOdr(exchange, odrFault);
                case PORTAL_LATEST_ODR -> portal.latestOdr(exchange, odrFault);
                case PORTAL_INTERVAL -> portal.interval(exchange);
                case PORTAL_INTERVALSYNCH -> portal.intervalSynch(exchange);
                case PORTAL_DAILY -> portal.daily(exchange);
                case PORTAL_MONTHLY -> portal.monthly(exchange);
                case OFFICIAL_TOKEN -> official.token(exchange);
                case OFFICIAL_INTERVALS -> official.intervals(exchange);
                case OFFICIAL_DAILY -> official.daily(exchange);
                case OFFICIAL_MONTHLY -> official.monthly(exchange);
                case OFFICIAL_ODR -> official.requestOdr(exchange, odrFault);
                case OFFICIAL_ODR_STATUS -> official.odrStatus(exchange, odrFault);
            };
        } catch (BadRequest e) {
            return e.reply();
        } catch (RuntimeException e) {
            logger.warn("Simulator failed on {}", endpoint, e);
            return Reply.json(500, "error", "Something went wrong");
        }
    }

    /** A normal JSON answer through the endpoint's rewriter, if the tests set one. */
    private Reply rewritten(Endpoint endpoint, Reply reply) {
        if (reply.status() != 200 || !reply.contentType().startsWith(Reply.JSON)) {
            return reply;
        }
        String body = new String(reply.body(), StandardCharsets.UTF_8);
        String changed = control.rewritten(endpoint, body);
        return changed.equals(body) ? reply
                : new Reply(reply.status(), reply.contentType(), changed.getBytes(StandardCharsets.UTF_8));
    }

    /** A debug error page that echoes the request (Gson's default escaping: HTML-safe, like many servers'). */
    private static Reply echo(Exchange exchange) {
        JsonObject echo = new JsonObject();
        echo.addProperty("error", "Something went wrong");
        echo.addProperty("path", exchange.path);
        echo.addProperty("requestBody", exchange.body);
        JsonObject headers = new JsonObject();
        exchange.headers.forEach(headers::addProperty);
        echo.add("requestHeaders", headers);
        return new Reply(500, Reply.JSON, new Gson().toJson(echo).getBytes(StandardCharsets.UTF_8));
    }

    /** The ESIID a request names, whatever its field, or "" without one. */
    private static String requestedEsiid(Exchange exchange) {
        try {
            for (String field : List.of("ESIID", "esiid")) {
                JsonElement value = exchange.json().get(field);
                if (value != null && value.isJsonArray() && !value.getAsJsonArray().isEmpty()) {
                    return value.getAsJsonArray().get(0).getAsString();
                }
                if (value != null && value.isJsonPrimitive()) {
                    return value.getAsString();
                }
            }
        } catch (BadRequest | RuntimeException e) {
            // no ESIID to name
        }
        return "";
    }

    private Reply errorCode1(Endpoint endpoint) {
        AnswerFormat format = new AnswerFormat(control.shapes());
        var payload = PortalApi.errorCode1Payload(format);
        return Reply.json(200, endpoint.isPortal() ? format.wrapPortal(payload) : format.wrapOfficial(payload));
    }

    private static void write(HttpServletResponse response, Reply reply) throws IOException {
        response.setStatus(reply.status());
        response.setContentType(reply.contentType());
        response.setContentLength(reply.body().length);
        OutputStream out = response.getOutputStream();
        out.write(reply.body());
        out.flush();
    }

    private AsyncContext suspend(Request baseRequest, HttpServletRequest request) {
        AsyncContext context = request.startAsync();
        context.setTimeout(0);
        Suspended entry = new Suspended(context, baseRequest.getHttpChannel().getEndPoint());
        suspended.add(entry);
        context.addListener(new AsyncListener() {
            @Override
            public void onComplete(@Nullable AsyncEvent event) {
                suspended.remove(entry);
            }

            @Override
            public void onTimeout(@Nullable AsyncEvent event) {
                suspended.remove(entry);
                entry.endPoint().close();
            }

            @Override
            public void onError(@Nullable AsyncEvent event) {
                suspended.remove(entry);
            }

            @Override
            public void onStartAsync(@Nullable AsyncEvent event) {
            }
        });
        return context;
    }

    private void slow(Request baseRequest, HttpServletRequest request, Reply reply) {
        AsyncContext context = suspend(baseRequest, request);
        Duration delay = control.slowDelay();
        scheduler.schedule(() -> {
            try {
                write((HttpServletResponse) context.getResponse(), reply);
                context.complete();
            } catch (IOException | RuntimeException e) {
                logger.debug("Slow answer not delivered: {}", e.getMessage());
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Resets the TCP connection (SO_LINGER 0, then close: the peer sees RST, not a clean end). */
    private void reset(Request baseRequest) {
        EndPoint endPoint = baseRequest.getHttpChannel().getEndPoint();
        if (endPoint instanceof SslConnection.DecryptedEndPoint decrypted) {
            endPoint = decrypted.getSslConnection().getEndPoint();
        }
        if (endPoint instanceof SocketChannelEndPoint socket) {
            try {
                socket.getSocket().setSoLinger(true, 0);
            } catch (IOException e) {
                logger.debug("Cannot set SO_LINGER: {}", e.getMessage());
            }
        }
        endPoint.close();
    }

    /** Streams valid-looking JSON of the configured size without holding it in memory. */
    private void oversized(HttpServletResponse response, Endpoint endpoint) {
        response.setStatus(200);
        response.setContentType(Reply.JSON);
        AnswerFormat format = new AnswerFormat(control.shapes());
        boolean wrapped = endpoint.isPortal() ? format.shapes().portalDataWrapper()
                : format.shapes().officialDataWrapper();
        String head = (wrapped ? "{\"data\":" : "") + "{\"energyData\":[";
        String tail = "]}" + (wrapped ? "}" : "");
        StringBuilder rd = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            rd.append(i > 0 ? "," : "").append(i >= 8 && i < 12 ? "" : ".25" + (i % 10) + "-A");
        }
        LocalDate day = LocalDate.of(2020, 1, 1);
        try {
            OutputStream out = response.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            long written = head.length();
            StringBuilder chunk = new StringBuilder(70_000);
            boolean first = true;
            while (written < oversizedBytes) {
                chunk.setLength(0);
                while (chunk.length() < 64_000) {
                    chunk.append(first ? "" : ",").append("{\"DT\":\"").append(format.date(day))
                            .append("\",\"RevTS\":\"").append(format.date(day.plusDays(1)))
                            .append(" 08:15:00\",\"RT\":\"C\",\"RD\":\"").append(rd).append("\"}");
                    first = false;
                    day = day.plusDays(1);
                }
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            logger.debug("Oversized answer cut by the client: {}", e.getMessage());
        }
    }
}
