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
package org.openhab.core.config.core;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code ConfigDescriptionRegistry}. openHAB's registry merges what the registered
 * configuration description providers supply; the stand-in has no providers, so it knows no description.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class ConfigDescriptionRegistry {

    public ConfigDescriptionRegistry() {
    }

    public Collection<ConfigDescription> getConfigDescriptions(@Nullable Locale locale) {
        return List.of();
    }

    public Collection<ConfigDescription> getConfigDescriptions() {
        return getConfigDescriptions(null);
    }

    public @Nullable ConfigDescription getConfigDescription(URI uri, @Nullable Locale locale) {
        return null;
    }

    public @Nullable ConfigDescription getConfigDescription(URI uri) {
        return getConfigDescription(uri, null);
    }
}
