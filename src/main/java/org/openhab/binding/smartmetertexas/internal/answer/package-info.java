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
/**
 * Text to model: SMT's JSON answers (both flows, every variant of doc/smt-protocol.md §6), RD strings (§4) and the
 * import files (portal CSV export, saved answers, the project's own CSV). Decisions every parser shares:
 * <ul>
 * <li>wall-clock labels become instants only through {@code CentralDay} (America/Chicago), never by adding
 * minutes to a wall time; repeated fall-back labels are told apart by their order within the day;</li>
 * <li>a missing value is no reading, never a zero; a day or row that cannot be placed safely is rejected by name
 * ({@link org.openhab.binding.smartmetertexas.internal.text.RejectedPart}) and the rest is kept;</li>
 * <li>quality: "A"/"Actual" is actual, anything else (E, unknown, missing flag) estimated;</li>
 * <li>generation from /api/usage/interval counts only when generationFlag is true or a value is non-zero;</li>
 * <li>a zero register is never an on-demand read (SMT fills in 0 / 0E+0 before the meter answered);</li>
 * <li>numbers, dates and times are read by {@code SmtValues}, which refuses NaN, huge exponents, absurd
 * magnitudes and impossible dates before anything expensive happens to them.</li>
 * </ul>
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
package org.openhab.binding.smartmetertexas.internal.answer;
