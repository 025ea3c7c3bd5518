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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.api.BlockedException;
import org.openhab.binding.smartmetertexas.internal.api.InvalidCredentialsException;
import org.openhab.binding.smartmetertexas.internal.api.KeystoreException;
import org.openhab.binding.smartmetertexas.internal.api.LoginPathNotFoundException;
import org.openhab.binding.smartmetertexas.internal.api.LoginRefusedException;
import org.openhab.binding.smartmetertexas.internal.api.NotYetAvailableException;
import org.openhab.binding.smartmetertexas.internal.api.Purpose;
import org.openhab.binding.smartmetertexas.internal.api.RateLimitedException;
import org.openhab.binding.smartmetertexas.internal.api.ReadTicket;
import org.openhab.binding.smartmetertexas.internal.api.RequestRefusedException;
import org.openhab.binding.smartmetertexas.internal.api.ServiceUnavailableException;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.api.TlsFailureException;
import org.openhab.binding.smartmetertexas.internal.handler.SeriesFactory.ChannelSeries;
import org.openhab.binding.smartmetertexas.internal.model.DailyRead;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.binding.smartmetertexas.internal.parse.ImportReader;
import org.openhab.binding.smartmetertexas.internal.parse.ImportResult;
import org.openhab.binding.smartmetertexas.internal.parse.ImportedSeries;
import org.openhab.binding.smartmetertexas.internal.parse.IntervalData;
import org.openhab.binding.smartmetertexas.internal.parse.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.policy.OdrPollSchedule;
import org.openhab.binding.smartmetertexas.internal.policy.Refusal;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.binding.smartmetertexas.internal.service.Backoff;
import org.openhab.binding.smartmetertexas.internal.service.BindingTiming;
import org.openhab.binding.smartmetertexas.internal.service.CompleteDays;
import org.openhab.binding.smartmetertexas.internal.service.DateRange;
import org.openhab.binding.smartmetertexas.internal.service.MeterPlanner;
import org.openhab.binding.smartmetertexas.internal.service.MeterProgress;
import org.openhab.binding.smartmetertexas.internal.service.MeterSettings;
import org.openhab.binding.smartmetertexas.internal.service.PlannedTask;
import org.openhab.binding.smartmetertexas.internal.service.TaskScheduler;
import org.openhab.binding.smartmetertexas.internal.service.TaskScheduler.Job;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One meter: asks its planner every half minute what is due, makes those requests through the account, and maps the
 * answers to channels (live values as states, history as time series) and failures to statuses.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class MeterHandler extends BaseThingHandler {

    static final Duration TICK = Duration.ofSeconds(30);

    private final Logger logger = LoggerFactory.getLogger(MeterHandler.class);
    private final Storage<String> progressStorage;
    private final BindingTiming timing;
    private final Backoff backoff;
    /** One piece of work at a time: the tick and the actions share the planner. */
    private final Object work = new Object();

    private @Nullable TaskScheduler tasks;
    private @Nullable Job tick;
    private volatile @Nullable MeterPlanner planner;
    private volatile @Nullable Esiid esiid;
    private String meterNumber = "";
    private @Nullable ReadTicket ticket;
    private volatile @Nullable MeterRead lastRead;
    private volatile @Nullable Instant dataUntil;
    private volatile @Nullable String lastError;
    /**
     * The account-wide failure this meter's last request met: shown again when the account is back, until an answer.
     */
    private volatile @Nullable FailureStatus accountFailure;

    public MeterHandler(Thing thing, Storage<String> progressStorage, BindingTiming timing) {
        super(thing);
        this.progressStorage = progressStorage;
        this.timing = timing;
        this.backoff = new Backoff(timing.random());
    }

    @Override
    public void initialize() {
        MeterConfiguration config = getConfigAs(MeterConfiguration.class);
        Esiid id;
        try {
            id = Esiid.parse(config.esiid);
        } catch (IllegalArgumentException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    FailureStatus.text("offline.esiid", config.esiid));
            return;
        }
        MeterSettings settings = new MeterSettings(config.readInterval, config.historyDays, config.revisionDays);
        Optional<String> problem = settings.problem();
        if (problem.isPresent()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    FailureStatus.text("offline.configuration", problem.get()));
            return;
        }
        esiid = id;
        meterNumber = config.meterNumber.strip();
        MeterProgress progress = MeterProgress.fromJson(progressStorage.get(progressKey()));
        planner = new MeterPlanner(timing.clock(), settings, progress, OdrPollSchedule.DEFAULT.offsets());
        TaskScheduler scheduled = timing.schedulers().apply(scheduler);
        tasks = scheduled;
        showBridgeStatus();
        tick = scheduled.scheduleWithFixedDelay(this::tick, Duration.ZERO, TICK);
    }

    @Override
    public void dispose() {
        Job job = tick;
        if (job != null) {
            job.cancel();
        }
        tick = null;
        tasks = null;
        planner = null;
        ticket = null;
    }

    @Override
    public void handleRemoval() {
        progressStorage.remove(progressKey());
        super.handleRemoval();
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        if (command instanceof RefreshType) {
            MeterRead read = lastRead;
            if (read != null) {
                showRead(read);
            }
        }
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (planner != null) {
            showBridgeStatus();
        }
    }

    @Override
    public java.util.Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(org.openhab.binding.smartmetertexas.internal.action.MeterActions.class);
    }

    /** Asks for an on-demand read now (thing action, console). Returns at once. */
    public ActionResult requestMeterRead() {
        MeterPlanner current = planner;
        Esiid id = esiid;
        AccountHandler account = account();
        TaskScheduler scheduled = tasks;
        if (current == null || id == null || account == null || scheduled == null) {
            return ActionResult.refused("the meter is not initialized");
        }
        if (current.readInFlight()) {
            return new ActionResult(ActionResult.IN_PROGRESS, "a read is already in progress");
        }
        RequestPolicy policy = account.policy();
        if (policy != null) {
            Optional<Refusal> refusal = policy.odrBudget().check(id);
            if (refusal.isPresent()) {
                return new ActionResult(ActionResult.LIMIT, refusal.get().reason());
            }
        }
        scheduled.execute(() -> {
            synchronized (work) {
                run(account, current, PlannedTask.read());
            }
        });
        return ActionResult.requested("on-demand read requested for " + id);
    }

    /** Loads history for the given Central days (thing action, console). Returns at once. */
    public ActionResult backfill(LocalDate from, LocalDate to) {
        MeterPlanner current = planner;
        if (current == null) {
            return ActionResult.refused("the meter is not initialized");
        }
        LocalDate today = SmtTime.dayOf(timing.clock().instant());
        if (to.isBefore(from)) {
            return ActionResult.refused("from must not be after to");
        }
        if (!to.isBefore(today)) {
            return ActionResult.refused("SMT has data up to yesterday at most");
        }
        if (from.isBefore(today.minusDays(MeterSettings.MAX_HISTORY_DAYS))) {
            return ActionResult.refused("SMT keeps about 730 days of history");
        }
        synchronized (work) {
            current.requestBackfill(new DateRange(from, to));
            saveProgress(current);
        }
        return ActionResult.requested("history " + from + " to " + to + " queued");
    }

    /** Sends an SMT export or our own CSV into the channels (thing action, console). Returns at once. */
    public ActionResult importFile(Path file) {
        TaskScheduler scheduled = tasks;
        Esiid id = esiid;
        if (scheduled == null || id == null) {
            return ActionResult.refused("the meter is not initialized");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return ActionResult.refused("cannot read " + file);
        }
        scheduled.execute(() -> importNow(file, id));
        return ActionResult.requested("importing " + file.getFileName());
    }

    public MeterSummary summary() {
        Esiid id = esiid;
        MeterPlanner current = planner;
        AccountHandler account = account();
        RequestPolicy policy = account == null ? null : account.policy();
        int readsLeft = id == null || policy == null ? 0 : policy.readsLeftToday(id);
        return new MeterSummary(id == null ? getThing().getConfiguration().get(CONFIG_ESIID) + "" : id.value(),
                lastRead, dataUntil, readsLeft, current == null ? 0 : current.progress().backfill().size(), lastError);
    }

    private void tick() {
        synchronized (work) {
            AccountHandler account = account();
            MeterPlanner current = planner;
            if (account == null || current == null || account.getThing().getStatus() != ThingStatus.ONLINE) {
                return;
            }
            for (PlannedTask task : current.dueTasks()) {
                if (!run(account, current, task)) {
                    break;
                }
            }
            saveProgress(current);
            showReadsLeft(account);
        }
    }

    /** Makes one request; false when the account failed and the rest of this tick should wait. */
    private boolean run(AccountHandler account, MeterPlanner current, PlannedTask task) {
        Esiid id = esiid;
        if (id == null) {
            return false;
        }
        try {
            switch (task.kind()) {
                case READ -> startRead(account, current, id);
                case READ_STATUS -> pollRead(account, current);
                case INTERVALS -> {
                    DateRange days = task.days();
                    IntervalData data = account.call(c -> c.intervals(id, days.from(), days.to(), purpose(task)));
                    List<IntervalReading> readings = AskedDays.intervals(data, days);
                    if (!data.rejected().isEmpty()) {
                        logger.debug("{}: SMT's 15-minute data for {} had {} unreadable parts, first {}",
                                getThing().getUID(), days, data.rejected().size(), data.rejected().get(0));
                    }
                    publish(SeriesFactory.intervals(readings, data.reportsGeneration()));
                    SeriesFactory.dataUntil(readings).ifPresent(this::showDataUntil);
                    current.dataReceived(task, SeriesFactory.newestDay(readings));
                }
                case DAILY -> {
                    DateRange days = task.days();
                    List<DailyRead> reads = AskedDays
                            .daily(account.call(c -> c.daily(id, days.from(), days.to(), purpose(task))), days);
                    publish(SeriesFactory.daily(reads));
                    current.dataReceived(task, newestDay(reads));
                }
                case MONTHLY -> {
                    DateRange days = task.days();
                    publish(SeriesFactory.monthly(AskedDays
                            .monthly(account.call(c -> c.monthly(id, days.from(), days.to(), purpose(task))), days)));
                    current.dataReceived(task, null);
                }
            }
            backoff.reset();
            lastError = null;
            answered();
            return true;
        } catch (NotYetAvailableException e) {
            current.dataNotYetAvailable(task);
            if (accountFailure != null) {
                answered();
            }
            return true;
        } catch (RateLimitedException e) {
            current.readDeferred(e.until());
            ticket = null;
            updateState(CHANNEL_READ_STATUS, new StringType(ReadStatus.LIMIT.label()));
            return true;
        } catch (RequestRefusedException e) {
            Instant retry = e.retryAt().orElse(timing.clock().instant().plus(TICK));
            if (task.kind() == org.openhab.binding.smartmetertexas.internal.service.TaskKind.READ) {
                current.readDeferred(retry);
            } else {
                current.failed(task, retry);
            }
            return true;
        } catch (SmtException e) {
            lastError = e.getMessage();
            logger.debug("{} for {} failed: {}", task.kind(), getThing().getUID(), e.getMessage());
            if (concernsAccount(e)) {
                current.failed(task, timing.clock().instant().plus(TICK));
                FailureStatus status = FailureStatus.of(e, account.flow());
                // Configuration problems end with a new account configuration, not with this meter's next answer.
                accountFailure = status.retry() ? status : null;
                account.accountFailed(e);
                return false;
            }
            current.failed(task, timing.clock().instant().plus(backoff.next()));
            FailureStatus status = FailureStatus.of(e, account.flow());
            updateStatus(ThingStatus.OFFLINE, status.detail(), status.description());
            return true;
        }
    }

    private void startRead(AccountHandler account, MeterPlanner current, Esiid id) throws SmtException {
        String number = meterNumber.isEmpty() ? meterNumberFromAccount(account, id) : meterNumber;
        ReadTicket started = account.call(c -> c.requestRead(id, number));
        current.readRequested();
        ticket = started;
        updateState(CHANNEL_READ_STATUS, new StringType(ReadStatus.PENDING.label()));
    }

    private void pollRead(AccountHandler account, MeterPlanner current) throws SmtException {
        ReadTicket pending = ticket;
        if (pending == null) {
            current.readPolled(true);
            return;
        }
        MeterRead read = account.call(c -> c.pollRead(pending));
        boolean finished = read.status() != ReadStatus.PENDING;
        boolean givenUp = current.readPolled(finished);
        if (finished || givenUp) {
            ticket = null;
        }
        MeterRead shown = givenUp ? MeterRead.withoutValue(ReadStatus.FAILED) : read;
        if (shown.status() != ReadStatus.PENDING) {
            lastRead = shown;
            showRead(shown);
        }
    }

    private void showRead(MeterRead read) {
        updateState(CHANNEL_READ_STATUS, new StringType(read.status().label()));
        var register = read.registerKwh();
        Instant time = read.readTime();
        if (read.status() == ReadStatus.COMPLETED && register != null && time != null) {
            updateState(CHANNEL_REGISTER, new QuantityType<>(register, Units.KILOWATT_HOUR));
            updateState(CHANNEL_READ_TIME, new DateTimeType(time));
        }
    }

    /** SMT answered this meter: whatever failed before is over. */
    private void answered() {
        accountFailure = null;
        if (getThing().getStatus() != ThingStatus.ONLINE) {
            updateStatus(ThingStatus.ONLINE);
        }
    }

    private void showReadsLeft(AccountHandler account) {
        RequestPolicy policy = account.policy();
        Esiid id = esiid;
        if (policy != null && id != null) {
            updateState(CHANNEL_READS_LEFT_TODAY, new DecimalType(policy.readsLeftToday(id)));
        }
    }

    private void showDataUntil(Instant end) {
        Instant shown = dataUntil;
        if (shown == null || end.isAfter(shown)) {
            dataUntil = end;
            updateState(CHANNEL_DATA_UNTIL, new DateTimeType(end));
        }
    }

    private void publish(List<ChannelSeries> series) {
        for (ChannelSeries channelSeries : series) {
            sendTimeSeries(channelSeries.channelId(), channelSeries.series());
        }
    }

    private void importNow(Path file, Esiid id) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportResult result = ImportReader.read(reader);
            List<IntervalReading> readings = new ArrayList<>();
            for (ImportedSeries series : result.series()) {
                Esiid seriesEsiid = series.esiid();
                if (seriesEsiid == null || seriesEsiid.equals(id)) {
                    readings.addAll(series.readings());
                }
            }
            List<IntervalReading> complete = CompleteDays.only(readings);
            boolean generation = complete.stream().anyMatch(r -> r.kind() == IntervalKind.GENERATION);
            publish(SeriesFactory.intervals(complete, generation));
            logger.debug("Imported {} of {} readings from {} ({} parts rejected)", complete.size(), readings.size(),
                    file.getFileName(), result.rejected().size());
        } catch (IOException | MalformedAnswerException e) {
            lastError = "import of " + file.getFileName() + " failed: " + e.getMessage();
            logger.debug("Import of {} failed: {}", file.getFileName(), e.getMessage());
        }
    }

    private void showBridgeStatus() {
        Bridge bridge = getBridge();
        if (bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_UNINITIALIZED);
        } else if (bridge.getStatus() == ThingStatus.ONLINE) {
            FailureStatus failure = accountFailure;
            if (failure == null) {
                updateStatus(ThingStatus.ONLINE);
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

    private static String meterNumberFromAccount(AccountHandler account, Esiid id) {
        return account.meters().stream().filter(m -> m.esiid().equals(id)).map(MeterInfo::meterNumber).findFirst()
                .orElse("");
    }

    private void saveProgress(MeterPlanner current) {
        progressStorage.put(progressKey(), current.progress().toJson());
    }

    private String progressKey() {
        return getThing().getUID().getAsString();
    }

    private static @Nullable LocalDate newestDay(List<DailyRead> reads) {
        LocalDate newest = null;
        for (DailyRead read : reads) {
            if (newest == null || read.day().isAfter(newest)) {
                newest = read.day();
            }
        }
        return newest;
    }

    private static Purpose purpose(PlannedTask task) {
        return task.backfill() ? Purpose.BACKFILL : Purpose.ROUTINE;
    }

    /** Failures of the login or of SMT as a whole: the account shows them and retries, not each meter. */
    private static boolean concernsAccount(SmtException e) {
        return e instanceof InvalidCredentialsException || e instanceof LoginRefusedException
                || e instanceof LoginPathNotFoundException || e instanceof BlockedException
                || e instanceof TlsFailureException || e instanceof ServiceUnavailableException
                || e instanceof KeystoreException;
    }
}
