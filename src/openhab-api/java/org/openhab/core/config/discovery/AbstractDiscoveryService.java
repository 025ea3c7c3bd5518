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
package org.openhab.core.config.discovery;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.internal.StandInThreadPools;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB's {@code AbstractDiscoveryService}: the usual base of a discovery service. It keeps the
 * {@link DiscoveryListener}s and tells them what {@link #thingDiscovered(DiscoveryResult)} and
 * {@link #thingRemoved(ThingUID)} report; a listener added later first hears the results still current. A scan
 * ends on its own after the scan timeout and then tells its {@link ScanListener}.
 * <p>
 * Left out because they differ between openHAB 4.3 and 5.x: {@code removeOlderResults(...)},
 * {@code getTimestampOfLastScan()}, and {@code stopScan()} and {@code abortScan()}, whose {@code synchronized}
 * modifier differs (the scan timeout still ends scans). Subclasses must not declare {@code stopScan()} or
 * {@code abortScan()}: in openHAB they would override the base class's.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private static final String DISCOVERY_THREADPOOL_NAME = "discovery";

    private final Logger logger = LoggerFactory.getLogger(AbstractDiscoveryService.class);

    protected final ScheduledExecutorService scheduler = StandInThreadPools.getScheduledPool(DISCOVERY_THREADPOOL_NAME);

    protected @Nullable ScanListener scanListener = null;

    protected @NonNullByDefault({}) TranslationProvider i18nProvider;
    protected @NonNullByDefault({}) LocaleProvider localeProvider;

    private final Set<DiscoveryListener> discoveryListeners = new CopyOnWriteArraySet<>();
    private final Map<ThingUID, DiscoveryResult> cachedResults = new HashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private boolean backgroundDiscoveryEnabled;
    private @Nullable ScheduledFuture<?> scheduledStop;

    /**
     * @param supportedThingTypes the thing types found ({@code null}: none declared)
     * @param timeout seconds after which a scan ends on its own (0: never)
     * @param backgroundDiscoveryEnabledByDefault whether background discovery runs unless configured off
     * @param scanInputLabel label of the scan input, {@code null} if scans take no input
     * @param scanInputDescription description of the scan input, {@code null} if scans take no input
     * @throws IllegalArgumentException if the timeout is negative
     */
    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        if (timeout < 0) {
            throw new IllegalArgumentException("The timeout must be >= 0!");
        }
        this.supportedThingTypes = supportedThingTypes == null ? Set.of() : Set.copyOf(supportedThingTypes);
        this.timeout = timeout;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
        this.scanInputLabel = scanInputLabel;
        this.scanInputDescription = scanInputDescription;
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    /** Background discovery enabled by default. */
    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout)
            throws IllegalArgumentException {
        this(supportedThingTypes, timeout, true);
    }

    /** No declared thing types, background discovery enabled by default. */
    protected AbstractDiscoveryService(int timeout) throws IllegalArgumentException {
        this(null, timeout);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypes() {
        return supportedThingTypes;
    }

    @Override
    public boolean isScanInputSupported() {
        return scanInputLabel != null && scanInputDescription != null;
    }

    @Override
    public @Nullable String getScanInputLabel() {
        return scanInputLabel;
    }

    @Override
    public @Nullable String getScanInputDescription() {
        return scanInputDescription;
    }

    @Override
    public int getScanTimeout() {
        return timeout;
    }

    @Override
    public boolean isBackgroundDiscoveryEnabled() {
        return backgroundDiscoveryEnabled;
    }

    /** Adds the listener and first tells it the results that are still current. */
    @Override
    public void addDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener == null) {
            return;
        }
        synchronized (cachedResults) {
            for (DiscoveryResult result : cachedResults.values()) {
                listener.thingDiscovered(this, result);
            }
        }
        discoveryListeners.add(listener);
    }

    @Override
    public void removeDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener != null) {
            discoveryListeners.remove(listener);
        }
    }

    /** Ends a running scan, then runs {@link #startScan()}; the scan ends on its own after the timeout. */
    @Override
    public void startScan(@Nullable ScanListener listener) {
        beginScan(listener, this::startScan);
    }

    /** As {@link #startScan(ScanListener)}, running {@link #startScan(String)} with the input. */
    @Override
    public void startScan(String input, @Nullable ScanListener listener) {
        beginScan(listener, () -> startScan(input));
    }

    /** Looks for things; report each with {@link #thingDiscovered(DiscoveryResult)}. */
    protected abstract void startScan();

    /** Looks for things using the user's input; services that take input override this. */
    protected void startScan(String input) {
        logger.warn("Discovery with input parameter not implemented by service '{}'!", getClass().getName());
    }

    /** Reports a thing found, to every listener; the result stays current until removed. */
    protected void thingDiscovered(DiscoveryResult discoveryResult) {
        DiscoveryResult result = getLocalizedDiscoveryResult(discoveryResult, FrameworkUtil.getBundle(getClass()));
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingDiscovered(this, result);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.put(result.getThingUID(), result);
        }
    }

    /** Reports that a thing is gone, to every listener. */
    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingRemoved(this, thingUID);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.remove(thingUID);
        }
    }

    /**
     * Called when the component is activated: applies the "background" setting, then starts background discovery
     * if enabled.
     */
    protected void activate(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            Object property = configProperties.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
            if (property != null) {
                backgroundDiscoveryEnabled = isEnabled(property);
            }
        }
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    /** Called when the configuration changes: starts or stops background discovery as the setting now says. */
    protected void modified(@Nullable Map<String, Object> configProperties) {
        if (configProperties == null) {
            return;
        }
        Object property = configProperties.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (property == null) {
            return;
        }
        boolean enabled = isEnabled(property);
        if (backgroundDiscoveryEnabled && !enabled) {
            stopBackgroundDiscovery();
        } else if (!backgroundDiscoveryEnabled && enabled) {
            startBackgroundDiscovery();
        }
        backgroundDiscoveryEnabled = enabled;
    }

    /** Called when the component is deactivated: stops background discovery if it runs. */
    protected void deactivate() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    protected void startBackgroundDiscovery() {
        // no background discovery by default
    }

    protected void stopBackgroundDiscovery() {
        // no background discovery by default
    }

    /**
     * The result with its label translated, when a translation provider and a locale provider are set: a label
     * "@text/key" is looked up by its key, any other by "discovery.&lt;thing UID with dots&gt;.label".
     */
    protected DiscoveryResult getLocalizedDiscoveryResult(DiscoveryResult discoveryResult, @Nullable Bundle bundle) {
        TranslationProvider i18nProvider = this.i18nProvider;
        LocaleProvider localeProvider = this.localeProvider;
        if (i18nProvider == null || localeProvider == null) {
            return discoveryResult;
        }
        String label = discoveryResult.getLabel();
        String key = label.startsWith("@text/") ? label.substring("@text/".length())
                : "discovery." + discoveryResult.getThingUID().getAsString().replace(':', '.') + ".label";
        String translated = i18nProvider.getText(bundle, key, label, localeProvider.getLocale());
        if (translated == null || translated.equals(label)) {
            return discoveryResult;
        }
        return DiscoveryResultBuilder.create(discoveryResult.getThingUID())
                .withThingType(discoveryResult.getThingTypeUID()).withBridge(discoveryResult.getBridgeUID())
                .withProperties(discoveryResult.getProperties())
                .withRepresentationProperty(discoveryResult.getRepresentationProperty()).withLabel(translated)
                .withTTL(discoveryResult.getTimeToLive()).build();
    }

    private void beginScan(@Nullable ScanListener listener, Runnable scan) {
        synchronized (this) {
            finishScan();
            this.scanListener = listener;
            if (timeout > 0) {
                scheduledStop = scheduler.schedule(this::finishScan, timeout, TimeUnit.SECONDS);
            }
            try {
                scan.run();
            } catch (RuntimeException e) {
                cancelScheduledStop();
                this.scanListener = null;
                throw e;
            }
        }
    }

    /** Ends the running scan, if any, and tells its listener. */
    private void finishScan() {
        synchronized (this) {
            cancelScheduledStop();
            ScanListener listener = this.scanListener;
            if (listener != null) {
                this.scanListener = null;
                listener.onFinished();
            }
        }
    }

    private void cancelScheduledStop() {
        ScheduledFuture<?> stop = scheduledStop;
        if (stop != null) {
            stop.cancel(false);
            scheduledStop = null;
        }
    }

    private static boolean isEnabled(Object property) {
        return property instanceof String text ? Boolean.parseBoolean(text) : Boolean.TRUE.equals(property);
    }
}
