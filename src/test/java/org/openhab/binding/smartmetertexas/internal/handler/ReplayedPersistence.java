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
package org.openhab.binding.smartmetertexas.internal.handler;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.TimeSeries.Policy;

/**
 * What openHAB's persistence would hold after storing every series the binding sent, in order: a REPLACE series
 * first removes what is stored from its first to its last timestamp. Tests look here for data lost on the way.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReplayedPersistence {

    private final Map<String, TreeMap<Instant, BigDecimal>> channels = new TreeMap<>();

    private ReplayedPersistence() {
    }

    /** Stores every series the harness recorded for the thing. */
    static ReplayedPersistence of(BindingHarness harness, Thing thing) {
        ReplayedPersistence persistence = new ReplayedPersistence();
        for (Map.Entry<ChannelUID, List<TimeSeries>> entry : harness.allSeries(thing).entrySet()) {
            String channelId = entry.getKey().getId();
            for (TimeSeries series : entry.getValue()) {
                persistence.store(channelId, series);
            }
        }
        return persistence;
    }

    private void store(String channelId, TimeSeries series) {
        TreeMap<Instant, BigDecimal> stored = channels.computeIfAbsent(channelId, k -> new TreeMap<>());
        if (series.getPolicy() == Policy.REPLACE && series.size() > 0) {
            stored.subMap(series.getBegin(), true, series.getEnd(), true).clear();
        }
        series.getStates().forEach(e -> {
            BigDecimal value = number(e.state());
            if (value != null) {
                stored.put(e.timestamp(), value);
            }
        });
    }

    /** The stored values of one channel (by its id, e.g. {@code interval#consumption}). */
    NavigableMap<Instant, BigDecimal> channel(String channelId) {
        TreeMap<Instant, BigDecimal> stored = channels.get(channelId);
        return stored == null ? new TreeMap<>() : stored;
    }

    /** The stored values of one channel on one Central day. */
    NavigableMap<Instant, BigDecimal> day(String channelId, LocalDate day) {
        return channel(channelId).subMap(SmtTime.startOfDay(day), true, SmtTime.startOfDay(day.plusDays(1)), false);
    }

    static @Nullable BigDecimal number(State state) {
        if (state instanceof QuantityType<?> quantity) {
            return quantity.toBigDecimal();
        }
        if (state instanceof DecimalType decimal) {
            return decimal.toBigDecimal();
        }
        return null;
    }
}
