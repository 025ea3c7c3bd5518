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
package org.openhab.binding.smartmetertexas.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Ids shared by the binding's classes: they are public interface (things files, items, rules), so they never change.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SmartMeterTexasBindingConstants {

    public static final String BINDING_ID = "smartmetertexas";

    public static final ThingTypeUID THING_TYPE_ACCOUNT = new ThingTypeUID(BINDING_ID, "account");
    public static final ThingTypeUID THING_TYPE_METER = new ThingTypeUID(BINDING_ID, "meter");
    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_ACCOUNT, THING_TYPE_METER);

    public static final String CONFIG_ESIID = "esiid";
    public static final String CONFIG_METER_NUMBER = "meterNumber";

    public static final String GROUP_READING = "reading";
    public static final String GROUP_INTERVAL = "interval";
    public static final String GROUP_DAILY = "daily";
    public static final String GROUP_MONTHLY = "monthly";
    public static final String GROUP_COST = "cost";

    public static final String CHANNEL_REGISTER = GROUP_READING + "#register";
    public static final String CHANNEL_READ_TIME = GROUP_READING + "#read-time";
    public static final String CHANNEL_READ_STATUS = GROUP_READING + "#read-status";
    public static final String CHANNEL_READS_LEFT_TODAY = GROUP_READING + "#reads-left-today";

    public static final String CHANNEL_INTERVAL_CONSUMPTION = GROUP_INTERVAL + "#consumption";
    public static final String CHANNEL_INTERVAL_GENERATION = GROUP_INTERVAL + "#generation";
    public static final String CHANNEL_INTERVAL_NET = GROUP_INTERVAL + "#net";
    public static final String CHANNEL_INTERVAL_POWER = GROUP_INTERVAL + "#power";
    public static final String CHANNEL_DATA_UNTIL = GROUP_INTERVAL + "#data-until";

    public static final String CHANNEL_DAILY_CONSUMPTION = GROUP_DAILY + "#consumption";
    public static final String CHANNEL_DAILY_GENERATION = GROUP_DAILY + "#generation";
    public static final String CHANNEL_DAILY_START_READING = GROUP_DAILY + "#start-reading";
    public static final String CHANNEL_DAILY_END_READING = GROUP_DAILY + "#end-reading";
    public static final String CHANNEL_DAILY_ESTIMATED_INTERVALS = GROUP_DAILY + "#estimated-intervals";
    public static final String CHANNEL_DAILY_LATEST_CONSUMPTION = GROUP_DAILY + "#latest-consumption";

    public static final String CHANNEL_MONTHLY_CONSUMPTION = GROUP_MONTHLY + "#consumption";
    public static final String CHANNEL_MONTHLY_CYCLE_CONSUMPTION = GROUP_MONTHLY + "#cycle-consumption";

    public static final String CHANNEL_COST_INTERVAL = GROUP_COST + "#interval";
    public static final String CHANNEL_COST_DAILY = GROUP_COST + "#daily";
    public static final String CHANNEL_COST_CYCLE_TO_DATE = GROUP_COST + "#cycle-to-date";
    public static final String CHANNEL_COST_CYCLE_FORECAST = GROUP_COST + "#cycle-forecast";
    public static final String CHANNEL_COST_AVERAGE_PRICE = GROUP_COST + "#average-price";

    private SmartMeterTexasBindingConstants() {
    }
}
