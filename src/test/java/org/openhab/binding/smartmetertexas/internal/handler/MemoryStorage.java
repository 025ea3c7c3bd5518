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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;

/**
 * openHAB storage kept in memory; one instance outlives handlers, as openHAB's storage outlives restarts.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class MemoryStorage implements Storage<String> {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public @Nullable String put(String key, @Nullable String value) {
        return value == null ? values.remove(key) : values.put(key, value);
    }

    @Override
    public @Nullable String remove(String key) {
        return values.remove(key);
    }

    @Override
    public boolean containsKey(String key) {
        return values.containsKey(key);
    }

    @Override
    public @Nullable String get(String key) {
        return values.get(key);
    }

    @Override
    public Collection<String> getKeys() {
        return List.copyOf(values.keySet());
    }

    @Override
    public Collection<@Nullable String> getValues() {
        return List.copyOf(values.values());
    }
}
