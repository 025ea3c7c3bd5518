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

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;

/**
 * One SMT account, through the portal or the official API: the session (token, cookies, renewal) and one request
 * per call, plus the login that request needs and the one re-login and retry a 401 allows (doc/smt-protocol.md §1).
 * What to ask and when (date-range chunks, the read budget, status polls and giving up, the 15-minute rule,
 * backfill spacing) is decided in the planning package; the client only keeps the account-wide rules that hold for
 * any request (spacing of the account's requests, no request while blocked or after rejected credentials).
 * Dates are Central calendar days, both ends included. Calls block; one caller at a time per client.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public interface SmtClient {

    /**
     * The client of {@code settings.flow()}, sharing the transport's request policy and sleeper. Use one policy per
     * account (and a new one after a configuration change: that is what lifts a credentials rejection); the sleeper is
     * real time in openHAB. Several clients in turn may share one transport: it holds no session.
     */
    static SmtClient create(AccountSettings settings, SmtTransport transport) {
        return settings.flow() == Flow.PORTAL ? new PortalClient(settings, transport, transport.policy())
                : new OfficialClient(settings, transport, transport.policy());
    }

    /** Which flow this client speaks. */
    Flow flow();

    /** Makes sure a valid token is at hand: reuses the current one, logs in only without one. */
    void login() throws SmtException;

    /**
     * The meters on the account (portal only).
     *
     * @throws SmtException {@link Failure#NOT_SUPPORTED} on the official API, which has no known meter list: configure
     *             ESIIDs there
     */
    MeterList meters() throws SmtException;

    /** Asks SMT to read the meter now: SMT's answer, accepted or turned away by its hourly or daily limit. */
    ReadRequest requestRead(Esiid esiid, String meterNumber) throws SmtException;

    /**
     * Asks once how a read stands: PENDING until SMT shows a result read no more than 2 minutes before the request
     * (doc/smt-protocol.md §6), then COMPLETED, FAILED or T-FAILED as SMT says.
     */
    MeterRead readStatus(ReadRequest read) throws SmtException;

    /**
     * 15-minute consumption (and surplus generation where the meter reports it) of one request's days. Rows whose
     * day {@code asked} refuses are left out as the answer is read (planning.AskedDays decides, doc/smt-protocol.md
     * §7); when every row was left out, the answer is {@link Failure#NOT_YET_AVAILABLE} as an empty one.
     */
    IntervalData intervals(Esiid esiid, DateRange days, Predicate<DateRange> asked) throws SmtException;

    /** Daily register reads and usage of one request's days; rows {@code asked} refuses are left out. */
    List<DailyRead> daily(Esiid esiid, DateRange days, Predicate<DateRange> asked) throws SmtException;

    /** Billing periods overlapping one request's days; periods {@code asked} refuses are left out. */
    List<MonthlyUsage> monthly(Esiid esiid, DateRange days, Predicate<DateRange> asked) throws SmtException;
}
