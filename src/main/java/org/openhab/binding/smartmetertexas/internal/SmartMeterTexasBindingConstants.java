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

    public static final String CHANNEL_REGISTER = "reading#register";
    public static final String CHANNEL_READ_TIME = "reading#read-time";
    public static final String CHANNEL_READ_STATUS = "reading#read-status";
    public static final String CHANNEL_READS_LEFT_TODAY = "reading#reads-left-today";

    public static final String CHANNEL_INTERVAL_CONSUMPTION = "interval#consumption";
    public static final String CHANNEL_INTERVAL_GENERATION = "interval#generation";
    public static final String CHANNEL_INTERVAL_NET = "interval#net";
    public static final String CHANNEL_INTERVAL_POWER = "interval#power";
    public static final String CHANNEL_DATA_UNTIL = "interval#data-until";

    public static final String CHANNEL_DAILY_CONSUMPTION = "daily#consumption";
    public static final String CHANNEL_DAILY_GENERATION = "daily#generation";
    public static final String CHANNEL_DAILY_START_READING = "daily#start-reading";
    public static final String CHANNEL_DAILY_END_READING = "daily#end-reading";
    public static final String CHANNEL_DAILY_ESTIMATED_INTERVALS = "daily#estimated-intervals";
    public static final String CHANNEL_DAILY_LATEST_CONSUMPTION = "daily#latest-consumption";

    public static final String CHANNEL_MONTHLY_CONSUMPTION = "monthly#consumption";
    public static final String CHANNEL_MONTHLY_CYCLE_CONSUMPTION = "monthly#cycle-consumption";

    public static final String CHANNEL_COST_INTERVAL = "cost#interval";
    public static final String CHANNEL_COST_DAILY = "cost#daily";
    public static final String CHANNEL_COST_CYCLE_TO_DATE = "cost#cycle-to-date";
    public static final String CHANNEL_COST_CYCLE_FORECAST = "cost#cycle-forecast";
    public static final String CHANNEL_COST_AVERAGE_PRICE = "cost#average-price";

    private SmartMeterTexasBindingConstants() {
    }
}
