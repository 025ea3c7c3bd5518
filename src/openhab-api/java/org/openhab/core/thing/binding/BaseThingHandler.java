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
package org.openhab.core.thing.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.internal.StandInThreadPools;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB's {@code BaseThingHandler}: the usual base of a thing handler. Everything a handler reports
 * goes to the {@link ThingHandlerCallback} the framework (or a test) set; without a callback (before
 * initialization or after disposal) reports are dropped with a warning, as in openHAB.
 * <p>
 * One addition of the stand-in: {@link #updateStatus(ThingStatus, ThingStatusDetail, String)} also stores the new
 * status in the thing before calling the callback. In openHAB the framework's callback does that, so code reading
 * {@code getThing().getStatus()} sees the same thing in both.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private static final String THING_HANDLER_THREADPOOL_NAME = "thingHandler";

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    /** openHAB's shared pool for thing handlers: schedule work here, never block it for long. */
    protected final ScheduledExecutorService scheduler = StandInThreadPools
            .getScheduledPool(THING_HANDLER_THREADPOOL_NAME);

    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    /**
     * Applies changed parameters: validates them through the callback, then stores them; an initialized handler
     * is disposed before and initialized again after.
     */
    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        for (Map.Entry<String, Object> parameter : configurationParameters.entrySet()) {
            configuration.put(parameter.getKey(), parameter.getValue());
        }
        if (isInitialized()) {
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            updateConfiguration(configuration);
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.configurationUpdated(getThing());
            }
        }
    }

    /** Whether applying these parameters would change the current configuration. */
    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getConfig();
        for (Map.Entry<String, Object> parameter : configurationParameters.entrySet()) {
            if (!Objects.equals(current.get(parameter.getKey()), parameter.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispose() {
        // nothing to release by default
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    /** Disposes, takes the new thing and initializes again. */
    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    /** Refreshes the newly linked channel by sending it {@link RefreshType#REFRESH}. */
    @Override
    public void channelLinked(ChannelUID channelUID) {
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        // nothing to do by default
    }

    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            callback.validateConfigurationParameters(getThing(), configurationParameters);
        } else {
            warnDisposed("validate its configuration");
        }
    }

    protected @Nullable ConfigDescription getConfigDescription() {
        ThingHandlerCallback callback = this.callback;
        return callback == null ? null : callback.getConfigDescription(getThing().getThingTypeUID());
    }

    protected @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        ThingHandlerCallback callback = this.callback;
        return callback == null ? null : callback.getConfigDescription(channelTypeUID);
    }

    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    /** The configuration mapped onto a new instance of the given class (see {@link Configuration#as(Class)}). */
    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.stateUpdated(channelUID, state);
            } else {
                warnDisposed("update channel " + channelUID);
            }
        }
    }

    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    protected void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.sendTimeSeries(channelUID, timeSeries);
            } else {
                warnDisposed("send a time series to channel " + channelUID);
            }
        }
    }

    protected void sendTimeSeries(String channelID, TimeSeries timeSeries) {
        sendTimeSeries(new ChannelUID(getThing().getUID(), channelID), timeSeries);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.channelTriggered(getThing(), channelUID, event);
            } else {
                warnDisposed("trigger channel " + channelUID);
            }
        }
    }

    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    protected void triggerChannel(String channelUID) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelUID), "");
    }

    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.postCommand(channelUID, command);
            } else {
                warnDisposed("post a command to channel " + channelUID);
            }
        }
    }

    /** Stores the status in the thing and reports it to the callback (see the class description). */
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                ThingStatusInfo statusInfo = new ThingStatusInfo(status, statusDetail, description);
                thing.setStatusInfo(statusInfo);
                callback.statusUpdated(thing, statusInfo);
            } else {
                warnDisposed("update the thing status");
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    /** A builder holding a copy of the thing; pass its result to {@link #updateThing(Thing)}. */
    protected ThingBuilder editThing() {
        return ThingBuilder.create(thing.getThingTypeUID(), thing.getUID()).withBridge(thing.getBridgeUID())
                .withChannels(thing.getChannels()).withConfiguration(thing.getConfiguration())
                .withLabel(thing.getLabel()).withLocation(thing.getLocation()).withProperties(thing.getProperties());
    }

    /**
     * Replaces the thing and tells the framework.
     *
     * @throws IllegalArgumentException if given the current thing itself (edit a copy from {@link #editThing()})
     */
    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException(
                    "Changes must not be done on the current thing - create a copy, e.g. via editThing()");
        }
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                this.thing = thing;
                callback.thingUpdated(thing);
            } else {
                warnDisposed("update its thing");
            }
        }
    }

    /** A modifiable copy of the configuration; pass it to {@link #updateConfiguration(Configuration)}. */
    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(thing.getConfiguration().getProperties()));
    }

    /** Stores the configuration in the thing and tells the framework; on failure the old one is restored. */
    protected void updateConfiguration(Configuration configuration) {
        Map<String, Object> old = thing.getConfiguration().getProperties();
        try {
            thing.getConfiguration().setProperties(configuration.getProperties());
            synchronized (this) {
                ThingHandlerCallback callback = this.callback;
                if (callback != null) {
                    callback.thingUpdated(thing);
                } else {
                    warnDisposed("update its configuration");
                }
            }
        } catch (RuntimeException e) {
            thing.getConfiguration().setProperties(old);
            throw e;
        }
    }

    /** A modifiable copy of the properties; pass it to {@link #updateProperties(Map)}. */
    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    /** Stores changed properties in the thing; tells the framework only if something changed. */
    protected void updateProperties(@Nullable Map<String, String> properties) {
        if (properties == null) {
            return;
        }
        boolean changed = false;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            if (!Objects.equals(thing.getProperties().get(property.getKey()), property.getValue())) {
                thing.setProperty(property.getKey(), property.getValue());
                changed = true;
            }
        }
        if (changed) {
            notifyThingUpdated("update its thing's properties");
        }
    }

    /** Stores a property ({@code null} removes it) and tells the framework if it changed. */
    protected void updateProperty(String name, @Nullable String value) {
        if (!Objects.equals(thing.getProperties().get(name), value)) {
            thing.setProperty(name, value);
            notifyThingUpdated("update its thing's property " + name);
        }
    }

    /** The bridge this thing sits under, as the framework knows it, or {@code null}. */
    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = thing.getBridgeUID();
        ThingHandlerCallback callback = this.callback;
        return bridgeUID != null && callback != null ? callback.getBridge(bridgeUID) : null;
    }

    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(getThing().getUID(), channelId));
    }

    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback callback = this.callback;
        if (callback == null) {
            warnDisposed("check a channel link");
            return false;
        }
        return callback.isChannelLinked(channelUID);
    }

    /** Whether the thing's status is one an initialized handler has: UNKNOWN, ONLINE or OFFLINE. */
    protected boolean isInitialized() {
        ThingStatus status = getThing().getStatus();
        return status == ThingStatus.UNKNOWN || status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE;
    }

    /**
     * Goes OFFLINE (BRIDGE_OFFLINE) when the bridge goes offline, and back ONLINE when the bridge comes back
     * online and this thing was offline because of it.
     */
    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    /** Asks the framework to give the thing another type and configuration. */
    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            callback.migrateThingType(getThing(), thingTypeUID, configuration);
        } else {
            warnDisposed("change its thing type");
        }
    }

    private void notifyThingUpdated(String what) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.thingUpdated(thing);
            } else {
                warnDisposed(what);
            }
        }
    }

    private void warnDisposed(String what) {
        logger.warn("Handler {} of thing {} tried to {} although the handler was already disposed.",
                getClass().getSimpleName(), thing.getUID(), what);
    }
}
