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
package org.openhab.binding.smartmetertexas.internal.policy;

import java.time.Instant;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The policy's verdict against sending a request now.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Refusal {

    private final Rule rule;
    private final @Nullable Instant retryAt;
    private final String reason;

    /**
     * @param rule the rule the request would break
     * @param retryAt the earliest instant the request may go; null when only a configuration change helps
     * @param reason a short explanation for people (never secrets)
     */
    public Refusal(Rule rule, @Nullable Instant retryAt, String reason) {
        this.rule = rule;
        this.retryAt = retryAt;
        this.reason = reason;
    }

    public Rule rule() {
        return rule;
    }

    public @Nullable Instant retryAt() {
        return retryAt;
    }

    public String reason() {
        return reason;
    }

    /** The earliest instant the request may go; empty when only a configuration change helps. */
    public Optional<Instant> earliestRetry() {
        Instant at = retryAt;
        return at == null ? Optional.empty() : Optional.of(at);
    }

    /** The later of two refusals (the one that still holds when the other has passed). */
    static Refusal later(@Nullable Refusal a, Refusal b) {
        if (a == null) {
            return b;
        }
        Instant at = a.retryAt;
        Instant bt = b.retryAt;
        if (at == null) {
            return a;
        }
        if (bt == null) {
            return b;
        }
        return bt.isAfter(at) ? b : a;
    }
}
