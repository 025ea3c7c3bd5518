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
package org.openhab.binding.smartmetertexas.testsupport;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;

/**
 * The simulator's endpoint for each request of a flow, so one test case can run on both flows: faults are set on the
 * endpoint, requests are counted by its path (doc/smt-protocol.md §2 and §3).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum FlowEndpoints {
    PORTAL(Flow.PORTAL, Endpoint.PORTAL_LOGIN, Endpoint.PORTAL_ODR, Endpoint.PORTAL_LATEST_ODR,
            Endpoint.PORTAL_INTERVALSYNCH, Endpoint.PORTAL_DAILY, Endpoint.PORTAL_MONTHLY),
    OFFICIAL(Flow.OFFICIAL, Endpoint.OFFICIAL_TOKEN, Endpoint.OFFICIAL_ODR, Endpoint.OFFICIAL_ODR_STATUS,
            Endpoint.OFFICIAL_INTERVALS, Endpoint.OFFICIAL_DAILY, Endpoint.OFFICIAL_MONTHLY);

    public final Flow flow;
    /** The login (portal) or token request (official API). */
    public final Endpoint login;
    /** The on-demand read request. */
    public final Endpoint read;
    /** The read's status poll. */
    public final Endpoint readStatus;
    /** The 15-minute intervals (on the portal the first of its two interval endpoints). */
    public final Endpoint intervals;
    public final Endpoint daily;
    public final Endpoint monthly;

    FlowEndpoints(Flow flow, Endpoint login, Endpoint read, Endpoint readStatus, Endpoint intervals, Endpoint daily,
            Endpoint monthly) {
        this.flow = flow;
        this.login = login;
        this.read = read;
        this.readStatus = readStatus;
        this.intervals = intervals;
        this.daily = daily;
        this.monthly = monthly;
    }

    public static FlowEndpoints of(Flow flow) {
        return flow == Flow.PORTAL ? PORTAL : OFFICIAL;
    }

    /** The path the simulator serves the endpoint at (as {@link SimulatorHarness#count(String)} takes it). */
    public static String path(Endpoint endpoint) {
        return switch (endpoint) {
            case PORTAL_LOGIN -> "/commonapi/user/authenticate";
            case PORTAL_METERS -> "/api/meter";
            case PORTAL_ODR -> "/api/ondemandread";
            case PORTAL_LATEST_ODR -> "/api/usage/latestodrread";
            case PORTAL_INTERVAL -> "/api/usage/interval";
            case PORTAL_INTERVALSYNCH -> "/api/adhoc/intervalsynch";
            case PORTAL_DAILY -> "/api/usage/daily";
            case PORTAL_MONTHLY -> "/api/usage/monthly";
            case OFFICIAL_TOKEN -> "/v2/token/";
            case OFFICIAL_INTERVALS -> "/v2/15minintervalreads/";
            case OFFICIAL_DAILY -> "/v2/dailyreads/";
            case OFFICIAL_MONTHLY -> "/v2/monthlybillingInformation/";
            case OFFICIAL_ODR -> "/v2/odr/";
            case OFFICIAL_ODR_STATUS -> "/v2/odrstatus/";
        };
    }
}
