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
package org.openhab.binding.smartmetertexas.internal.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Spaces one account's requests: at least 2 s apart and never more than 5 in any 10 s.
 * Callers reserve a slot and wait until it comes; reservations queue, so parallel callers never share one.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AccountPacer {

    public static final Duration MIN_SPACING = Duration.ofSeconds(2);
    public static final int WINDOW_MAX_REQUESTS = 5;
    public static final Duration WINDOW = Duration.ofSeconds(10);

    private final Clock clock;
    private final Duration spacing;
    private final int windowMax;
    private final Duration window;
    /** The latest reserved slots, oldest first; never more than windowMax of them. */
    private final Deque<Instant> reserved = new ArrayDeque<>();

    public AccountPacer(Clock clock) {
        this(clock, MIN_SPACING, WINDOW_MAX_REQUESTS, WINDOW);
    }

    /** With other limits: lets tests show the window rule on its own (at 2 s spacing it never binds). */
    AccountPacer(Clock clock, Duration spacing, int windowMax, Duration window) {
        this.clock = clock;
        this.spacing = spacing;
        this.windowMax = windowMax;
        this.window = window;
    }

    /** The earliest instant the next request may go. */
    public synchronized Instant earliestSend() {
        Instant now = clock.instant();
        Instant last = reserved.peekLast();
        if (last == null) {
            return now;
        }
        Instant earliest = last.plus(spacing);
        if (reserved.size() >= windowMax) {
            // The request windowMax places back must have left the window.
            Iterator<Instant> oldestFirst = reserved.iterator();
            Instant first = oldestFirst.next();
            Instant windowFree = first.plus(window);
            if (windowFree.isAfter(earliest)) {
                earliest = windowFree;
            }
        }
        return earliest.isAfter(now) ? earliest : now;
    }

    /** Takes the next slot and returns it; the caller waits until then and sends. */
    public synchronized Instant reserve() {
        Instant slot = earliestSend();
        reserved.addLast(slot);
        while (reserved.size() > windowMax) {
            reserved.removeFirst();
        }
        return slot;
    }
}
