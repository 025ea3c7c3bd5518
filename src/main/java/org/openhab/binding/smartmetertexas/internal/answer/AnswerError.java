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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An error SMT reported inside an answer body.
 *
 * @param code SMT's code (e.g. "1", "2076", "ERR-USR-INVALIDPASSWORDERROR", "invalidCredentials")
 * @param message SMT's text, shortened; empty when SMT gave none
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public record AnswerError(String code, String message) {
}
