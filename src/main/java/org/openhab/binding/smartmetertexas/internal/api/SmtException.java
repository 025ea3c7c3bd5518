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

/**
 * Something kept a request to SMT from giving an answer. Subclasses say what, so callers never parse
 * messages; messages are for people and never hold passwords or tokens.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class SmtException extends Exception {

    private static final long serialVersionUID = 1L;

    protected SmtException(String message) {
        super(message);
    }

    protected SmtException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** The earliest instant it makes sense to try again, when SMT or the policy said so. */
    public Optional<Instant> retryNotBefore() {
        return Optional.empty();
    }
}
