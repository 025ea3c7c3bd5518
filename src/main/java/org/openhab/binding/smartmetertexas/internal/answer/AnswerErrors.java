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

import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.JsonFields;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.SmtValues;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Finds the errors SMT puts into answer bodies, whatever the HTTP status said (SMT sends many errors with 200).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AnswerErrors {

    private static final int MAX_TEXT = 200;

    private AnswerErrors() {
    }

    /**
     * Finds an error SMT put into an answer body: errorCode/errorMessage (HTTP 200 errors, e.g. "1" not yet
     * published, "2076"), portal login "errormessage" (ERR-USR-INVALIDPASSWORDERROR, ERR-USR-USERNOTFOUND),
     * {"error": "..."} (400/401, e.g. invalidCredentials); inside or outside a data wrapper. An errorCode "0" or an
     * empty error is no error.
     */
    public static Optional<AnswerError> find(JsonElement answer) {
        JsonElement inner = BoundedJson.unwrapData(answer);
        Optional<AnswerError> found = inner.isJsonObject() ? inObject(inner.getAsJsonObject()) : Optional.empty();
        if (found.isEmpty() && BoundedJson.hasDataWrapper(answer)) {
            found = inObject(answer.getAsJsonObject());
        }
        return found;
    }

    /**
     * The list SMT sent under this name ({@link JsonFields#array}); without it, the error SMT put into the answer
     * instead is thrown, and null returned when there is none (nothing published yet).
     */
    static @Nullable JsonArray list(JsonElement answer, String name) throws MalformedAnswerException {
        JsonArray list = JsonFields.array(answer, name);
        Optional<AnswerError> error = list == null ? find(answer) : Optional.empty();
        if (error.isPresent()) {
            throw new MalformedAnswerException(
                    "No " + name + ": SMT error " + error.get().code() + " " + error.get().message());
        }
        return list;
    }

    private static Optional<AnswerError> inObject(JsonObject object) {
        String code = codeText(JsonFields.member(object, "errorCode", "error_code"));
        String message = JsonFields.text(object, "errorMessage", "error_message");
        if (code != null || message != null) {
            if (code == null) {
                // the portal login sends only "errormessage", and its text is the code (ERR-USR-...)
                code = looksLikeCode(message) ? message : "";
            }
            if (!"0".equals(code) && !(code.isEmpty() && message == null)) {
                return Optional.of(new AnswerError(shorten(code), shorten(message == null ? "" : message)));
            }
        }
        JsonElement error = JsonFields.member(object, "error");
        if (error != null && error.isJsonObject()) {
            Optional<AnswerError> nested = inObject(error.getAsJsonObject());
            if (nested.isPresent()) {
                return nested;
            }
            JsonObject details = error.getAsJsonObject();
            String nestedCode = codeText(JsonFields.member(details, "code", "status"));
            String nestedMessage = JsonFields.text(details, "message", "description");
            if (nestedCode != null || nestedMessage != null) {
                return Optional.of(new AnswerError(shorten(nestedCode == null ? "" : nestedCode),
                        shorten(nestedMessage == null ? "" : nestedMessage)));
            }
            return Optional.empty();
        }
        String errorText = JsonFields.text(error);
        if (errorText != null && !"false".equalsIgnoreCase(errorText) && !"0".equals(errorText)) {
            String description = JsonFields.text(object, "error_description", "message", "errorDescription");
            boolean isFlag = "true".equalsIgnoreCase(errorText);
            if (isFlag && description == null) {
                return Optional.of(new AnswerError("", ""));
            }
            return Optional.of(new AnswerError(isFlag ? "" : shorten(errorText),
                    shorten(description == null ? (isFlag ? "" : errorText) : description)));
        }
        return Optional.empty();
    }

    private static @Nullable String codeText(@Nullable JsonElement value) {
        String text = JsonFields.text(value);
        if (text == null || value == null) {
            return null;
        }
        if (value.getAsJsonPrimitive().isNumber()) {
            try {
                return SmtValues.integralText(text);
            } catch (MalformedAnswerException e) {
                return SmtValues.excerpt(text, 40);
            }
        }
        return text;
    }

    private static boolean looksLikeCode(@Nullable String text) {
        return text != null && text.length() <= 64
                && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
    }

    private static String shorten(String text) {
        return SmtValues.excerpt(text, MAX_TEXT);
    }
}
