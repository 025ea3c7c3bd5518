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
package org.openhab.core.config.discovery;

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;

/**
 * Stand-in of openHAB's {@code AbstractThingHandlerDiscoveryService}: a discovery service that belongs to one
 * thing handler (e.g. the things found under an account bridge). openHAB sets the handler, then calls
 * {@link #initialize()}, which starts background discovery if enabled; {@link #dispose()} stops it.
 * <p>
 * {@code getThingHandler()} is left out: it returns {@code ThingHandler} in openHAB 4.3 and {@code T} in 5.x.
 * A concrete subclass therefore implements it, with its own handler class as return type, which compiles against
 * both versions and behaves as theirs:
 *
 * <pre>
 * &#64;Override
 * public &#64;Nullable MyBridgeHandler getThingHandler() {
 *     return thingHandler;
 * }
 * </pre>
 *
 * (Return type {@code ThingHandler} would not compile against openHAB 5.x.)
 *
 * @param <T> the handler class
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractThingHandlerDiscoveryService<T extends ThingHandler> extends AbstractDiscoveryService
        implements ThingHandlerService {

    private final Class<T> thingClazz;
    private boolean backgroundDiscoveryEnabled;

    /** Set by {@link #setThingHandler(ThingHandler)}; {@code null} until then. */
    protected @NonNullByDefault({}) T thingHandler = (@NonNull T) null;

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        super(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, scanInputLabel, scanInputDescription);
        this.thingClazz = thingClazz;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    /** Background discovery enabled by default. */
    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, true);
    }

    /** No declared thing types, background discovery enabled by default. */
    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, int timeout) throws IllegalArgumentException {
        this(thingClazz, null, timeout);
    }

    @Override
    protected abstract void startScan();

    /**
     * @throws IllegalArgumentException if the handler is not of the service's handler class
     */
    @Override
    public void setThingHandler(ThingHandler handler) {
        if (!thingClazz.isInstance(handler)) {
            throw new IllegalArgumentException(
                    "Expected class is " + thingClazz + " but the parameter has class " + handler.getClass());
        }
        this.thingHandler = thingClazz.cast(handler);
    }

    /** Only reads the "background" setting: background discovery waits for {@link #initialize()}. */
    @Override
    public void activate(@Nullable Map<String, Object> config) {
        if (config != null) {
            Object property = config.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
            if (property != null) {
                backgroundDiscoveryEnabled = isEnabled(property);
            }
        }
    }

    @Override
    public void modified(@Nullable Map<String, Object> config) {
        if (config == null) {
            return;
        }
        Object property = config.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (property == null) {
            return;
        }
        boolean enabled = isEnabled(property);
        if (backgroundDiscoveryEnabled && !enabled) {
            stopBackgroundDiscovery();
        } else if (!backgroundDiscoveryEnabled && enabled) {
            startBackgroundDiscovery();
        }
        backgroundDiscoveryEnabled = enabled;
    }

    /** Nothing: {@link #dispose()} stops background discovery. */
    @Override
    public void deactivate() {
    }

    /** Starts background discovery if enabled. */
    @Override
    public void initialize() {
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    /** Stops background discovery if enabled. */
    @Override
    public void dispose() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    private static boolean isEnabled(Object property) {
        return property instanceof String text ? Boolean.parseBoolean(text) : Boolean.TRUE.equals(property);
    }
}
