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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.openhab.binding.smartmetertexas.internal.api.AccountSettings;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.api.SmtTransport;
import org.openhab.binding.smartmetertexas.internal.fileimport.IntervalCsv;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.HistoryPacing;
import org.openhab.binding.smartmetertexas.internal.planning.MeterPlanner;
import org.openhab.binding.smartmetertexas.internal.planning.OnDemandReads;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.policy.Sleeper;
import org.openhab.binding.smartmetertexas.internal.pricing.Plan;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;
import org.openhab.binding.smartmetertexas.simulator.RecordedRequest;
import org.openhab.binding.smartmetertexas.simulator.SimulatorConfig;
import org.openhab.binding.smartmetertexas.simulator.SmtSimulator;

/**
 * {@code demo}: both flows end to end against the built-in simulator, on a compressed clock. The simulator and
 * each flow's {@link RequestPolicy} share one {@link ManualClock} that a virtual {@link Sleeper} moves forward: the
 * 2-second spacing, the 5-second history pacing and the wait for the meter read all happen in simulated time and
 * cost no real time, while every rule of the policy still holds in that time (the summary shows it).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class DemoCommand implements Command {

    static final String DEFAULT_DIR = "smt-demo";
    static final int HISTORY_DAYS = 30;
    static final String INTERVALS_FILE = "intervals.csv";
    static final String DAILY_FILE = "daily.csv";
    static final String MONTHLY_FILE = "monthly.csv";
    static final String CHART_FILE = "chart.png";
    /** The example plans of doc/plans: flat, free nights, bill credit. */
    static final List<String> EXAMPLE_PLANS = List.of("flat.json", "free-nights.json", "bill-credit.json");
    static final List<String> FILES = List.of(INTERVALS_FILE, DAILY_FILE, MONTHLY_FILE, CHART_FILE);
    /** How long the simulated meter takes to read: long enough to show a pending read, short enough to wait for. */
    static final Duration READ_TIME = Duration.ofSeconds(100);

    /**
     * What one flow brought back.
     *
     * @param flow the flow
     * @param meters the meters it worked on
     * @param readMeter the meter it read on demand
     * @param read that read's outcome
     * @param intervals 15-minute readings per meter, in time order
     * @param daily daily reads per meter
     * @param monthly billing periods per meter
     */
    record FlowResult(Flow flow, List<MeterInfo> meters, Esiid readMeter, MeterRead read,
            Map<Esiid, List<IntervalReading>> intervals, Map<Esiid, List<DailyRead>> daily,
            Map<Esiid, List<MonthlyUsage>> monthly) {
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "both flows end to end against the simulator: summary, CSV files and a chart";
    }

    @Override
    public String synopsis() {
        return "[--out DIR]";
    }

    @Override
    public String description() {
        return """
                Starts the built-in SMT simulator and runs both flows against it end to end: portal login and
                meter list, official API login, an on-demand read on each, %d days of 15-minute history,
                daily and monthly data. Prints a short summary (meters, latest reads, daily totals, solar
                surplus, three example plans priced on the data, whether the request policy held) and writes
                into DIR (default ./%s):
                  %s  %s  %s  %s (a heat map of the household by day and time of day, and the daily totals)
                DIR is a folder; it is made when missing. These four files in it are replaced when they exist
                (the summary says so), each as a whole once complete; other files stay untouched; a symbolic link
                or a directory in the place of one of them is refused, and nothing is written outside DIR.
                Simulator and request policy share a compressed clock: the policy's waits cost no real time,
                yet every rule holds in simulated time. Takes a few seconds.""".formatted(HISTORY_DAYS, DEFAULT_DIR,
                INTERVALS_FILE, DAILY_FILE, MONTHLY_FILE, CHART_FILE);
    }

    @Override
    public Set<String> options() {
        return Set.of("--out");
    }

    @Override
    public int run(Arguments args, Environment env)
            throws UsageException, SmtException, IOException, InterruptedException {
        args.positional(0, "no arguments");
        Path dir = env.resolve(args.option("--out", DEFAULT_DIR));
        CsvOutput.checkFolder(dir, "--out");
        for (String name : FILES) {
            Path target = dir.resolve(name);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException(target + " is a symbolic link or a directory: the demo does not write "
                        + "through it; remove it or choose another --out DIR");
            }
        }
        long realStart = System.nanoTime();
        LocalDate today = SmtTime.dayOf(env.clock().instant());
        // late morning: yesterday's data are published (from 09:00 Central)
        Instant start = today.atTime(11, 0).atZone(SmtTime.CENTRAL).toInstant();
        ManualClock clock = new ManualClock(start);
        Sleeper virtual = clock::advance;
        Progress progress = new Progress(env.err(), env.terminal());

        SimulatorConfig config = SimulatorConfig.builder().clock(clock).odrDelay(READ_TIME).odrPreviousReadFirst(true)
                .build();
        SmtSimulator simulator;
        try {
            simulator = SmtSimulator.start(config);
        } catch (Exception e) {
            env.err().println("smt: cannot start the simulator: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        try (SmtSimulator sim = simulator) {
            env.simulatorStarted(sim);
            progress.note("demo: SMT simulator at " + sim.portalUrl() + "; simulated time starts at "
                    + DemoSummary.time(start) + " and runs only while the request policy waits");
            LocalDate last = today.minusDays(1);
            LocalDate first = last.minusDays(HISTORY_DAYS - 1L);
            LocalDate monthlyFrom = today.minusDays(MeterPlanner.MONTHLY_ROUTINE_DAYS - 1L);
            Steps steps = new Steps(progress, 2 * (3 + 3 * sim.esiids().size()) + 1);

            FlowResult portal = runFlow(Flow.PORTAL, sim, clock, virtual, env, progress, steps, List.of(), first, last,
                    monthlyFrom);
            FlowResult official = runFlow(Flow.OFFICIAL, sim, clock, virtual, env, progress, steps, portal.meters(),
                    first, last, monthlyFrom);

            steps.next("writing " + dir);
            Files.createDirectories(dir);
            DemoSummary summary = new DemoSummary(portal, official, first, last, examplePlans());
            List<String> replaced = writeFiles(dir, portal, summary);
            steps.done();

            List<RecordedRequest> requests = sim.requests();
            PolicyAudit portalAudit = PolicyAudit.of(requests, path -> !PolicyAudit.isOfficial(path));
            PolicyAudit officialAudit = PolicyAudit.of(requests, PolicyAudit::isOfficial);
            Duration simulated = Duration.between(start, clock.instant());
            Duration real = Duration.ofNanos(System.nanoTime() - realStart);
            env.out().print(summary.text(portalAudit, officialAudit, dir, simulated, real));
            if (!replaced.isEmpty()) {
                env.out().println("Replaced the earlier " + String.join(", ", replaced) + " in " + dir + ".");
            }
            env.out().flush();
            return ExitCode.OK;
        }
    }

    private FlowResult runFlow(Flow flow, SmtSimulator sim, ManualClock clock, Sleeper virtual, Environment env,
            Progress progress, Steps steps, List<MeterInfo> knownMeters, LocalDate first, LocalDate last,
            LocalDate monthlyFrom) throws SmtException, InterruptedException {
        String name = flow == Flow.PORTAL ? "portal" : "official API";
        HttpClient http = SmtTransport.newHttpClient(SmtTransport.sslContextFactory(null, null, sim.trustStore()),
                "smt-demo-" + name.replace(' ', '-'));
        try {
            AccountSettings settings = AccountSettings.builder(flow, sim.username(), sim.password())
                    .portalBaseUrl(sim.portalUrl()).officialBaseUrl(sim.officialUrl()).build();
            RequestPolicy policy = new RequestPolicy(clock);
            SmtClient client = SmtClient.create(settings,
                    new SmtTransport(http, policy, virtual, settings.requestTimeout()));

            steps.next(name + ": login");
            client.login();

            steps.next(name + ": meters");
            List<MeterInfo> meters;
            try {
                meters = client.meters();
            } catch (SmtException e) {
                if (e.kind() != Failure.NOT_SUPPORTED) {
                    throw e;
                }
                progress.note(name + ": no meter list in this flow; using the meters the portal listed");
                meters = knownMeters;
            }
            if (meters.isEmpty()) {
                throw new IllegalStateException("the simulator lists no meters");
            }

            // the portal reads the first meter, the official API the last: one read per meter and hour
            MeterInfo target = flow == Flow.PORTAL ? meters.get(0) : meters.get(meters.size() - 1);
            steps.next(name + ": on-demand read of " + target.esiid());
            MeterRead read = new OnDemandRead(client, new OnDemandReads(policy), virtual, progress, env.terminal())
                    .read(target.esiid(), target.meterNumber());

            HistoryFetch fetch = new HistoryFetch(client, clock, new HistoryPacing(policy, virtual),
                    progress.notesOnly());
            Map<Esiid, List<IntervalReading>> intervals = new LinkedHashMap<>();
            Map<Esiid, List<DailyRead>> daily = new LinkedHashMap<>();
            Map<Esiid, List<MonthlyUsage>> monthly = new LinkedHashMap<>();
            for (MeterInfo meter : meters) {
                Esiid esiid = meter.esiid();
                steps.next(name + ": " + HISTORY_DAYS + " days of 15-minute data of " + esiid);
                intervals.put(esiid, rows(fetch.intervals(esiid, first, last), progress));
                steps.next(name + ": daily reads of " + esiid);
                daily.put(esiid, rows(fetch.daily(esiid, first, last), progress));
                steps.next(name + ": monthly usage of " + esiid);
                monthly.put(esiid, rows(fetch.monthly(esiid, monthlyFrom, last), progress));
            }
            return new FlowResult(flow, meters, target.esiid(), read, intervals, daily, monthly);
        } finally {
            SmtTransport.stop(http);
        }
    }

    /** The example plans of doc/plans, which the build packs beside this class. */
    static List<Plan> examplePlans() throws IOException {
        List<Plan> plans = new ArrayList<>();
        for (String name : EXAMPLE_PLANS) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("plans/" + name)) {
                if (in == null) {
                    throw new IOException("the example plan " + name + " is missing from the jar");
                }
                plans.add(Plan.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (MalformedAnswerException e) {
                throw new IOException("the example plan " + name + " cannot be read: " + e.getMessage(), e);
            }
        }
        return plans;
    }

    private static <T> List<T> rows(HistoryFetch.Result<T> result, Progress progress) throws SmtException {
        SmtException failure = result.failure();
        if (failure != null) {
            throw failure;
        }
        for (RejectedPart part : result.rejected()) {
            progress.note("demo: rejected " + part.where() + ": " + part.reason());
        }
        return result.rows();
    }

    /** Writes the four files; returns the names of those that replaced an earlier file. */
    private static List<String> writeFiles(Path dir, FlowResult portal, DemoSummary summary) throws IOException {
        List<String> replaced = new ArrayList<>();
        if (CsvOutput.toFile(dir.resolve(INTERVALS_FILE), IntervalCsv.HEADER, out -> {
            for (Map.Entry<Esiid, List<IntervalReading>> meter : portal.intervals().entrySet()) {
                for (IntervalReading reading : meter.getValue()) {
                    out.write(IntervalCsv.row(meter.getKey(), reading));
                    out.write('\n');
                }
            }
        })) {
            replaced.add(INTERVALS_FILE);
        }
        if (CsvOutput.toFile(dir.resolve(DAILY_FILE), CsvRows.DAILY_HEADER, out -> {
            for (Map.Entry<Esiid, List<DailyRead>> meter : portal.daily().entrySet()) {
                for (DailyRead read : meter.getValue()) {
                    out.write(CsvRows.daily(meter.getKey(), read));
                    out.write('\n');
                }
            }
        })) {
            replaced.add(DAILY_FILE);
        }
        if (CsvOutput.toFile(dir.resolve(MONTHLY_FILE), CsvRows.MONTHLY_HEADER, out -> {
            for (Map.Entry<Esiid, List<MonthlyUsage>> meter : portal.monthly().entrySet()) {
                for (MonthlyUsage usage : meter.getValue()) {
                    out.write(CsvRows.monthly(meter.getKey(), usage));
                    out.write('\n');
                }
            }
        })) {
            replaced.add(MONTHLY_FILE);
        }
        if (DemoChart.write(summary.chartData(), dir.resolve(CHART_FILE))) {
            replaced.add(CHART_FILE);
        }
        return replaced;
    }

    /** The demo's overall progress: one step per request group. */
    private static final class Steps {
        private final Progress progress;
        private final int total;
        private int done;

        Steps(Progress progress, int total) {
            this.progress = progress;
            this.total = total;
        }

        void next(String name) {
            progress.bar("demo", done++, total, name);
        }

        void done() {
            progress.bar("demo", total, total, "done");
        }
    }
}
