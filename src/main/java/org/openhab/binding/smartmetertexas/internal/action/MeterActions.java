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
package org.openhab.binding.smartmetertexas.internal.action;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.handler.MeterHandler;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Rule actions of a meter. Each returns at once with REQUESTED, IN_PROGRESS, LIMIT or "REFUSED: why"; the data arrives
 * on the meter's channels.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = MeterActions.class)
@ThingActionsScope(name = "smartmetertexas")
public class MeterActions implements ThingActions {

    private static final String NOT_READY = "REFUSED: the meter thing is not initialized";

    private @Nullable MeterHandler handler;

    @Override
    public void setThingHandler(@Nullable ThingHandler handler) {
        this.handler = handler instanceof MeterHandler meter ? meter : null;
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    @RuleAction(label = "request a meter read", description = "Asks SMT to read the meter now; the reading arrives on the reading channels.")
    public @ActionOutput(type = "java.lang.String", label = "Status") String requestMeterRead() {
        MeterHandler meter = handler;
        return meter == null ? NOT_READY : meter.requestMeterRead();
    }

    @RuleAction(label = "load history", description = "Loads 15-minute and daily data for the given Central days (ISO dates, both included).")
    public @ActionOutput(type = "java.lang.String", label = "Status") String backfill(
            @ActionInput(name = "from", label = "From", description = "First day, e.g. 2025-01-01") @Nullable String from,
            @ActionInput(name = "to", label = "To", description = "Last day, included") @Nullable String to) {
        MeterHandler meter = handler;
        return meter == null ? NOT_READY : meter.backfill(String.valueOf(from), String.valueOf(to));
    }

    @RuleAction(label = "import a file", description = "Imports an SMT CSV or JSON export (or this binding's CSV); complete days replace what is stored for them.")
    public @ActionOutput(type = "java.lang.String", label = "Status") String importFile(
            @ActionInput(name = "path", label = "File", description = "Path of the file on the openHAB server") @Nullable String path) {
        MeterHandler meter = handler;
        return meter == null ? NOT_READY : meter.importFile(String.valueOf(path));
    }

    public static String requestMeterRead(ThingActions actions) {
        return ((MeterActions) actions).requestMeterRead();
    }

    public static String backfill(ThingActions actions, @Nullable String from, @Nullable String to) {
        return ((MeterActions) actions).backfill(from, to);
    }

    public static String importFile(ThingActions actions, @Nullable String path) {
        return ((MeterActions) actions).importFile(path);
    }
}
