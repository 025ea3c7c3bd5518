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
package org.openhab.binding.smartmetertexas.internal.handler;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * How a failure shows on a thing: the status detail, a translated description, and whether the binding tries again
 * by itself (never after a configuration problem: retrying wrong credentials would lock the account).
 *
 * @param detail the OFFLINE status detail
 * @param description an {@code @text/...} description with its arguments
 * @param retry whether to try again without a configuration change
 * @param notBefore the earliest retry SMT or the request policy allows, if any
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record FailureStatus(ThingStatusDetail detail, String description, boolean retry, @Nullable Instant notBefore) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    public static FailureStatus of(SmtException failure, Flow flow) {
        Optional<Instant> retry = failure.retryNotBefore();
        @Nullable
        Instant notBefore = retry.isPresent() ? retry.get() : null;
        Failure kind = failure.kind();
        String key = kind.statusKey(flow);
        Failure.Argument argument = kind.argument();
        String description;
        if (argument == Failure.Argument.NONE) {
            description = "@text/" + key;
        } else if (argument == Failure.Argument.SUBJECT) {
            description = text(key, failure.subject().orElse(""));
        } else if (argument == Failure.Argument.DETAIL) {
            description = text(key, failure.detail());
        } else {
            description = notBefore != null
                    ? text(key, ZonedDateTime.ofInstant(notBefore, SmtTime.CENTRAL).format(TIME))
                    : text("offline.communication-error", failure.detail());
        }
        boolean configuration = kind.fixConfiguration();
        return new FailureStatus(
                configuration ? ThingStatusDetail.CONFIGURATION_ERROR : ThingStatusDetail.COMMUNICATION_ERROR,
                description, !configuration, configuration ? null : notBefore);
    }

    /** An {@code @text} reference with one argument, quoted as openHAB expects; the argument arrives whole. */
    static String text(String key, @Nullable String argument) {
        return "@text/" + key + " [\"" + argument(SafeText.printable(argument)) + "\"]";
    }

    /**
     * The argument made to survive openHAB's status localisation, which splits the arguments at every comma, removes
     * brackets and double quotes, trims and drops blank arguments, and translates one that starts with
     * {@code @text/}: commas become semicolons, brackets parentheses, double quotes typographic ones.
     */
    static String argument(@Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return "-";
        }
        StringBuilder safe = new StringBuilder(stripped.length());
        boolean opening = true;
        for (char c : stripped.toCharArray()) {
            switch (c) {
                case ',' -> safe.append(';');
                case '[' -> safe.append('(');
                case ']' -> safe.append(')');
                case '"' -> {
                    safe.append(opening ? '\u201C' : '\u201D');
                    opening = !opening;
                }
                default -> safe.append(c);
            }
        }
        return safe.indexOf("@text/") == 0 ? safe.substring(1) : safe.toString();
    }
}
