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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Live knobs of a running simulator: faults, answer shapes, ODR behaviour, token expiry, revisions.
 * Thread-safe; changes apply to the next request.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatorControl {

    private final Clock clock;
    private final Set<String> esiids;
    private final Map<Endpoint, Fault> persistentFaults = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, List<Fault>> onceFaults = new EnumMap<>(Endpoint.class);
    private final Map<Endpoint, UnaryOperator<String>> rewriters = new EnumMap<>(Endpoint.class);
    private final Map<String, List<Instant>> revisions = new ConcurrentHashMap<>();
    private final AtomicLong tokenGeneration = new AtomicLong();
    private volatile AnswerShapes shapes;
    private volatile Duration odrDelay;
    private volatile boolean odrPreviousReadFirst;
    private volatile Duration slowDelay;
    private volatile int publishHourCentral;
    private volatile String password;
    private volatile @Nullable String retryAfter = "120";

    SimulatorControl(SimulatorConfig config) {
        this.clock = config.clock();
        this.esiids = Set.copyOf(config.meters().stream().map(MeterSpec::esiid).toList());
        this.shapes = config.answerShapes();
        this.odrDelay = config.odrDelay();
        this.odrPreviousReadFirst = config.odrPreviousReadFirst();
        this.slowDelay = config.slowDelay();
        this.publishHourCentral = config.publishHourCentral();
        this.password = config.password();
    }

    /** Every request to the endpoint meets this fault until {@link #clearFaults()} or {@link #clearFault(Endpoint)}. */
    public synchronized void fault(Endpoint endpoint, Fault fault) {
        persistentFaults.put(endpoint, fault);
    }

    /** The next {@code times} requests to the endpoint meet this fault (before any persistent fault). */
    public synchronized void faultOnce(Endpoint endpoint, Fault fault, int times) {
        List<Fault> queue = onceFaults.computeIfAbsent(endpoint, e -> new ArrayList<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
    }

    /** Clears the faults of one endpoint. */
    public synchronized void clearFault(Endpoint endpoint) {
        persistentFaults.remove(endpoint);
        onceFaults.remove(endpoint);
    }

    /** Clears all faults. */
    public synchronized void clearFaults() {
        persistentFaults.clear();
        onceFaults.clear();
    }

    /** Takes the fault for the next request to this endpoint, if any (consumes a once-fault). */
    synchronized @Nullable Fault takeFault(Endpoint endpoint) {
        List<Fault> queue = onceFaults.get(endpoint);
        if (queue != null && !queue.isEmpty()) {
            Fault fault = queue.remove(0);
            if (queue.isEmpty()) {
                onceFaults.remove(endpoint);
            }
            return fault;
        }
        return persistentFaults.get(endpoint);
    }

    /**
     * Every HTTP 200 JSON answer of the endpoint passes through {@code rewriter} before it is sent: odd and hostile
     * answers for tests (duplicated or missing entries, wrong types, NaN, deep nesting). Faults come first; a
     * faulted answer is not rewritten. {@code null} removes the rewriter.
     */
    public synchronized void rewrite(Endpoint endpoint, @Nullable UnaryOperator<String> rewriter) {
        if (rewriter == null) {
            rewriters.remove(endpoint);
        } else {
            rewriters.put(endpoint, rewriter);
        }
    }

    /** The body to send instead of a normal JSON answer of the endpoint. */
    synchronized String rewritten(Endpoint endpoint, String body) {
        UnaryOperator<String> rewriter = rewriters.get(endpoint);
        return rewriter == null ? body : rewriter.apply(body);
    }

    /**
     * The account's password changes (as when the user changes it on SMT's web site): logins with the old one are
     * refused from now on; tokens already issued stay valid until they expire.
     */
    public void password(String newPassword) {
        this.password = newPassword;
    }

    /** The account's current password. */
    public String password() {
        return password;
    }

    /** Every token issued so far becomes invalid: data calls answer 401 until the client logs in again. */
    public void expireTokens() {
        tokenGeneration.incrementAndGet();
    }

    long tokenGeneration() {
        return tokenGeneration.get();
    }

    /** Switches the answer shapes live. */
    public void shapes(AnswerShapes shapes) {
        this.shapes = shapes;
    }

    public AnswerShapes shapes() {
        return shapes;
    }

    /**
     * Restates a day of a meter: new 15-minute values (and registers) and a RevTS of now (simulator clock).
     *
     * @throws IllegalArgumentException for an ESIID the simulator does not serve
     */
    public void revise(String esiid, LocalDate day) {
        if (!esiids.contains(esiid)) {
            throw new IllegalArgumentException("unknown ESIID " + esiid);
        }
        Instant now = clock.instant();
        revisions.compute(esiid + "/" + day, (k, old) -> {
            List<Instant> list = old == null ? new ArrayList<>() : new ArrayList<>(old);
            list.add(now);
            return List.copyOf(list);
        });
    }

    /** When the day was restated, oldest first; empty while it has only its first publication. */
    List<Instant> revisions(String esiid, LocalDate day) {
        List<Instant> list = revisions.get(esiid + "/" + day);
        return list == null ? List.of() : list;
    }

    /** How long after the request an ODR completes (simulator clock); applies to reads requested from now on. */
    public void odrDelay(Duration delay) {
        this.odrDelay = delay;
    }

    public Duration odrDelay() {
        return odrDelay;
    }

    /** While a new read is pending, latestodrread shows the previous completed read. */
    public void odrPreviousReadFirst(boolean value) {
        this.odrPreviousReadFirst = value;
    }

    public boolean odrPreviousReadFirst() {
        return odrPreviousReadFirst;
    }

    /** The Retry-After header of {@link Fault#TOO_MANY_REQUESTS} (seconds or an HTTP date); null sends none. */
    public void retryAfter(@Nullable String value) {
        this.retryAfter = value;
    }

    public @Nullable String retryAfter() {
        return retryAfter;
    }

    /** Real-time delay of {@link Fault#SLOW}. */
    public void slowDelay(Duration delay) {
        this.slowDelay = delay;
    }

    public Duration slowDelay() {
        return slowDelay;
    }

    /** Central hour from which yesterday's data is published. */
    public void publishHourCentral(int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("hour 0..23");
        }
        this.publishHourCentral = hour;
    }

    public int publishHourCentral() {
        return publishHourCentral;
    }
}
