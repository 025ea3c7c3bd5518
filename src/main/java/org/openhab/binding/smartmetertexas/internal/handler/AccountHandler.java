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

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.api.AccountSettings;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.discovery.MeterDiscoveryService;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.planning.AccountSession;
import org.openhab.binding.smartmetertexas.internal.planning.Backoff;
import org.openhab.binding.smartmetertexas.internal.planning.BindingTiming;
import org.openhab.binding.smartmetertexas.internal.planning.MeterWorker;
import org.openhab.binding.smartmetertexas.internal.policy.RequestPolicy;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SMT login: its own HTTP client ({@link AccountHttpClient}), its request policy shared by all its meters, and its
 * status. Its {@link AccountSession} logs in off the initialize() path and lists the meters; after failures this tries
 * again with growing back-off, except after configuration problems, which wait for the user.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public class AccountHandler extends BaseBridgeHandler implements MeterWorker.Account {

    private static final MeterList NO_METERS = new MeterList(List.of(), List.of());

    private final Logger logger = LoggerFactory.getLogger(AccountHandler.class);
    private final HttpClientFactory httpClientFactory;
    private final BindingTiming timing;
    private final Backoff backoff;

    private @Nullable ScheduledExecutorService tasks;
    private @Nullable Future<?> connectJob;
    private volatile @Nullable AccountHttpClient httpClient;
    private volatile @Nullable AccountSession session;
    private @Nullable RequestPolicy policy;
    private Flow flow = Flow.PORTAL;
    private volatile MeterList meters = NO_METERS;
    /** The checked configuration the account connects with, again after failures. */
    private volatile @Nullable AccountSettings settings;
    private volatile @Nullable MeterDiscoveryService discovery;

    public AccountHandler(Bridge bridge, HttpClientFactory httpClientFactory, BindingTiming timing) {
        super(bridge);
        this.httpClientFactory = httpClientFactory;
        this.timing = timing;
        this.backoff = new Backoff(timing.random);
    }

    @Override
    public void initialize() {
        AccountSettings settings;
        try {
            settings = settings(getConfigAs(AccountConfiguration.class));
            this.settings = settings;
        } catch (IllegalArgumentException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    FailureStatus.text("offline.configuration", e.getMessage()));
            return;
        }
        flow = settings.flow();
        RequestPolicy accountPolicy = new RequestPolicy(timing.clock);
        policy = accountPolicy;
        AccountHttpClient http = new AccountHttpClient(httpClientFactory, getThing().getUID().getId(), accountPolicy,
                timing.sleeper);
        httpClient = http;
        session = new AccountSession(timing.clock, flow, http);
        ScheduledExecutorService scheduled = timing.schedulers.apply(scheduler);
        tasks = scheduled;
        updateStatus(ThingStatus.UNKNOWN);
        connectJob = scheduled.submit(this::connect);
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // The account has no channels.
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(MeterDiscoveryService.class);
    }

    @Override
    public void dispose() {
        Future<?> job = connectJob;
        if (job != null) {
            // Interrupting stops a login that waits for its request slot, so dispose() does not wait on SMT.
            job.cancel(true);
        }
        connectJob = null;
        AccountSession closing = session;
        session = null;
        if (closing != null) {
            closing.close();
        }
        // Not under the session's client lock: stopping the HTTP client ends a request in flight at once.
        AccountHttpClient http = httpClient;
        httpClient = null;
        if (http != null) {
            http.stop();
        }
        tasks = null;
        policy = null;
        meters = NO_METERS;
        settings = null;
    }

    /** Makes a call on the account's client, one caller at a time (the client is not shared between threads). */
    @Override
    public <T> T call(MeterWorker.ClientCall<T> call) throws SmtException {
        AccountSession current = session;
        if (current == null) {
            throw new SmtException(Failure.CONNECTION, "the account is not online");
        }
        return current.call(call, this::isOnline);
    }

    /** A meter's request failed in a way that concerns the whole account (login, bot protection, TLS, outage). */
    @Override
    public void failed(SmtException failure) {
        AccountSession current = session;
        if (current != null && isOnline()) {
            current.verifyOnNextConnect();
            showFailure(failure);
        }
    }

    public Flow flow() {
        return flow;
    }

    public @Nullable RequestPolicy policy() {
        return policy;
    }

    @Override
    public String meterNumber(Esiid esiid) {
        for (MeterInfo meter : meters) {
            if (meter.esiid().equals(esiid)) {
                return meter.meterNumber();
            }
        }
        return "";
    }

    /** The meters the account listed when it last went online (portal flow). */
    public MeterList meters() {
        return meters;
    }

    /** Discovery listens here for the account's meters. */
    public void setDiscovery(@Nullable MeterDiscoveryService listener) {
        this.discovery = listener;
    }

    /** Lists the account's meters again (a manual scan), off the caller's thread. */
    public void refreshMeters() {
        ScheduledExecutorService scheduled = tasks;
        if (scheduled != null && flow == Flow.PORTAL) {
            scheduled.execute(this::listMeters);
        }
    }

    private void connect() {
        AccountSession current = session;
        AccountSettings settings = this.settings;
        if (current == null || settings == null) {
            return;
        }
        try {
            MeterList listed = current.connect(settings);
            backoff.reset();
            updateStatus(ThingStatus.ONLINE);
            if (listed != null) {
                publishMeters(listed);
            } else if (current.meterListDue()) {
                listMeters();
            }
        } catch (SmtException e) {
            showFailure(e);
        }
    }

    private boolean isOnline() {
        return getThing().getStatus() == ThingStatus.ONLINE;
    }

    private void listMeters() {
        AccountSession current = session;
        if (current == null) {
            return;
        }
        try {
            publishMeters(current.listMeters(this::isOnline));
        } catch (SmtException e) {
            logger.debug("Listing the meters of {} failed: {}", getThing().getUID(), e.getMessage());
        }
    }

    private void publishMeters(MeterList listed) {
        meters = listed;
        MeterDiscoveryService listener = discovery;
        if (listener != null) {
            listener.metersListed(listed);
        }
    }

    private void showFailure(SmtException failure) {
        FailureStatus status = FailureStatus.of(failure, flow);
        logger.debug("Account {} is offline: {}", getThing().getUID(), failure.getMessage());
        updateStatus(ThingStatus.OFFLINE, status.detail(), status.description());
        ScheduledExecutorService scheduled = tasks;
        if (!status.retry() || scheduled == null) {
            return;
        }
        Duration wait = backoff.next();
        Instant notBefore = status.notBefore();
        Instant now = timing.clock.instant();
        if (notBefore != null && notBefore.isAfter(now.plus(wait))) {
            wait = Duration.between(now, notBefore);
        }
        connectJob = scheduled.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The account's settings; the user name, password and https addresses are checked by AccountSettings. */
    static AccountSettings settings(AccountConfiguration config) {
        Flow flow = switch (config.flow.toLowerCase(Locale.ROOT)) {
            case "portal" -> Flow.PORTAL;
            case "official" -> Flow.OFFICIAL;
            default -> throw new IllegalArgumentException("flow must be portal or official (not " + config.flow + ")");
        };
        AccountSettings.Builder builder = AccountSettings.builder(flow, config.username.strip(), config.password)
                .portalBaseUrl(URI.create(config.portalUrl.strip())).officialBaseUrl(URI.create(config.apiUrl.strip()))
                .loginPath(loginPath(config.loginPath))
                .requesterType(config.requesterType.strip().toUpperCase(Locale.ROOT));
        if (!config.requesterAuthenticationId.isBlank()) {
            builder.requesterAuthenticationId(config.requesterAuthenticationId.strip());
        }
        if (!config.keystorePath.isBlank()) {
            builder.keystore(Path.of(config.keystorePath.strip()), config.keystorePassword);
        }
        return builder.build();
    }

    /** The portal login path: the client puts it after the portal address, so it must be a plain URL path. */
    private static String loginPath(String text) {
        String path = text.strip();
        try {
            if (path.startsWith("/") && path.equals(URI.create("https://smt" + path).getRawPath())) {
                return path;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new IllegalArgumentException(
                "the login path must be a URL path like " + AccountSettings.DEFAULT_LOGIN_PATH + " (not " + path + ")");
    }
}
