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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Every SMT endpoint the simulator serves; faults are set per endpoint.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Endpoint {
    /** POST /commonapi/user/authenticate (also //commonapi/...). */
    PORTAL_LOGIN,
    /** POST /api/meter. */
    PORTAL_METERS,
    /** POST /api/ondemandread. */
    PORTAL_ODR,
    /** POST /api/usage/latestodrread. */
    PORTAL_LATEST_ODR,
    /** POST /api/usage/interval. */
    PORTAL_INTERVAL,
    /** POST /api/adhoc/intervalsynch. */
    PORTAL_INTERVALSYNCH,
    /** POST /api/usage/daily. */
    PORTAL_DAILY,
    /** POST /api/usage/monthly. */
    PORTAL_MONTHLY,
    /** POST /v2/token/. */
    OFFICIAL_TOKEN,
    /** POST /v2/15minintervalreads/. */
    OFFICIAL_INTERVALS,
    /** POST /v2/dailyreads/. */
    OFFICIAL_DAILY,
    /** POST /v2/monthlybillingInformation/. */
    OFFICIAL_MONTHLY,
    /** POST /v2/odr/. */
    OFFICIAL_ODR,
    /** POST /v2/odrstatus/. */
    OFFICIAL_ODR_STATUS;

    /** Whether this endpoint belongs to the portal flow (as opposed to the official API). */
    public boolean isPortal() {
        return name().startsWith("PORTAL_");
    }
}
