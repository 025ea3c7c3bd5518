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
package org.openhab.binding.smartmetertexas.internal.api;

import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.policy.LimitScope;

/**
 * SMT's answer to one on-demand read request: accepted (with SMT's id of the read, when it sends one), or turned
 * away because the meter's hourly or daily limit is reached (5031/5032, doc/smt-protocol.md §2).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ReadRequest {

    private final Esiid esiid;
    private final String meterNumber;
    private final @Nullable String correlationId;
    private final Instant sentAt;
    private final @Nullable LimitScope smtLimit;

    /**
     * @param correlationId SMT's id of the read (needed by the official status call; the portal may send one too)
     * @param sentAt when the request that SMT answered went out; a result read before it is not this read's
     * @param smtLimit the limit SMT reported instead of starting the read; null when SMT started it
     */
    public ReadRequest(Esiid esiid, String meterNumber, @Nullable String correlationId, Instant sentAt,
            @Nullable LimitScope smtLimit) {
        this.esiid = esiid;
        this.meterNumber = meterNumber;
        this.correlationId = correlationId;
        this.sentAt = sentAt;
        this.smtLimit = smtLimit;
    }

    public Esiid esiid() {
        return esiid;
    }

    public String meterNumber() {
        return meterNumber;
    }

    public @Nullable String correlationId() {
        return correlationId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** The limit SMT reported instead of starting the read. */
    public Optional<LimitScope> limit() {
        LimitScope scope = smtLimit;
        return scope == null ? Optional.empty() : Optional.of(scope);
    }
}
