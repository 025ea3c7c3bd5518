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
package org.openhab.binding.smartmetertexas.internal.console;

import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.handler.ActionResult;
import org.openhab.binding.smartmetertexas.internal.handler.MeterHandler;
import org.openhab.binding.smartmetertexas.internal.handler.MeterSummary;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.SmtTime;
import org.openhab.core.io.console.Console;
import org.openhab.core.io.console.ConsoleCommandCompleter;
import org.openhab.core.io.console.StringsCompleter;
import org.openhab.core.io.console.extensions.AbstractConsoleCommandExtension;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Console commands: {@code smartmetertexas status | backfill | import}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ConsoleCommandExtension.class)
public class SmartMeterTexasCommandExtension extends AbstractConsoleCommandExtension {

    private static final String STATUS = "status";
    private static final String BACKFILL = "backfill";
    private static final String IMPORT = "import";

    private final ThingRegistry thingRegistry;
    private final Clock clock;

    @Activate
    public SmartMeterTexasCommandExtension(@Reference ThingRegistry thingRegistry) {
        this(thingRegistry, Clock.systemUTC());
    }

    SmartMeterTexasCommandExtension(ThingRegistry thingRegistry, Clock clock) {
        super(BINDING_ID, "Smart Meter Texas: meter status, loading history, importing SMT exports.");
        this.thingRegistry = thingRegistry;
        this.clock = clock;
    }

    @Override
    public List<String> getUsages() {
        return List.of(buildCommandUsage(STATUS, "per meter: last read, data until, reads left today, last error"),
                buildCommandUsage(BACKFILL + " <thingUID> <from> [<to>]",
                        "load 15-minute and daily data for Central days (ISO dates; to defaults to yesterday)"),
                buildCommandUsage(IMPORT + " <thingUID> <file>",
                        "import an SMT CSV/JSON export or this binding's CSV into the meter's channels"));
    }

    @Override
    public @Nullable ConsoleCommandCompleter getCompleter() {
        return new StringsCompleter(List.of(STATUS, BACKFILL, IMPORT), false);
    }

    @Override
    public void execute(String[] args, Console console) {
        if (args.length == 0) {
            printUsage(console);
            return;
        }
        switch (args[0]) {
            case STATUS -> status(console);
            case BACKFILL -> backfill(args, console);
            case IMPORT -> importFile(args, console);
            default -> printUsage(console);
        }
    }

    private void status(Console console) {
        List<MeterHandler> meters = thingRegistry.getAll().stream()
                .filter(t -> THING_TYPE_METER.equals(t.getThingTypeUID())).map(Thing::getHandler)
                .filter(MeterHandler.class::isInstance).map(MeterHandler.class::cast).toList();
        if (meters.isEmpty()) {
            console.println("No Smart Meter Texas meters are set up.");
            return;
        }
        for (MeterHandler meter : meters) {
            MeterSummary summary = meter.summary();
            console.println(
                    meter.getThing().getUID() + " (ESIID " + summary.esiid() + "): " + meter.getThing().getStatus());
            MeterRead read = summary.lastRead();
            console.println("  last read:        " + (read == null ? "none yet" : describe(read)));
            var until = summary.dataUntil();
            console.println("  data until:       "
                    + (until == null ? "none yet" : until.atZone(SmtTime.CENTRAL).toLocalDateTime()));
            console.println("  reads left today: " + summary.readsLeftToday());
            console.println("  history to load:  " + summary.historyItemsLeft() + " requests");
            String error = summary.lastError();
            console.println("  last error:       " + (error == null ? "none" : error));
        }
    }

    private void backfill(String[] args, Console console) {
        if (args.length < 3 || args.length > 4) {
            printUsage(console);
            return;
        }
        MeterHandler meter = meter(args[1], console);
        if (meter == null) {
            return;
        }
        try {
            LocalDate from = LocalDate.parse(args[2]);
            LocalDate to = args.length == 4 ? LocalDate.parse(args[3]) : SmtTime.dayOf(clock.instant()).minusDays(1);
            console.println(meter.backfill(from, to).toString());
        } catch (DateTimeParseException e) {
            console.println(ActionResult.refused("dates are ISO days like 2025-01-31").toString());
        }
    }

    private void importFile(String[] args, Console console) {
        if (args.length != 3) {
            printUsage(console);
            return;
        }
        MeterHandler meter = meter(args[1], console);
        if (meter == null) {
            return;
        }
        try {
            console.println(meter.importFile(Path.of(args[2])).toString());
        } catch (InvalidPathException e) {
            console.println(ActionResult.refused("not a file path: " + args[2]).toString());
        }
    }

    private @Nullable MeterHandler meter(String uid, Console console) {
        Thing thing;
        try {
            thing = thingRegistry.get(new ThingUID(uid));
        } catch (IllegalArgumentException e) {
            thing = null;
        }
        if (thing != null && thing.getHandler()instanceof MeterHandler meter) {
            return meter;
        }
        console.println("No Smart Meter Texas meter " + uid + " (see: " + BINDING_ID + " " + STATUS + ")");
        return null;
    }

    private static String describe(MeterRead read) {
        var register = read.registerKwh();
        var time = read.readTime();
        if (register == null || time == null) {
            return read.status().label();
        }
        return register.toPlainString() + " kWh at " + time.atZone(SmtTime.CENTRAL).toLocalDateTime() + " ("
                + read.status().label() + ")";
    }
}
