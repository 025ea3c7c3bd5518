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
package org.openhab.core.thing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB's {@code ThingUID}: {@code bindingId:thingTypeId[:bridgeId...]:thingId}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class ThingUID extends UID {

    /** The thing type segment of UIDs created without a thing type. */
    private static final String NO_THING_TYPE = "";

    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
    }

    public ThingUID(ThingTypeUID thingTypeUID, ThingUID bridgeUID, String id) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), bridgeUID, id));
    }

    public ThingUID(ThingTypeUID thingTypeUID, String id, String... bridgeIds) {
        super(segments(thingTypeUID.getBindingId(), thingTypeUID.getId(), Arrays.asList(bridgeIds), id));
    }

    public ThingUID(String bindingId, String id) {
        super(bindingId, NO_THING_TYPE, id);
    }

    public ThingUID(String bindingId, ThingUID bridgeUID, String id) {
        super(segments(bindingId, NO_THING_TYPE, bridgeUID, id));
    }

    public ThingUID(String bindingId, String bridgeId, String id) {
        super(bindingId, NO_THING_TYPE, bridgeId, id);
    }

    public ThingUID(String thingUID) {
        super(thingUID);
    }

    public ThingUID(String... segments) {
        super(segments);
    }

    private static List<String> segments(String bindingId, String thingTypeId, ThingUID bridgeUID, String id) {
        List<String> bridgeIds = new ArrayList<>(bridgeUID.getBridgeIds());
        bridgeIds.add(bridgeUID.getId());
        return segments(bindingId, thingTypeId, bridgeIds, id);
    }

    private static List<String> segments(String bindingId, String thingTypeId, List<String> bridgeIds, String id) {
        List<String> all = new ArrayList<>();
        all.add(bindingId);
        all.add(thingTypeId);
        all.addAll(bridgeIds);
        all.add(id);
        return all;
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 3;
    }

    /** The ids of the bridges this thing sits under, outermost first (empty for a top-level thing). */
    public List<String> getBridgeIds() {
        List<String> all = getAllSegments();
        return all.subList(2, all.size() - 1);
    }

    /** The thing id: the last segment. */
    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }
}
