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
package org.openhab.binding.smartmetertexas.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.api.AccountSettings;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.api.SmtTransport;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DataKind;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.Backoff;
import org.openhab.binding.smartmetertexas.internal.planning.MeterPlanner;
import org.openhab.binding.smartmetertexas.internal.planning.MeterProgress;
import org.openhab.binding.smartmetertexas.internal.planning.MeterSettings;
import org.openhab.binding.smartmetertexas.internal.planning.MeterWorker;
import org.openhab.binding.smartmetertexas.internal.policy.OdrPollSchedule;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;
import org.openhab.binding.smartmetertexas.simulator.MeterSpec;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;

/**
 * The {@code bench} command: what the binding costs SMT and the machine, measured against the floor. Runs the binding's
 * own request policy, planner and client ({@link MeterWorker}, the logic the openHAB handler runs) against the
 * simulator in virtual time, counts the requests SMT receives, and prints one JSON line.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Bench {

    /** A steady summer week: no DST change, yesterday's data published at 09:00 Central. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);
    static final int STEADY_DAYS = 7;
    static final Duration TICK = Duration.ofSeconds(30);
    /** The comparison client polls a read's status every 15 s (as the Home Assistant integration does). */
    static final Duration EVERY_15_SECONDS = Duration.ofSeconds(15);
    static final int HISTORY_DAYS = 730;
    /** The bench's usual portal token outlasts the day; the simulator's default one lasts 30 minutes. */
    static final Duration DAY_LONG_TOKEN = Duration.ofHours(24);
    static final Duration SHORT_TOKEN = Duration.ofMinutes(30);

    /** The figures; {@link #json()} is what the command prints. */
    public record Result(double requestsPerMeterDay, double floorRequestsPerMeterDay, int backfill730Requests,
            int backfill730Floor, double parse70kMillis, long bundleBytes, double pollEvery15sRequestsPerMeterDay,
            double slowReadRequestsPerMeterDay, double slowReadPollEvery15sRequestsPerMeterDay,
            double requestsPerMeterDay30MinTokens, double floor30MinTokens, double cost730Days10PlansMillis) {

        public String json() {
            return String.format(Locale.ROOT,
                    "{\"requestsPerMeterDay\":%.2f,\"floorRequestsPerMeterDay\":%.2f,\"ratioToFloor\":%.3f,"
                            + "\"backfill730Requests\":%d,\"backfill730Floor\":%d,\"parse70kMillis\":%.1f,"
                            + "\"bundleBytes\":%d,\"pollEvery15sRequestsPerMeterDay\":%.2f,"
                            + "\"slowReadRequestsPerMeterDay\":%.2f,\"slowReadPollEvery15sRequestsPerMeterDay\":%.2f,"
                            + "\"requestsPerMeterDay30MinTokens\":%.2f,\"floor30MinTokens\":%.2f,"
                            + "\"cost730Days10PlansMillis\":%.1f}",
                    requestsPerMeterDay, floorRequestsPerMeterDay, requestsPerMeterDay / floorRequestsPerMeterDay,
                    backfill730Requests, backfill730Floor, parse70kMillis, bundleBytes, pollEvery15sRequestsPerMeterDay,
                    slowReadRequestsPerMeterDay, slowReadPollEvery15sRequestsPerMeterDay,
                    requestsPerMeterDay30MinTokens, floor30MinTokens, cost730Days10PlansMillis);
        }
    }

    /** The bench counts requests; what they return is the tests' business. */
    private static final MeterWorker.Listener RESULTS_UNUSED = new MeterWorker.Listener() {
        @Override
        public void read(MeterRead read) {
        }

        @Override
        public void intervals(IntervalData data) {
        }

        @Override
        public void daily(List<DailyRead> reads) {
        }

        @Override
        public void monthly(List<MonthlyUsage> periods) {
        }

        @Override
        public void succeeded() {
        }

        @Override
        public void failed(SmtException failure) {
            throw new IllegalStateException("a bench request failed: " + failure.getMessage());
        }

        @Override
        public void accountFailed(SmtException failure) {
            // the account hears of it too, and fails the bench
        }
    };

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run(args.length > 0 ? Path.of(args[0]) : null).json());
    }

    public static Result run(@Nullable Path bundle) throws Exception {
        Duration quickRead = Duration.ofSeconds(25);
        Duration slowRead = Duration.ofMinutes(3);
        List<RecordedRequest> dayLongTokens = steadyRequests(quickRead, OdrPollSchedule.DEFAULT, TICK, DAY_LONG_TOKEN);
        double steady = perDay(dayLongTokens);
        double pollEvery15s = steadyRequestsPerDay(quickRead, every15Seconds(), EVERY_15_SECONDS);
        double slow = steadyRequestsPerDay(slowRead, OdrPollSchedule.DEFAULT, TICK);
        double slowEvery15s = steadyRequestsPerDay(slowRead, every15Seconds(), EVERY_15_SECONDS);
        double shortTokens = perDay(steadyRequests(quickRead, OdrPollSchedule.DEFAULT, TICK, SHORT_TOKEN));
        int backfill = backfillRequests();
        double parse = ParseBench.rdMedianMillis(5, 11);
        double cost = CostBench.medianMillis(3, 7);
        return new Result(steady, floorPerDay(), backfill, backfillFloor(), parse, bundleBytes(bundle), pollEvery15s,
                slow, slowEvery15s, shortTokens, floorWithTokensOf(dayLongTokens, SHORT_TOKEN), cost);
    }

    /**
     * The fewest requests any client needs for one meter-day of the same data: a request and one status answer per
     * hourly read, one request per data kind, one login (the bench's token lasts the day).
     */
    static double floorPerDay() {
        return 24 * 2 + 3 + 1;
    }

    /**
     * The fewest requests for the same meter-days with tokens that last {@code lifetime}: the data requests of a run
     * whose token lasts the day, plus a login before each of them that finds the last token run out. No request
     * fails with 401; the client would have to know the lifetime in advance.
     */
    static double floorWithTokensOf(List<RecordedRequest> dayLongTokenRun, Duration lifetime) {
        int requests = 0;
        Instant loggedIn = null;
        for (RecordedRequest request : dayLongTokenRun) {
            if (request.path().endsWith("/authenticate")) {
                continue;
            }
            if (loggedIn == null || !request.time().isBefore(loggedIn.plus(lifetime))) {
                loggedIn = request.time();
                requests++;
            }
            requests++;
        }
        return requests / (double) STEADY_DAYS;
    }

    /** 730 days in 31-day chunks for 15-minute and daily data, billing periods a year at a time, one login. */
    static int backfillFloor() {
        int chunks = (HISTORY_DAYS + 30) / 31;
        return 2 * chunks + (HISTORY_DAYS + 365) / 366 + 1;
    }

    private static OdrPollSchedule every15Seconds() {
        return OdrPollSchedule.every(EVERY_15_SECONDS, Duration.ofMinutes(15));
    }

    /** Requests SMT receives per day once the meter runs steadily: hourly reads, yesterday's data, monthly data. */
    static double steadyRequestsPerDay(Duration readTakes, OdrPollSchedule polls, Duration tick) throws Exception {
        return perDay(steadyRequests(readTakes, polls, tick, DAY_LONG_TOKEN));
    }

    /**
     * The requests SMT receives in {@link #STEADY_DAYS} once the meter runs steadily, with portal tokens of the given
     * life.
     */
    static List<RecordedRequest> steadyRequests(Duration readTakes, OdrPollSchedule polls, Duration tick,
            Duration tokenLifetime) throws Exception {
        try (VirtualAccount account = new VirtualAccount(readTakes, polls, tick, tokenLifetime)) {
            MeterWorker worker = account.worker(new MeterSettings(60, 0, 7));
            Instant steadyFrom = SmtTime.startOfDay(FIRST_DAY.plusDays(1));
            account.run(worker, steadyFrom);
            int before = account.simulator.requests().size();
            account.run(worker, steadyFrom.plus(Duration.ofDays(STEADY_DAYS)));
            List<RecordedRequest> all = account.simulator.requests();
            return List.copyOf(all.subList(before, all.size()));
        }
    }

    private static double perDay(List<RecordedRequest> requests) {
        return requests.size() / (double) STEADY_DAYS;
    }

    /** Requests to load 730 days of one meter, from a first start until the history is complete. */
    static int backfillRequests() throws Exception {
        try (VirtualAccount account = new VirtualAccount(Duration.ofSeconds(25), OdrPollSchedule.DEFAULT, TICK,
                DAY_LONG_TOKEN)) {
            MeterWorker worker = account.worker(new MeterSettings(0, HISTORY_DAYS, 7));
            int before = account.simulator.requests().size() - 1; // the login is part of the cost
            Instant limit = account.clock.instant().plus(Duration.ofHours(12));
            MeterProgress progress = worker.planner().progress();
            while (!(progress.historyPlanned() && progress.backfill().isEmpty()
                    && progress.completeUntil(DataKind.INTERVALS) != null)) {
                if (account.clock.instant().isAfter(limit)) {
                    throw new IllegalStateException("history did not load within 12 simulated hours");
                }
                account.run(worker, account.clock.instant().plus(account.tick));
            }
            return account.simulator.requests().size() - before;
        }
    }

    private static long bundleBytes(@Nullable Path bundle) throws URISyntaxException {
        Path jar = bundle;
        if (jar == null) {
            // Beside the command-line jar: target/org.openhab.binding.smartmetertexas-<version>.jar
            Path self = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            String name = self.getFileName().toString().replace("-cli.jar", ".jar");
            jar = self.resolveSibling(name);
        }
        try {
            return Files.size(jar);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** One account on a simulator, in virtual time: the policy's waits advance the shared clock. */
    private static final class VirtualAccount implements MeterWorker.Account, AutoCloseable {
        final ManualClock clock = new ManualClock(SmtTime.startOfDay(FIRST_DAY));
        final SmtSimulator simulator;
        final HttpClient http;
        final SmtClient client;
        final RequestPolicy policy;
        final List<MeterInfo> meters;
        final Duration tick;

        VirtualAccount(Duration readTakes, OdrPollSchedule polls, Duration tick, Duration tokenLifetime)
                throws Exception {
            this.tick = tick;
            simulator = SmtSimulator
                    .start(SimulatorConfig.builder().clock(clock).port(0).meters(List.of(MeterSpec.DEFAULT_HOUSEHOLD))
                            .odrDelay(readTakes).publishHourCentral(9).portalTokenLifetime(tokenLifetime).build());
            http = SmtTransport.newHttpClient(SmtTransport.sslContextFactory(null, null, simulator.trustStore()),
                    "smt-bench");
            policy = new RequestPolicy(clock, polls);
            AccountSettings settings = AccountSettings.builder(Flow.PORTAL, simulator.username(), simulator.password())
                    .portalBaseUrl(simulator.portalUrl()).build();
            client = SmtClient.create(settings,
                    new SmtTransport(http, policy, clock::advance, settings.requestTimeout()));
            client.login();
            meters = client.meters();
        }

        MeterWorker worker(MeterSettings settings) {
            MeterPlanner planner = new MeterPlanner(clock, meters.get(0).esiid(), settings, new MeterProgress());
            return new MeterWorker(clock, meters.get(0).esiid(), meters.get(0).meterNumber(), planner,
                    new Backoff(new Random(1)), clock::advance);
        }

        /** Ticks as the handler does (every 30 s) until {@code end}. */
        void run(MeterWorker worker, Instant end) {
            for (Instant at = clock.instant(); at.isBefore(end); at = at.plus(tick)) {
                if (clock.instant().isBefore(at)) {
                    clock.set(at);
                }
                worker.runDueTasks(this, RESULTS_UNUSED);
            }
            if (clock.instant().isBefore(end)) {
                clock.set(end);
            }
        }

        @Override
        public <T> T call(MeterWorker.ClientCall<T> call) throws SmtException {
            return call.apply(client);
        }

        @Override
        public void failed(SmtException failure) {
            throw new IllegalStateException("the bench account failed: " + failure.getMessage());
        }

        @Override
        public @Nullable RequestPolicy policy() {
            return policy;
        }

        @Override
        public String meterNumber(Esiid esiid) {
            return meters.get(0).meterNumber();
        }

        @Override
        public void close() {
            SmtTransport.stop(http);
            simulator.close();
        }
    }
}
