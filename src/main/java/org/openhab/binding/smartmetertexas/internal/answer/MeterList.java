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
package org.openhab.binding.smartmetertexas.internal.answer;

import java.util.AbstractList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * The meters of an account's meter list, and the entries that were left out (an ESIID that is not 17 to 22 digits),
 * each named, so they are reported instead of vanishing. As a list it holds the usable meters only.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MeterList extends AbstractList<MeterInfo> {

    private final List<MeterInfo> meters;
    private final List<RejectedPart> rejected;

    public MeterList(List<MeterInfo> meters, List<RejectedPart> rejected) {
        this.meters = List.copyOf(meters);
        this.rejected = List.copyOf(rejected);
    }

    /** The entries left out, each named ("meter list entry 2") with the reason. */
    public List<RejectedPart> rejected() {
        return rejected;
    }

    @Override
    public MeterInfo get(int index) {
        return meters.get(index);
    }

    @Override
    public int size() {
        return meters.size();
    }
}
