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

import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;
import org.openhab.binding.smartmetertexas.simulator.GroundTruth;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SimulatorControl;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * One account and one meter (the solar one, so generation is covered too) running against the simulator in virtual
 * time, for fault tests: starts online with the first days stored, lets a test break SMT in some way, and answers
 * what a user would see (statuses since the fault), what persistence holds, and whether it equals SMT's data.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class FaultScenario implements AutoCloseable {

    /** A Tuesday in spring, well away from DST changes. */
    static final LocalDate DAY1 = LocalDate.of(2026, 4, 14);
    static final int REVISION_DAYS = 3;
    /** The portal's data endpoints: a data fault must hit both interval endpoints (one falls back to the other). */
    static final List<Endpoint> PORTAL_DATA = List.of(Endpoint.PORTAL_INTERVALSYNCH, Endpoint.PORTAL_INTERVAL,
            Endpoint.PORTAL_DAILY, Endpoint.PORTAL_MONTHLY);
    static final List<Endpoint> OFFICIAL_DATA = List.of(Endpoint.OFFICIAL_INTERVALS, Endpoint.OFFICIAL_DAILY,
            Endpoint.OFFICIAL_MONTHLY);

    final BindingHarness harness;
    final boolean official;
    final String esiid;
    Map<String, Object> accountConfig;
    final Map<String, Object> meterConfig;
    Thing account;
    final Thing meter;
    private int accountMark;
    private int meterMark;
    private @Nullable Instant faultAt;

    private FaultScenario(BindingHarness harness, boolean official, Map<String, Object> meterConfig) {
        this.harness = harness;
        this.official = official;
        this.esiid = harness.simulator.esiids().get(1);
        this.accountConfig = official ? BindingHarness.officialAccount(harness.simulator)
                : BindingHarness.portalAccount(harness.simulator);
        this.meterConfig = meterConfig;
        this.account = harness.startAccount(accountConfig).getThing();
        this.meter = harness.startMeter(esiid, meterConfig).getThing();
    }

    /** Portal flow, no on-demand reads, started on {@link #DAY1} at 09:40 Central. */
    static FaultScenario portal() throws Exception {
        return start(false, b -> {
        }, h -> {
        }, Map.of(), DAY1, LocalTime.of(9, 40));
    }

    static FaultScenario official() throws Exception {
        return start(true, b -> {
        }, h -> {
        }, Map.of(), DAY1, LocalTime.of(9, 40));
    }

    /**
     * Starts the account and the meter (readInterval 0, historyDays 0, revisionDays 3 unless {@code meterConfig}
     * says otherwise) at {@code time} Central on {@code day}, and runs 10 minutes: both online, the days before
     * stored. {@code beforeStart} may set the harness's HTTP client knobs.
     */
    static FaultScenario start(boolean official, Consumer<SimulatorConfig.Builder> simulator,
            Consumer<BindingHarness> beforeStart, Map<String, Object> meterConfig, LocalDate day, LocalTime time)
            throws Exception {
        SimulatorConfig.Builder config = SimulatorConfig.builder();
        simulator.accept(config);
        BindingHarness harness = new BindingHarness(day.atTime(time).atZone(SmtTime.CENTRAL).toInstant(), config);
        beforeStart.accept(harness);
        Map<String, Object> meter = new HashMap<>(
                Map.of("readInterval", 0, "historyDays", 0, "revisionDays", REVISION_DAYS));
        meter.putAll(meterConfig);
        FaultScenario scenario = new FaultScenario(harness, official, meter);
        harness.run(Duration.ofMinutes(10));
        return scenario;
    }

    SmtSimulator simulator() {
        return harness.simulator;
    }

    SimulatorControl control() {
        return harness.simulator.control();
    }

    GroundTruth truth() {
        return harness.simulator.truth();
    }

    List<Endpoint> dataEndpoints() {
        return official ? OFFICIAL_DATA : PORTAL_DATA;
    }

    Endpoint login() {
        return official ? Endpoint.OFFICIAL_TOKEN : Endpoint.PORTAL_LOGIN;
    }

    /** Every data endpoint of the flow meets the fault until it is cleared. */
    void faultData(Fault fault) {
        for (Endpoint endpoint : dataEndpoints()) {
            control().fault(endpoint, fault);
        }
    }

    LocalDate today() {
        return SmtTime.dayOf(harness.clock.instant());
    }

    /** Runs until the next Central day's {@code time}. */
    void runToNextDay(LocalTime time) {
        harness.runUntil(today().plusDays(1), time);
    }

    void run(Duration duration) {
        harness.run(duration);
    }

    /** From now on, statuses count as "seen during the fault". */
    void markFault() {
        accountMark = harness.statuses(account).size();
        meterMark = harness.statuses(meter).size();
        faultAt = harness.clock.instant();
    }

    List<ThingStatusInfo> accountSince() {
        List<ThingStatusInfo> all = harness.statuses(account);
        return all.subList(Math.min(accountMark, all.size()), all.size());
    }

    List<ThingStatusInfo> meterSince() {
        List<ThingStatusInfo> all = harness.statuses(meter);
        return all.subList(Math.min(meterMark, all.size()), all.size());
    }

    /**
     * The first status since the fault that shows a problem: not ONLINE, and not the UNKNOWN a handler starts with
     * (ONLINE when there was none).
     */
    static ThingStatusInfo firstTrouble(List<ThingStatusInfo> seen) {
        return seen.stream().filter(s -> s.getStatus() != ThingStatus.ONLINE && s.getStatus() != ThingStatus.UNKNOWN)
                .findFirst().orElse(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null));
    }

    static boolean shows(ThingStatusInfo info, ThingStatus status, ThingStatusDetail detail, String description) {
        String text = info.getDescription();
        return info.getStatus() == status && info.getStatusDetail() == detail
                && (description.isEmpty() ? text == null || text.isEmpty()
                        : text != null && text.startsWith(description));
    }

    /** A short form for the table: OFFLINE COMMUNICATION_ERROR offline.maintenance. */
    static String brief(ThingStatusInfo info) {
        String text = info.getDescription();
        String key = "";
        if (text != null && text.startsWith("@text/")) {
            int end = text.indexOf(' ');
            key = " " + text.substring(6, end < 0 ? text.length() : end);
        }
        return info.getStatus() == ThingStatus.ONLINE ? "ONLINE"
                : info.getStatus() + " " + info.getStatusDetail() + key;
    }

    ThingStatus accountStatus() {
        return account.getStatus();
    }

    ThingStatus meterStatus() {
        return meter.getStatus();
    }

    boolean bothOnline() {
        return account.getStatus() == ThingStatus.ONLINE && meter.getStatus() == ThingStatus.ONLINE;
    }

    /** The user corrects the account's configuration: openHAB disposes the handler and starts it again. */
    void reconfigureAccount(Map<String, Object> config) {
        harness.account().dispose();
        accountConfig = config;
        account = harness.startAccount(config).getThing();
    }

    /** Login (token) requests SMT received since the fault was marked. */
    long loginsSinceFault() {
        Instant since = faultAt;
        return harness.simulator.requests().stream().filter(PoliteAudit::isLogin)
                .filter(r -> since == null || !r.time().isBefore(since)).count();
    }

    /** Series sent on any channel of the meter so far. */
    int seriesSent() {
        return audit().seriesCount();
    }

    ReplayedPersistence persistence() {
        return ReplayedPersistence.of(harness, meter);
    }

    SeriesAudit.Result audit() {
        return SeriesAudit.of(harness, meter);
    }

    /** Days whose 15-minute data SMT has with fewer intervals than the day is long (SMT's own gaps). */
    Set<LocalDate> smtGapDays(LocalDate from, LocalDate to) {
        Set<LocalDate> gaps = new TreeSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (truth().intervals(esiid, day).size() < SeriesFactory.intervalsIn(day)) {
                gaps.add(day);
            }
        }
        return gaps;
    }

    /**
     * Where what persistence holds for the days differs from SMT's current data: 15-minute consumption and
     * generation (every interval SMT has, no other), daily consumption. Empty when all equal.
     */
    List<String> storedDiffersFromSmt(LocalDate from, LocalDate to) {
        ReplayedPersistence stored = persistence();
        List<String> differences = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            NavigableMap<Instant, BigDecimal> consumption = stored.day(CHANNEL_INTERVAL_CONSUMPTION, day);
            NavigableMap<Instant, BigDecimal> generation = stored.day(CHANNEL_INTERVAL_GENERATION, day);
            List<GroundTruth.Interval> truth = truth().intervals(esiid, day);
            if (consumption.size() != truth.size()) {
                differences.add(day + ": " + consumption.size() + " intervals stored, SMT has " + truth.size());
            }
            for (GroundTruth.Interval interval : truth) {
                BigDecimal value = consumption.get(interval.start());
                if (value == null || value.compareTo(interval.consumptionKwh()) != 0) {
                    differences.add(day + ": consumption at " + interval.start() + " is " + value + ", SMT has "
                            + interval.consumptionKwh());
                    break;
                }
                BigDecimal surplus = generation.get(interval.start());
                if (surplus == null || surplus.compareTo(interval.generationKwh()) != 0) {
                    differences.add(day + ": generation at " + interval.start() + " is " + surplus + ", SMT has "
                            + interval.generationKwh());
                    break;
                }
            }
            BigDecimal daily = stored.channel(CHANNEL_DAILY_CONSUMPTION).get(SmtTime.startOfDay(day));
            BigDecimal expected = truth().consumptionKwh(esiid, day);
            if (daily == null || daily.compareTo(expected) != 0) {
                differences.add(day + ": daily consumption " + daily + ", SMT has " + expected);
            }
        }
        return differences;
    }

    @Nullable
    Instant faultAt() {
        return faultAt;
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
