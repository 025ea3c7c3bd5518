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
 * What to ask SMT and when: the one owner of every scheduling decision, in plain Java on an injected clock, used
 * by the openHAB handlers and the command line alike.
 * <p>
 * Rules of doc/smt-protocol.md §7 enforced here, each in one place:
 * <ul>
 * <li>date ranges go out in chunks of at most 31 days (a year for billing periods):
 * {@link org.openhab.binding.smartmetertexas.internal.planning.MeterPlanner#chunkDays};</li>
 * <li>on-demand reads: the budget of 2 an hour and 24 a Central day (and SMT's 5031/5032), the status polls at
 * 30 s, 1, 2, 4, 8 minutes and giving up at 15:
 * {@link org.openhab.binding.smartmetertexas.internal.planning.OnDemandReads}
 * with its {@link org.openhab.binding.smartmetertexas.internal.planning.ReadTicket};</li>
 * <li>yesterday's data from 09:30 Central then every 2 hours, monthly data once a day, no routine request of a data
 * kind within 15 minutes, history newest chunk first and at least 5 s apart:
 * {@link org.openhab.binding.smartmetertexas.internal.planning.MeterPlanner} (the command line paces its history
 * with {@link org.openhab.binding.smartmetertexas.internal.planning.HistoryPacing}, on the same rule);</li>
 * <li>only the days asked are kept from an answer:
 * {@link org.openhab.binding.smartmetertexas.internal.planning.AskedDays}.</li>
 * </ul>
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
package org.openhab.binding.smartmetertexas.internal.planning;
