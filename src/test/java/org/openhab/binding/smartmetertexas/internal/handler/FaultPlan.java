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
package org.openhab.binding.smartmetertexas.internal.handler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorControl;

/**
 * A reproducible storm of SMT faults for the portal flow, drawn from one seed: per endpoint, windows in which every
 * request meets the same fault (403 pages, 500, 503, maintenance pages, cut-off JSON, errorCode 1, failed or stuck
 * reads), and single events in between (a timeout, a reset connection, a 401, every token expiring). It switches them
 * on the simulator at their instants and remembers when each window really was open, so an audit can tell which
 * requests SMT answered with 403 (the simulator records requests, not answers).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class FaultPlan {

    /** One switch: a window opening ({@code fault} set) or closing, or a single event. */
    record Event(Instant at, Endpoint endpoint, @Nullable Fault fault, Kind kind) {
    }

    /** What an event does. */
    enum Kind {
        OPEN,
        CLOSE,
        ONCE,
        EXPIRE_TOKENS
    }

    /** A window as it really was open on the simulator: requests in (from, to] met the fault. */
    record Window(Endpoint endpoint, Fault fault, Instant from, Instant to) {
        boolean covers(Instant time) {
            return time.isAfter(from) && !time.isAfter(to);
        }
    }

    private static final List<Fault> COMMON = List.of(Fault.FORBIDDEN_HTML, Fault.HTTP_500, Fault.UNAVAILABLE_TEXT,
            Fault.MAINTENANCE_HTML, Fault.MALFORMED_JSON);
    private static final List<Fault> DATA = List.of(Fault.FORBIDDEN_HTML, Fault.HTTP_500, Fault.UNAVAILABLE_TEXT,
            Fault.MAINTENANCE_HTML, Fault.MALFORMED_JSON, Fault.ERROR_CODE_1, Fault.ERROR_CODE_1);
    private static final List<Fault> READS = List.of(Fault.FORBIDDEN_HTML, Fault.HTTP_500, Fault.UNAVAILABLE_TEXT,
            Fault.MAINTENANCE_HTML, Fault.MALFORMED_JSON, Fault.ERROR_CODE_1, Fault.ODR_FAILED, Fault.ODR_T_FAILED,
            Fault.ODR_STUCK_PENDING, Fault.ODR_STUCK_PENDING);
    private static final List<Fault> STATUS = List.of(Fault.FORBIDDEN_HTML, Fault.HTTP_500, Fault.UNAVAILABLE_TEXT,
            Fault.MAINTENANCE_HTML, Fault.MALFORMED_JSON, Fault.ODR_FAILED, Fault.ODR_T_FAILED, Fault.ODR_STUCK_PENDING,
            Fault.ODR_STUCK_PENDING);
    /** Faults of single requests; a timeout costs real time (the client's idle timeout), so it is rarer. */
    private static final List<Fault> SINGLE = List.of(Fault.CONNECTION_RESET, Fault.CONNECTION_RESET, Fault.HTTP_401,
            Fault.HTTP_401, Fault.TIMEOUT);

    private static final Map<String, Endpoint> PATHS = Map.of("/commonapi/user/authenticate", Endpoint.PORTAL_LOGIN,
            "/api/meter", Endpoint.PORTAL_METERS, "/api/ondemandread", Endpoint.PORTAL_ODR, "/api/usage/latestodrread",
            Endpoint.PORTAL_LATEST_ODR, "/api/usage/interval", Endpoint.PORTAL_INTERVAL, "/api/adhoc/intervalsynch",
            Endpoint.PORTAL_INTERVALSYNCH, "/api/usage/daily", Endpoint.PORTAL_DAILY, "/api/usage/monthly",
            Endpoint.PORTAL_MONTHLY);

    private final List<Event> events;
    private final List<Window> windows = new ArrayList<>();
    private final Map<Endpoint, Instant> openSince = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, Fault> openFault = new EnumMap<>(Endpoint.class);

    private FaultPlan(List<Event> events) {
        this.events = events;
    }

    /**
     * Draws the faults of {@code [start, end)}: windows of 5 minutes to 4 hours, about one a day per endpoint, and
     * a few single events a day.
     */
    static FaultPlan draw(long seed, Instant start, Instant end) {
        Random random = new Random(seed);
        List<Event> events = new ArrayList<>();
        Map<Endpoint, List<Instant[]>> open = new EnumMap<>(Endpoint.class);
        for (Endpoint endpoint : PATHS.values().stream().sorted().toList()) {
            List<Instant[]> spans = new ArrayList<>();
            Instant at = start.plus(pause(random));
            while (at.isBefore(end)) {
                Duration length = Duration.ofMinutes(5 + (long) (235 * Math.pow(random.nextDouble(), 2)));
                Instant until = at.plus(length).isBefore(end) ? at.plus(length) : end;
                List<Fault> faults = faultsOf(endpoint);
                Fault fault = faults.get(random.nextInt(faults.size()));
                events.add(new Event(at, endpoint, fault, Kind.OPEN));
                events.add(new Event(until, endpoint, null, Kind.CLOSE));
                spans.add(new Instant[] { at, until });
                at = until.plus(pause(random));
            }
            open.put(endpoint, spans);
        }
        long seconds = Duration.between(start, end).toSeconds();
        long days = Math.max(1, seconds / 86_400);
        List<Endpoint> endpoints = PATHS.values().stream().sorted().toList();
        for (int i = 0; i < 4 * days; i++) {
            Instant at = start.plusSeconds((long) (random.nextDouble() * seconds));
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            Fault fault = SINGLE.get(random.nextInt(SINGLE.size()));
            boolean inWindow = open.getOrDefault(endpoint, List.of()).stream()
                    .anyMatch(span -> !at.isBefore(span[0]) && !at.isAfter(span[1]));
            boolean loginRefusal = endpoint == Endpoint.PORTAL_LOGIN && fault == Fault.HTTP_401;
            if (!inWindow && !loginRefusal) {
                events.add(new Event(at, endpoint, fault, Kind.ONCE));
            }
        }
        for (int i = 0; i < 2 * days; i++) {
            Instant at = start.plusSeconds((long) (random.nextDouble() * seconds));
            events.add(new Event(at, Endpoint.PORTAL_LOGIN, null, Kind.EXPIRE_TOKENS));
        }
        // Closing before opening at the same instant, so back-to-back windows do not cancel each other.
        events.sort(Comparator.comparing(Event::at).thenComparing(e -> e.kind() == Kind.CLOSE ? 0 : 1));
        return new FaultPlan(List.copyOf(events));
    }

    /** About one window a day per endpoint: the gaps average a day. */
    private static Duration pause(Random random) {
        return Duration.ofMinutes(60 + (long) (-Math.log(1 - random.nextDouble()) * 23 * 60));
    }

    private static List<Fault> faultsOf(Endpoint endpoint) {
        return switch (endpoint) {
            case PORTAL_ODR -> READS;
            case PORTAL_LATEST_ODR -> STATUS;
            case PORTAL_INTERVAL, PORTAL_INTERVALSYNCH, PORTAL_DAILY, PORTAL_MONTHLY -> DATA;
            default -> COMMON;
        };
    }

    List<Event> events() {
        return events;
    }

    /** Switches the event on the simulator now; {@code now} is when it really happens (on the shared clock). */
    void apply(Event event, SimulatorControl control, Instant now) {
        Endpoint endpoint = event.endpoint();
        Fault fault = event.fault();
        switch (event.kind()) {
            case OPEN -> {
                if (fault != null) {
                    // A pending single fault must not take the window's first request.
                    control.clearFault(endpoint);
                    control.fault(endpoint, fault);
                    openSince.put(endpoint, now);
                    openFault.put(endpoint, fault);
                }
            }
            case CLOSE -> close(endpoint, control, now);
            case ONCE -> {
                if (fault != null && !openSince.containsKey(endpoint)) {
                    control.faultOnce(endpoint, fault, 1);
                }
            }
            case EXPIRE_TOKENS -> control.expireTokens();
        }
    }

    /** Closes every window still open (the end of the storm). */
    void closeAll(SimulatorControl control, Instant now) {
        for (Endpoint endpoint : List.copyOf(openSince.keySet())) {
            close(endpoint, control, now);
        }
        control.clearFaults();
    }

    private void close(Endpoint endpoint, SimulatorControl control, Instant now) {
        control.clearFault(endpoint);
        Instant since = openSince.remove(endpoint);
        Fault fault = openFault.remove(endpoint);
        if (since != null && fault != null) {
            windows.add(new Window(endpoint, fault, since, now));
        }
    }

    /** The windows as they were open. */
    List<Window> windows() {
        return List.copyOf(windows);
    }

    /** Whether the request met the fault of a window (single faults are not tracked). */
    boolean met(RecordedRequest request, Fault fault) {
        Endpoint endpoint = endpointOf(request);
        return endpoint != null && windows.stream()
                .anyMatch(w -> w.endpoint() == endpoint && w.fault() == fault && w.covers(request.time()));
    }

    /** Whether the request met any window's fault. */
    boolean metAny(RecordedRequest request) {
        Endpoint endpoint = endpointOf(request);
        return endpoint != null && windows.stream().anyMatch(w -> w.endpoint() == endpoint && w.covers(request.time()));
    }

    static @Nullable Endpoint endpointOf(RecordedRequest request) {
        String path = request.path();
        return PATHS.get(path.startsWith("//") ? path.substring(1) : path);
    }
}
