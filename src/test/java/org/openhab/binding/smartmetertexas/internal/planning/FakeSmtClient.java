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
package org.openhab.binding.smartmetertexas.internal.planning;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.ReadRequest;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * A client without network for the planning tests: answers what the test queued (an answer or a failure per call)
 * and notes each call, with the clock's time, in {@link #calls}. A login may take time on the clock.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class FakeSmtClient implements SmtClient {

    /** What the client was asked, in order: "login", "meters", "requestRead 123", "readStatus", "intervals …". */
    final List<String> calls = new ArrayList<>();
    /** Answers (or SmtExceptions to throw) in the order the calls come, for every call but login. */
    final Deque<Object> answers = new ArrayDeque<>();
    /** Rows SMT "sends" with each data answer: the client offers each to the request's check of the days asked. */
    final List<DateRange> offered = new ArrayList<>();

    private final Clock clock;
    private final Flow flow;
    Duration loginTakes = Duration.ZERO;
    @Nullable
    SmtException loginFails;

    FakeSmtClient(Clock clock) {
        this(clock, Flow.PORTAL);
    }

    FakeSmtClient(Clock clock, Flow flow) {
        this.clock = clock;
        this.flow = flow;
    }

    FakeSmtClient answer(Object answer) {
        answers.addLast(answer);
        return this;
    }

    @Override
    public Flow flow() {
        return flow;
    }

    @Override
    public void login() throws SmtException {
        calls.add("login");
        if (clock instanceof ManualClock manual) {
            manual.advance(loginTakes);
        }
        SmtException failure = loginFails;
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public MeterList meters() throws SmtException {
        calls.add("meters");
        return next(MeterList.class);
    }

    @Override
    public ReadRequest requestRead(Esiid esiid, String meterNumber) throws SmtException {
        calls.add("requestRead " + meterNumber);
        return next(ReadRequest.class);
    }

    @Override
    public MeterRead readStatus(ReadRequest read) throws SmtException {
        calls.add("readStatus");
        return next(MeterRead.class);
    }

    @Override
    public IntervalData intervals(Esiid esiid, DateRange days, Predicate<DateRange> asked) throws SmtException {
        calls.add("intervals " + days);
        offered.forEach(asked::test);
        return next(IntervalData.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DailyRead> daily(Esiid esiid, DateRange days, Predicate<DateRange> asked) throws SmtException {
        calls.add("daily " + days);
        offered.forEach(asked::test);
        return next(List.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MonthlyUsage> monthly(Esiid esiid, DateRange days, Predicate<DateRange> asked) throws SmtException {
        calls.add("monthly " + days);
        offered.forEach(asked::test);
        return next(List.class);
    }

    private <T> T next(Class<T> type) throws SmtException {
        Object answer = answers.pollFirst();
        if (answer == null) {
            throw new AssertionError("no answer queued for call " + calls.get(calls.size() - 1));
        }
        if (answer instanceof SmtException failure) {
            throw failure;
        }
        return type.cast(answer);
    }
}
