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
package org.openhab.binding.smartmetertexas.internal.parse;


import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;

/**
 * Parses SMT answers into Gson trees while refusing what a hostile or broken server could send.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BoundedJson {

    /** Deeper nesting is refused: no SMT answer nests more than a few levels. */
    public static final int MAX_DEPTH = 64;

    private BoundedJson() {
    }

    /** Parses one JSON document; HTML, non-JSON text and too deep nesting are refused. */
    public static JsonElement parse(String text) throws MalformedAnswerException {
        throw new MalformedAnswerException("not implemented yet");
    }

    /** {@code {"data": X}} gives X; any other answer is returned as it is. */
    public static JsonElement unwrapData(JsonElement answer) {
        return answer;
    }
}
