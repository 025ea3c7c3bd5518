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

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.action.MeterActions;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportReader;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportResult;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportedSeries;
import org.openhab.binding.smartmetertexas.internal.handler.SeriesFactory.ChannelSeries;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.DateRange;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.MonthlyUsage;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.planning.AskedDays;
import org.openhab.binding.smartmetertexas.internal.planning.Backoff;
import org.openhab.binding.smartmetertexas.internal.planning.BindingTiming;
import org.openhab.binding.smartmetertexas.internal.planning.MeterPlanner;
import org.openhab.binding.smartmetertexas.internal.planning.MeterProgress;
import org.openhab.binding.smartmetertexas.internal.planning.MeterSettings;
import org.openhab.binding.smartmetertexas.internal.planning.MeterWorker;
import org.openhab.binding.smartmetertexas.internal.planning.OnDemandReads;
import org.openhab.binding.smartmetertexas.internal.planning.PlannedTask;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.pricing.CostBook;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.storage.Storage;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One meter: every half minute lets its {@link MeterWorker} make the requests that are due, through the account, and
 * maps what comes back to channels (live values as states, history as time series) and failures to statuses.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class MeterHandler extends BaseThingHandler implements MeterWorker.Listener {

    private static final long TICK_SECONDS = 30;
    private static final String REFUSED = "REFUSED: ";
    private static final String NOT_INITIALIZED = REFUSED + "the meter is not initialized";

    private final Logger logger = LoggerFactory.getLogger(MeterHandler.class);
    private final Storage<String> progressStorage;
    private final BindingTiming timing;
    /** One piece of work at a time: the tick and the actions share the worker. */
    private final Object work = new Object();

    private @Nullable ScheduledExecutorService tasks;
    private @Nullable Future<?> tick;
    private volatile @Nullable MeterWorker worker;
    private volatile @Nullable MeterRead lastRead;
    private volatile @Nullable Instant dataUntil;
    /** The day the estimated-intervals channel shows: older days (history, imports) never replace it. */
    private @Nullable LocalDate estimatesDay;
    /** Data fetches and file imports run on different threads. */
    private final Object estimatesLock = new Object();
    private volatile @Nullable String lastError;
    /**
     * The account-wide failure this meter's last request met: shown again when the account is back, until an answer.
     */
    private volatile @Nullable FailureStatus accountFailure;
    /** What ONLINE says about the configuration (a read interval taken as 30 minutes), if anything. */
    private volatile @Nullable String onlineNote;
    private volatile @Nullable MeterCosts costs;
    /** What is wrong with the plan, shown as OFFLINE: no request goes out until the plan file is fixed. */
    private volatile @Nullable FailureStatus planStatus;
    /** SMT rejected the meter's configuration: shown, and no scheduled request until the configuration changes. */
    private volatile @Nullable FailureStatus configurationRejected;

    public MeterHandler(Thing thing, Storage<String> progressStorage, BindingTiming timing) {
        super(thing);
        this.progressStorage = progressStorage;
        this.timing = timing;
    }

    @Override
    public void initialize() {
        configurationRejected = null;
        MeterConfiguration config = getConfigAs(MeterConfiguration.class);
        String problem = configurationProblem(config);
        if (problem != null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, problem);
            return;
        }
        Esiid esiid = Esiid.parse(config.esiid);
        MeterSettings settings = settings(config);
        boolean bothPlans = !config.planFile.isBlank() && config.energyRate != null;
        onlineNote = settings.readIntervalRaised()
                ? FailureStatus.text("online.read-interval-raised", String.valueOf(config.readInterval))
                : bothPlans ? FailureStatus.text("online.plan-file-wins", config.planFile.strip()) : null;
        MeterProgress progress = MeterProgress.fromJson(progressStorage.get(progressKey()));
        MeterPlanner planner = new MeterPlanner(timing.clock, esiid, settings, progress);
        worker = new MeterWorker(timing.clock, esiid, config.meterNumber.strip(), planner, new Backoff(timing.random),
                timing.sleeper);
        MeterCosts meterCosts = new MeterCosts(config, timing.clock, CostBook.fromJson(progressStorage.get(costKey())),
                this);
        costs = meterCosts;
        planStatus = planStatus(meterCosts.start());
        ScheduledExecutorService scheduled = timing.schedulers.apply(scheduler);
        tasks = scheduled;
        showBridgeStatus();
        tick = scheduled.scheduleWithFixedDelay(this::tick, 0, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** What keeps the meter from starting, as a status description; null when its configuration works. */
    static @Nullable String configurationProblem(MeterConfiguration config) {
        try {
            Esiid.parse(config.esiid);
        } catch (IllegalArgumentException e) {
            return FailureStatus.text("offline.esiid", config.esiid);
        }
        String problem = settings(config).problem();
        return problem == null ? null : FailureStatus.text("offline.configuration", problem);
    }

    private static MeterSettings settings(MeterConfiguration config) {
        return new MeterSettings(config.readInterval, config.historyDays, config.revisionDays);
    }

    @Override
    public void dispose() {
        Future<?> job = tick;
        if (job != null) {
            // Interrupting stops a tick that waits for its request slot, so dispose() does not wait on SMT.
            job.cancel(true);
        }
        tick = null;
        tasks = null;
        worker = null;
        costs = null;
    }

    @Override
    public void handleRemoval() {
        progressStorage.remove(progressKey());
        progressStorage.remove(costKey());
        super.handleRemoval();
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        MeterRead read = lastRead;
        if (command instanceof RefreshType && read != null) {
            read(read);
        }
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (worker != null) {
            showBridgeStatus();
        }
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(MeterActions.class);
    }

    /**
     * Asks for an on-demand read now (thing action, console). Returns at once, with "STATUS: words" (REQUESTED,
     * IN_PROGRESS, LIMIT or REFUSED) for rules and the console; the data arrives on the channels.
     */
    public String requestMeterRead() {
        MeterWorker current = worker;
        AccountHandler account = account();
        ScheduledExecutorService scheduled = tasks;
        if (current == null || account == null || scheduled == null) {
            return NOT_INITIALIZED;
        }
        if (current.planner().readInFlight().isPresent()) {
            return "IN_PROGRESS: a read is already in progress";
        }
        RequestPolicy policy = account.policy();
        if (policy != null) {
            Optional<Refusal> refusal = new OnDemandReads(policy).refusal(current.esiid());
            if (refusal.isPresent()) {
                return "LIMIT: " + refusal.get().reason();
            }
        }
        scheduled.execute(() -> {
            synchronized (work) {
                current.run(account, this, PlannedTask.read());
            }
        });
        return "REQUESTED: on-demand read requested for " + current.esiid();
    }

    /**
     * Loads history for the given Central days, ISO dates (thing action, console); {@code to} null for yesterday.
     * Returns at once, as {@link #requestMeterRead()}.
     */
    public String backfill(String fromDay, @Nullable String toDay) {
        MeterWorker current = worker;
        if (current == null) {
            return NOT_INITIALIZED;
        }
        LocalDate today = SmtTime.dayOf(timing.clock.instant());
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(fromDay);
            to = toDay == null ? today.minusDays(1) : LocalDate.parse(toDay);
        } catch (DateTimeParseException e) {
            return REFUSED + "dates are ISO days like 2025-01-31";
        }
        if (to.isBefore(from)) {
            return REFUSED + "from must not be after to";
        }
        if (!to.isBefore(today)) {
            return REFUSED + "SMT has data up to yesterday at most";
        }
        Optional<DateRange> queued;
        synchronized (work) {
            queued = current.planner().requestBackfill(new DateRange(from, to));
            saveProgress(current);
        }
        if (queued.isEmpty()) {
            return REFUSED + "older than SMT keeps: SMT keeps data from " + AskedDays.oldestKept(today)
                    + " (about 24 months)";
        }
        DateRange days = queued.get();
        return "REQUESTED: history " + days.from() + " to " + days.to() + " queued"
                + (days.from().equals(from) ? "" : "; the days before are older than SMT keeps");
    }

    /** Sends an SMT export or our own CSV into the channels (thing action, console). Returns at once. */
    public String importFile(String path) {
        ScheduledExecutorService scheduled = tasks;
        MeterWorker current = worker;
        if (scheduled == null || current == null) {
            return NOT_INITIALIZED;
        }
        Path file;
        try {
            file = Path.of(path);
        } catch (InvalidPathException e) {
            return REFUSED + "not a file path: " + path;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return REFUSED + "cannot read " + file;
        }
        scheduled.execute(() -> importNow(file, current.esiid()));
        return "REQUESTED: importing " + file.getFileName();
    }

    // ---- what the console shows ----

    public @Nullable MeterRead lastRead() {
        return lastRead;
    }

    /** End of the newest 15-minute interval received. */
    public @Nullable Instant dataUntil() {
        return dataUntil;
    }

    public @Nullable String lastError() {
        return lastError;
    }

    /** On-demand reads the Central day still allows; 0 while the meter or its account does not run. */
    public int readsLeftToday() {
        MeterWorker current = worker;
        AccountHandler account = account();
        RequestPolicy policy = account == null ? null : account.policy();
        return current == null || policy == null ? 0 : new OnDemandReads(policy).readsLeftToday(current.esiid());
    }

    /** History requests still to make. */
    public int historyItemsLeft() {
        MeterWorker current = worker;
        return current == null ? 0 : current.planner().progress().backfill().size();
    }

    private void tick() {
        synchronized (work) {
            if (!planUsable()) {
                return;
            }
            AccountHandler account = account();
            MeterWorker current = worker;
            if (account == null || current == null || account.getThing().getStatus() != ThingStatus.ONLINE
                    || configurationRejected != null) {
                return;
            }
            current.runDueTasks(account, this);
            saveProgress(current);
            if (account.policy() != null) {
                updateState(CHANNEL_READS_LEFT_TODAY, new DecimalType(readsLeftToday()));
            }
        }
    }

    // ---- what the worker reports ----

    @Override
    public void read(MeterRead read) {
        updateState(CHANNEL_READ_STATUS, new StringType(read.status().label()));
        BigDecimal register = read.registerKwh();
        Instant time = read.readTime();
        if (read.status() == ReadStatus.PENDING) {
            return;
        }
        lastRead = read;
        if (read.status() == ReadStatus.COMPLETED && register != null && time != null) {
            updateState(CHANNEL_REGISTER, new QuantityType<>(register, Units.KILOWATT_HOUR));
            updateState(CHANNEL_READ_TIME, new DateTimeType(time));
        }
    }

    @Override
    public void intervals(IntervalData data) {
        publish(SeriesFactory.intervals(data.readings(), data.reportsGeneration()));
        showEstimates(data.readings());
        Instant end = SeriesFactory.dataUntil(data.readings());
        Instant shown = dataUntil;
        if (end != null && (shown == null || end.isAfter(shown))) {
            dataUntil = end;
            updateState(CHANNEL_DATA_UNTIL, new DateTimeType(end));
        }
        MeterCosts current = costs;
        if (current != null) {
            current.intervals(data.readings());
        }
    }

    @Override
    public void daily(List<DailyRead> reads) {
        publish(SeriesFactory.daily(reads));
    }

    @Override
    public void monthly(List<MonthlyUsage> periods) {
        publish(SeriesFactory.monthly(periods));
        MeterCosts current = costs;
        if (current != null) {
            current.periods(periods);
        }
    }

    @Override
    public void succeeded() {
        lastError = null;
        accountFailure = null;
        configurationRejected = null;
        if (getThing().getStatus() != ThingStatus.ONLINE && planStatus == null) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, onlineNote);
        }
    }

    @Override
    public void accountFailed(SmtException failure) {
        FailureStatus status = failure(failure);
        // Configuration problems end with a new account configuration, not with this meter's next answer.
        accountFailure = status.retry() ? status : null;
    }

    @Override
    public void failed(SmtException failure) {
        FailureStatus status = failure(failure);
        updateStatus(ThingStatus.OFFLINE, status.detail(), status.description());
        if (!status.retry()) {
            // SMT says the meter's configuration is wrong (its ESIID, its meter number): asking again would only
            // repeat that. openHAB starts the handler anew when the configuration changes.
            logger.debug("Meter {} waits for a configuration change: {}", getThing().getUID(), failure.getMessage());
            configurationRejected = status;
        }
    }

    private FailureStatus failure(SmtException failure) {
        lastError = failure.getMessage();
        AccountHandler account = account();
        return FailureStatus.of(failure, account == null ? Flow.PORTAL : account.flow());
    }

    private void publish(List<ChannelSeries> series) {
        for (ChannelSeries channelSeries : series) {
            sendTimeSeries(channelSeries.channelId(), channelSeries.series());
        }
    }

    /** Shows how many intervals of the latest complete day are estimated, unless a later day is shown already. */
    private void showEstimates(List<IntervalReading> readings) {
        Map.Entry<LocalDate, Integer> estimates = SeriesFactory.latestDayEstimates(readings);
        if (estimates == null) {
            return;
        }
        synchronized (estimatesLock) {
            LocalDate shown = estimatesDay;
            if (shown == null || !estimates.getKey().isBefore(shown)) {
                estimatesDay = estimates.getKey();
                updateState(CHANNEL_DAILY_ESTIMATED_INTERVALS, new DecimalType(estimates.getValue()));
            }
        }
    }

    private void importNow(Path file, Esiid esiid) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportResult result = ImportReader.read(reader);
            List<IntervalReading> readings = new ArrayList<>();
            for (ImportedSeries series : result.series()) {
                Esiid seriesEsiid = series.esiid();
                if (seriesEsiid == null || seriesEsiid.equals(esiid)) {
                    readings.addAll(series.readings());
                }
            }
            List<IntervalReading> complete = SeriesFactory.completeDays(readings);
            boolean generation = false;
            for (IntervalReading reading : complete) {
                generation |= reading.kind() == IntervalKind.GENERATION;
            }
            publish(SeriesFactory.intervals(complete, generation));
            showEstimates(complete);
            MeterCosts current = costs;
            if (current != null) {
                current.intervals(complete);
                saveCosts(current);
            }
            logger.debug("Imported {} of {} readings from {} ({} parts rejected{})", complete.size(), readings.size(),
                    file.getFileName(), result.rejected().size(),
                    result.rejected().isEmpty() ? "" : ", first " + result.rejected().get(0));
        } catch (IOException | MalformedAnswerException e) {
            lastError = "import of " + file.getFileName() + " failed: " + e.getMessage();
            logger.debug("Import of {} failed: {}", file.getFileName(), e.getMessage());
        }
    }

    private void showBridgeStatus() {
        Bridge bridge = getBridge();
        FailureStatus plan = planStatus;
        if (plan != null) {
            // a configuration error of the meter's own: whatever the account's state, it waits for the fix
            updateStatus(ThingStatus.OFFLINE, plan.detail(), plan.description());
        } else if (bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_UNINITIALIZED);
        } else if (bridge.getStatus() == ThingStatus.ONLINE) {
            FailureStatus rejected = configurationRejected;
            FailureStatus failure = rejected != null ? rejected : accountFailure;
            if (failure == null) {
                updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, onlineNote);
            } else {
                // The account answers again, but this meter's requests have not yet: keep showing why.
                updateStatus(ThingStatus.OFFLINE, failure.detail(), failure.description());
            }
        } else {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    private @Nullable AccountHandler account() {
        Bridge bridge = getBridge();
        return bridge != null && bridge.getHandler()instanceof AccountHandler account ? account : null;
    }

    private void saveProgress(MeterWorker current) {
        progressStorage.put(progressKey(), current.planner().progress().toJson());
        MeterCosts meterCosts = costs;
        if (meterCosts != null) {
            saveCosts(meterCosts);
        }
    }

    private void saveCosts(MeterCosts meterCosts) {
        String book = meterCosts.changedBook();
        if (book != null) {
            progressStorage.put(costKey(), book);
        }
    }

    private String progressKey() {
        return getThing().getUID().getAsString();
    }

    private String costKey() {
        return progressKey() + "#costs";
    }

    /**
     * Whether the plan can be used; when it cannot, the thing shows why (OFFLINE, configuration error) until the
     * file is fixed. The plan file is read again when it changes.
     */
    private boolean planUsable() {
        MeterCosts current = costs;
        if (current == null) {
            return true;
        }
        FailureStatus status = planStatus(current.checkPlan());
        FailureStatus shown = planStatus;
        planStatus = status;
        if (status != null) {
            if (!status.equals(shown)) {
                updateStatus(ThingStatus.OFFLINE, status.detail(), status.description());
            }
            return false;
        }
        if (shown != null) {
            showBridgeStatus();
        }
        return true;
    }

    private static @Nullable FailureStatus planStatus(@Nullable SmtException problem) {
        return problem == null ? null : FailureStatus.of(problem, Flow.PORTAL);
    }

    // ---- where the costs go (MeterCosts) ----

    void state(String channelId, State state) {
        updateState(channelId, state);
    }

    void series(String channelId, TimeSeries series) {
        sendTimeSeries(channelId, series);
    }

    void property(String name, String value) {
        updateProperty(name, value);
    }
}
