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
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code ChannelUID}: a thing UID followed by a channel id, which may be prefixed by a
 * channel group id and {@link #CHANNEL_GROUP_SEPARATOR}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelUID extends UID {

    public static final Pattern CHANNEL_SEGMENT_PATTERN = Pattern.compile("[\\w-]*|[\\w-]*#[\\w-]*");
    public static final String CHANNEL_GROUP_SEPARATOR = "#";

    public ChannelUID(String channelUid) {
        super(channelUid);
    }

    public ChannelUID(ThingUID thingUID, String id) {
        super(append(thingUID, id));
    }

    public ChannelUID(ChannelGroupUID channelGroupUID, String id) {
        super(append(channelGroupUID.getThingUID(), channelGroupUID.getId() + CHANNEL_GROUP_SEPARATOR + id));
    }

    public ChannelUID(ThingUID thingUID, String groupId, String id) {
        super(append(thingUID, groupId + CHANNEL_GROUP_SEPARATOR + id));
    }

    static List<String> append(ThingUID thingUID, String lastSegment) {
        List<String> all = new ArrayList<>(thingUID.getAllSegments());
        all.add(lastSegment);
        return all;
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    @Override
    protected void validateSegment(String segment, int index, int length) {
        if (index < length - 1) {
            super.validateSegment(segment, index, length);
        } else if (!CHANNEL_SEGMENT_PATTERN.matcher(segment).matches()) {
            throw new IllegalArgumentException(String.format(
                    "UID segment '%s' contains invalid characters. "
                            + "The last segment of the channel UID must match the pattern '%s'.",
                    segment, CHANNEL_SEGMENT_PATTERN));
        }
    }

    /** The channel id including its group prefix, if any. */
    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    /** The channel id without its group prefix. */
    public String getIdWithoutGroup() {
        String id = getId();
        int separator = id.indexOf(CHANNEL_GROUP_SEPARATOR);
        return separator < 0 ? id : id.substring(separator + 1);
    }

    public boolean isInGroup() {
        return getId().contains(CHANNEL_GROUP_SEPARATOR);
    }

    /** The channel group id, or {@code null} when the channel is not in a group. */
    public @Nullable String getGroupId() {
        String id = getId();
        int separator = id.indexOf(CHANNEL_GROUP_SEPARATOR);
        return separator < 0 ? null : id.substring(0, separator);
    }

    /** The UID of the thing this channel belongs to. */
    public ThingUID getThingUID() {
        List<String> all = new ArrayList<>(getAllSegments());
        all.remove(all.size() - 1);
        return new ThingUID(all.toArray(String[]::new));
    }
}
