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
 * A Smart Meter Texas simulator for tests and the command line's {@code simulate} / {@code demo}: HTTPS on
 * 127.0.0.1 with a throw-away CA, the portal flow and the official API as doc/smt-protocol.md describes them,
 * deterministic synthetic meters, ODR limits, revisions, DST days and every known failure mode.
 * <p>
 * Typical use:
 *
 * <pre>
 * ManualClock clock = new ManualClock(Instant.parse("2025-06-16T17:00:00Z"));
 * try (SmtSimulator smt = SmtSimulator.start(SimulatorConfig.builder().clock(clock).build())) {
 *     // trust only smt.trustStore(), talk to smt.portalUrl() / smt.officialUrl()
 *     smt.control().faultOnce(Endpoint.PORTAL_INTERVALSYNCH, Fault.HTTP_500, 1);
 *     clock.advance(Duration.ofMinutes(30));
 *     smt.truth().intervals(smt.esiids().get(0), LocalDate.of(2025, 6, 15)); // what a client should parse
 * }
 * </pre>
 *
 * Not part of the bundle; imports nothing from the binding.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
package org.openhab.binding.smartmetertexas.simulator;
