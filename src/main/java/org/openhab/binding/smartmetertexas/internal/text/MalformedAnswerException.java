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
package org.openhab.binding.smartmetertexas.internal.text;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An SMT answer or import file that cannot be read as what it should be. The message is a short, safe excerpt
 * (at most 200 characters, never a whole body). When only one Central day of 15-minute values cannot be mapped to
 * instants safely, {@link #day()} names it and the message starts with it; the rest of the answer is kept.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MalformedAnswerException extends Exception {

    private static final long serialVersionUID = 2L;

    private final @Nullable LocalDate day;
    private final String reason;

    public MalformedAnswerException(String message) {
        // Parsers quote what they could not read: shown and logged only as printable text.
        super(SafeText.printable(message));
        this.day = null;
        this.reason = SafeText.printable(message);
    }

    /** One day of 15-minute values is rejected as a whole. */
    public MalformedAnswerException(LocalDate day, String reason) {
        super(day + ": " + SafeText.printable(reason));
        this.day = day;
        this.reason = SafeText.printable(reason);
    }

    /** The Central day that was rejected, when only one day was. */
    public Optional<LocalDate> day() {
        LocalDate rejected = day;
        return rejected == null ? Optional.empty() : Optional.of(rejected);
    }

    /** Why, without the date. */
    public String reason() {
        return reason;
    }
}
