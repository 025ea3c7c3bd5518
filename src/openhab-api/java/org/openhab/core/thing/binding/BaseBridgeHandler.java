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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.binding.builder.BridgeBuilder;

/**
 * Stand-in of openHAB's {@code BaseBridgeHandler}: the usual base of a bridge handler.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseBridgeHandler extends BaseThingHandler implements BridgeHandler {

    public BaseBridgeHandler(Bridge bridge) {
        super(bridge);
    }

    @Override
    public Bridge getThing() {
        return (Bridge) super.getThing();
    }

    /** A builder holding a copy of the bridge; pass its result to {@link #updateThing(Thing)}. */
    @Override
    protected BridgeBuilder editThing() {
        Bridge bridge = getThing();
        return BridgeBuilder.create(bridge.getThingTypeUID(), bridge.getUID()).withBridge(bridge.getBridgeUID())
                .withChannels(bridge.getChannels()).withConfiguration(bridge.getConfiguration())
                .withLabel(bridge.getLabel()).withLocation(bridge.getLocation()).withProperties(bridge.getProperties());
    }

    @Override
    public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
        // nothing to do by default
    }

    @Override
    public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
        // nothing to do by default
    }
}
