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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.AbstractUID;

/**
 * Stand-in of openHAB's {@code UID}: the base of the thing-related identifiers, whose first segment is the
 * binding id.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class UID extends AbstractUID {

    /** For frameworks that create instances by reflection. */
    public UID() {
        super();
    }

    public UID(String uid) {
        super(uid);
    }

    public UID(String... segments) {
        super(segments);
    }

    protected UID(List<String> segments) {
        super(segments);
    }

    @Override
    protected List<String> getAllSegments() {
        // re-declared here so that the UID classes of this package may read each other's segments
        return super.getAllSegments();
    }

    /** The binding id: the first segment. */
    public String getBindingId() {
        return getSegment(0);
    }
}
