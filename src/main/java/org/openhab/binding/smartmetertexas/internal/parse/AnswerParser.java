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
package org.openhab.binding.smartmetertexas.internal.parse;


import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;

import com.google.gson.JsonElement;

/**
 * Reads each SMT answer into the model; every method accepts every variant of PROTOCOL.md §6 (data wrapper or
 * none, numbers as numbers or strings, the date and time styles).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AnswerParser {

    private AnswerParser() {
    }

    private static MalformedAnswerException todo() {
        return new MalformedAnswerException("not implemented yet");
    }

    /** Portal login: the {@code token} (top level or inside {@code data}). */
    public static String portalToken(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }

    /** Official {@code /v2/token/}: {@code accessToken} and {@code expiresIn} (seconds, number or string). */
    public static OfficialToken officialToken(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }

    /** Portal {@code /api/meter}: the meters on the account. */
    public static List<MeterInfo> meters(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }

    /** Portal {@code /api/ondemandread} and official {@code /v2/odr/}. */
    public static OdrRequestAnswer odrRequest(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }

    /**
     * Portal {@code /api/usage/latestodrread}; an odrdate in the repeated fall-back hour takes the offset nearest
     * requestedAt; "0"/0E+0 while pending is not a reading. Status null gives PENDING.
     */
    public static MeterRead portalLatestRead(JsonElement answer, Instant requestedAt)
            throws MalformedAnswerException {
        throw todo();
    }

    /** Official {@code /v2/odrstatus/}: "PEN" pending, "0" done, others failed. */
    public static MeterRead officialReadStatus(JsonElement answer, Instant requestedAt)
            throws MalformedAnswerException {
        throw todo();
    }

    /** {@code energyData[]} of portal intervalsynch and official {@code /v2/15minintervalreads/}. */
    public static IntervalData energyData(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }

    /** Portal {@code /api/usage/interval}: {@code intervaldata[]} rows plus {@code generationFlag}. */
    public static IntervalData portalIntervals(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }

    /** Portal {@code /api/usage/daily}: {@code dailyData[]}. */
    public static List<DailyRead> portalDaily(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }

    /** Official {@code /v2/dailyreads/}: {@code registeredReads[]}. */
    public static List<DailyRead> officialDaily(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }

    /** Portal {@code /api/usage/monthly}: {@code monthlyData[]}, usage from {@code actl_kwh_usg}. */
    public static List<MonthlyUsage> portalMonthly(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }

    /** Official monthly billing: {@code billingData[]}, usage from {@code actualkWh}. */
    public static List<MonthlyUsage> officialMonthly(JsonElement answer) throws MalformedAnswerException {
        throw todo();
    }
}
