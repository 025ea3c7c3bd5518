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
 * Talking to SMT: one account's session (token, cookies, renewal) and one request per call, through the portal
 * flow or the official API. {@code SmtTransport} is the only class that touches Jetty. The client decides nothing
 * about what to ask or when; that is the planning package's job.
 * <p>
 * Rules of doc/smt-protocol.md §7 enforced here, each in one place:
 * <ul>
 * <li>any request of the account at least 2 s after the previous one, never more than 5 in 10 s:
 * {@code policy.AccountPacer}, applied by {@code SmtTransport};</li>
 * <li>login: reuse the token, one re-login and one retry after a 401 ({@code FlowClient}); nothing for an hour
 * after a 403, nothing after rejected credentials until the configuration changes ({@code policy.AccessGate},
 * applied by {@code AnswerReader} and the flows' logins);</li>
 * <li>the official API's token 401 is never retried by itself ({@code OfficialClient}).</li>
 * </ul>
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
package org.openhab.binding.smartmetertexas.internal.api;
