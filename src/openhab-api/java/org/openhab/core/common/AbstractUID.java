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
package org.openhab.core.common;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code AbstractUID}: an identifier made of segments joined by {@link #SEPARATOR}.
 * Each segment may hold letters, digits, '_' and '-' only.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractUID {

    public static final String SEPARATOR = ":";

    private static final Pattern SEGMENT = Pattern.compile("[\\w-]*");

    private final List<String> segments;

    /** For frameworks that create instances by reflection; the result has no segments. */
    protected AbstractUID() {
        this.segments = List.of();
    }

    protected AbstractUID(String uid) {
        this(Arrays.asList(uid.split(SEPARATOR)));
    }

    protected AbstractUID(String... segments) {
        this(Arrays.asList(segments));
    }

    protected AbstractUID(List<String> segments) {
        int minimum = getMinimalNumberOfSegments();
        if (segments.size() < minimum) {
            throw new IllegalArgumentException(String.format("UID must have at least %d segments.", minimum));
        }
        for (int i = 0; i < segments.size(); i++) {
            validateSegment(segments.get(i), i, segments.size());
        }
        this.segments = List.copyOf(segments);
    }

    /** The number of segments a valid UID of this kind has at least. */
    protected abstract int getMinimalNumberOfSegments();

    protected List<String> getAllSegments() {
        return segments;
    }

    protected String getSegment(int segment) {
        return segments.get(segment);
    }

    /** Whether the given text is a valid segment. */
    public static boolean isValid(@Nullable String segment) {
        return segment != null && SEGMENT.matcher(segment).matches();
    }

    protected void validateSegment(String segment, int index, int length) {
        if (!isValid(segment)) {
            throw new IllegalArgumentException(String.format(
                    "ID segment '%s' contains invalid characters. Each segment of the ID must match the pattern %s.",
                    segment, SEGMENT.pattern()));
        }
    }

    @Override
    public String toString() {
        return getAsString();
    }

    /** The segments joined by {@link #SEPARATOR}. */
    public String getAsString() {
        return String.join(SEPARATOR, segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return segments.equals(((AbstractUID) obj).segments);
    }
}
