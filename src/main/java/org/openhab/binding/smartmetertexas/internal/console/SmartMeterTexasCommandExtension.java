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

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.handler.MeterHandler;
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

    @Activate
    public SmartMeterTexasCommandExtension(@Reference ThingRegistry thingRegistry) {
        super(BINDING_ID, "Smart Meter Texas: meter status, loading history, importing SMT exports.");
        this.thingRegistry = thingRegistry;
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
        int n = args.length;
        if (n > 0 && STATUS.equals(args[0])) {
            status(console);
        } else if ((n == 3 || n == 4) && BACKFILL.equals(args[0]) || n == 3 && IMPORT.equals(args[0])) {
            Thing thing;
            try {
                thing = thingRegistry.get(new ThingUID(args[1]));
            } catch (IllegalArgumentException e) {
                thing = null;
            }
            if (thing != null && thing.getHandler()instanceof MeterHandler meter) {
                console.println(IMPORT.equals(args[0]) ? meter.importFile(args[2])
                        : meter.backfill(args[2], n == 4 ? args[3] : null));
            } else {
                console.println("No Smart Meter Texas meter " + args[1] + " (see: " + BINDING_ID + " " + STATUS + ")");
            }
        } else {
            printUsage(console);
        }
    }

    private void status(Console console) {
        boolean none = true;
        for (Thing thing : thingRegistry.getAll()) {
            if (!(thing.getHandler()instanceof MeterHandler meter)) {
                continue;
            }
            none = false;
            MeterRead read = meter.lastRead();
            BigDecimal register = read == null ? null : read.registerKwh();
            Instant time = read == null ? null : read.readTime();
            Instant until = meter.dataUntil();
            String error = meter.lastError();
            console.println(thing.getUID() + " (ESIID " + thing.getConfiguration().get(CONFIG_ESIID) + "): "
                    + thing.getStatus() + "\n  last read:        "
                    + (read == null ? "none yet"
                            : register == null || time == null ? read.status().label()
                                    : register.toPlainString() + " kWh at " + central(time) + " ("
                                            + read.status().label() + ")")
                    + "\n  data until:       " + (until == null ? "none yet" : central(until))
                    + "\n  reads left today: " + meter.readsLeftToday() + "\n  history to load:  "
                    + meter.historyItemsLeft() + " requests\n  last error:       " + (error == null ? "none" : error));
        }
        if (none) {
            console.println("No Smart Meter Texas meters are set up.");
        }
    }

    private static Object central(Instant instant) {
        return instant.atZone(SmtTime.CENTRAL).toLocalDateTime();
    }
}
