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

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;

/**
 * One SMT account, through the portal or the official API. Every request obeys the account's
 * {@link org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy}: what would break a rule fails with
 * {@link Failure#REQUEST_REFUSED} (or {@link Failure#RATE_LIMITED} for the read budget) and is never sent.
 * Dates are Central calendar days, {@code to} included; longer ranges go out as chunks of at most 31 days.
 * Calls block (including short waits for the account's next request slot); one caller at a time per client.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public interface SmtClient {

    /** The most days one request for 15-minute or daily data asks for. */
    int REQUEST_DAYS = 31;

    /** The most days one request for billing periods asks for: a year, as the portal's own monthly view. */
    int MONTHLY_REQUEST_DAYS = 366;

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
    List<MeterInfo> meters() throws SmtException;

    /** Asks SMT to read the meter now (one request, counted in the ESIID's read budget whatever SMT answers). */
    ReadTicket requestRead(Esiid esiid, String meterNumber) throws SmtException;

    /**
     * One status request for a read, due at {@link ReadTicket#nextPollAt()}. PENDING until SMT shows a fresh
     * result (read no more than 2 minutes before the request); FAILED when SMT says so or when the read is still
     * pending at the last scheduled poll (15 minutes). Once the read is over, returns its outcome without a request.
     */
    MeterRead pollRead(ReadTicket ticket) throws SmtException;

    /** 15-minute consumption (and surplus generation where the meter reports it). */
    IntervalData intervals(Esiid esiid, LocalDate from, LocalDate to, Purpose purpose) throws SmtException;

    /** Daily register reads and usage. */
    List<DailyRead> daily(Esiid esiid, LocalDate from, LocalDate to, Purpose purpose) throws SmtException;

    /** Billing periods overlapping the range, each once. */
    List<MonthlyUsage> monthly(Esiid esiid, LocalDate from, LocalDate to, Purpose purpose) throws SmtException;
}
