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
package org.openhab.core.thing.binding;

import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescriptionRegistry;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ThingType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;

/**
 * Stand-in of openHAB's {@code BaseThingHandlerFactory}: the usual base of a binding's handler factory.
 * <p>
 * What the stand-in does not do, for want of openHAB's runtime: it does not start the handlers'
 * {@link ThingHandlerService}s (openHAB registers them as OSGi services; tests create them directly), and it knows
 * no thing types (openHAB's thing type registry reads {@code OH-INF/thing}), so {@link #getThingTypeByUID} gives
 * {@code null} and {@link #createThing} creates nothing.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    protected @NonNullByDefault({}) BundleContext bundleContext;

    public BaseThingHandlerFactory() {
    }

    protected void activate(ComponentContext componentContext) {
        this.bundleContext = componentContext.getBundleContext();
    }

    protected void deactivate(ComponentContext componentContext) {
        this.bundleContext = null;
    }

    /**
     * @throws IllegalStateException if the factory is not active
     */
    protected BundleContext getBundleContext() {
        BundleContext bundleContext = this.bundleContext;
        if (bundleContext == null) {
            throw new IllegalStateException(
                    "The bundle context is missing (it seems your thing handler factory is used but not active).");
        }
        return bundleContext;
    }

    /**
     * Creates the handler of the thing with {@link #createHandler(Thing)}.
     *
     * @throws IllegalStateException if no handler was created, or a bridge's handler is no {@link BridgeHandler}
     */
    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(
                    getClass().getSimpleName() + " could not create a handler for the thing '" + thing.getUID() + "'.");
        }
        if (thing instanceof Bridge && !(handler instanceof BridgeHandler)) {
            throw new IllegalStateException(
                    "Created handler of bridge '" + thing.getUID() + "' must implement the BridgeHandler interface.");
        }
        return handler;
    }

    /** Creates the handler of a thing whose type {@link #supportsThingType(ThingTypeUID)} accepts. */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
        }
    }

    /** Called when a handler is dropped; release what {@link #createHandler(Thing)} set up for it. */
    protected void removeHandler(ThingHandler thingHandler) {
        // nothing to release by default
    }

    @Override
    public void removeThing(ThingUID thingUID) {
        // nothing to do by default
    }

    /**
     * The stand-in knows no thing types (see the class description).
     *
     * @throws IllegalStateException if the factory is not active, as in openHAB
     */
    protected @Nullable ThingType getThingTypeByUID(ThingTypeUID thingTypeUID) {
        getBundleContext();
        return null;
    }

    protected @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration, ThingUID thingUID) {
        return createThing(thingTypeUID, configuration, thingUID, null);
    }

    /**
     * Creates a thing of a known type (a random id when none is given), or {@code null} for an unknown type; the
     * stand-in knows no types (see the class description).
     */
    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        ThingType thingType = getThingTypeByUID(thingTypeUID);
        if (thingType == null) {
            return null;
        }
        String randomId = UUID.randomUUID().toString();
        ThingUID uid = thingUID != null ? thingUID
                : new ThingUID(thingTypeUID, randomId.substring(randomId.length() - 12));
        return ThingBuilder.create(thingTypeUID, uid).withConfiguration(configuration).withBridge(bridgeUID)
                .withLabel(thingType.getLabel()).withProperties(thingType.getProperties()).build();
    }

    /**
     * The configuration description registry registered in the OSGi framework, if any.
     *
     * @throws IllegalStateException if the factory is not active
     */
    protected @Nullable ConfigDescriptionRegistry getConfigDescriptionRegistry() {
        BundleContext bundleContext = getBundleContext();
        ServiceReference<ConfigDescriptionRegistry> reference = bundleContext
                .getServiceReference(ConfigDescriptionRegistry.class);
        return reference == null ? null : bundleContext.getService(reference);
    }
}
