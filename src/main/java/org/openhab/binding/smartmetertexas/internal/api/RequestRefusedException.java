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
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.Rule;

/**
 * The request policy kept a request back: it was never sent. {@link #retryAt()} tells when it may go, or is
 * empty when only a configuration change helps (rejected credentials).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class RequestRefusedException extends SmtException {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    public RequestRefusedException(Refusal refusal) {
        super("Not sent: " + refusal.reason() + refusal.earliestRetry().map(t -> "; not before " + t)
                .orElse("; change the configuration to try again"));
        this.refusal = refusal;
    }

    /** The rule the request would have broken. */
    public Rule rule() {
        return refusal.rule();
    }

    /** The earliest instant the request may go; empty when only a configuration change helps. */
    public Optional<Instant> retryAt() {
        return refusal.earliestRetry();
    }

    @Override
    public Optional<Instant> retryNotBefore() {
        return refusal.earliestRetry();
    }
}
