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

/**
 * SMT's bot protection or lock-out answered (HTTP 403 or an HTML challenge page). The account sends nothing
 * until {@link #retryAt()} (an hour or more).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class BlockedException extends SmtException {

    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    public BlockedException(String message, Instant retryAt) {
        super(message + "; no request before " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }

    @Override
    public Optional<Instant> retryNotBefore() {
        return Optional.of(retryAt);
    }
}
