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
package org.openhab.binding.smartmetertexas.internal;

import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.handler.AccountHandler;
import org.openhab.binding.smartmetertexas.internal.handler.MeterHandler;
import org.openhab.binding.smartmetertexas.internal.planning.BindingTiming;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates the account and meter handlers.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.smartmetertexas", service = ThingHandlerFactory.class)
public class SmartMeterTexasHandlerFactory extends BaseThingHandlerFactory {

    /** Where each meter keeps its loading progress across restarts. */
    static final String PROGRESS_STORAGE = "org.openhab.binding.smartmetertexas.progress";

    private final HttpClientFactory httpClientFactory;
    private final Storage<String> progressStorage;
    private final BindingTiming timing;

    @Activate
    public SmartMeterTexasHandlerFactory(@Reference HttpClientFactory httpClientFactory,
            @Reference StorageService storageService) {
        this(httpClientFactory, storageService, BindingTiming.real());
    }

    SmartMeterTexasHandlerFactory(HttpClientFactory httpClientFactory, StorageService storageService,
            BindingTiming timing) {
        this.httpClientFactory = httpClientFactory;
        this.progressStorage = storageService.getStorage(PROGRESS_STORAGE);
        this.timing = timing;
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        ThingTypeUID type = thing.getThingTypeUID();
        if (THING_TYPE_ACCOUNT.equals(type) && thing instanceof Bridge bridge) {
            return new AccountHandler(bridge, httpClientFactory, timing);
        }
        if (THING_TYPE_METER.equals(type)) {
            return new MeterHandler(thing, progressStorage, timing);
        }
        return null;
    }
}
