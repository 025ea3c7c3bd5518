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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB's {@code ChannelGroupUID}: a thing UID followed by a channel group id.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelGroupUID extends UID {

    public ChannelGroupUID(String channelGroupUid) {
        super(channelGroupUid);
    }

    public ChannelGroupUID(ThingUID thingUID, String id) {
        super(ChannelUID.append(thingUID, id));
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    /** The channel group id: the last segment. */
    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    /** The UID of the thing this group belongs to. */
    public ThingUID getThingUID() {
        List<String> all = new ArrayList<>(getAllSegments());
        all.remove(all.size() - 1);
        return new ThingUID(all.toArray(String[]::new));
    }
}
