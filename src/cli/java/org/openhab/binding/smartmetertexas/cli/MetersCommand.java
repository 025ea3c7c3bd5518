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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * {@code meters}: the meters on the account (portal flow), as CSV: ESIID, meter number, service address.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class MetersCommand implements Command {

    @Override
    public String name() {
        return "meters";
    }

    @Override
    public String summary() {
        return "the account's meters: ESIID, meter number, address (portal flow only)";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String description() {
        return """
                Lists the meters on the account as CSV (esiid,meter_number,address). An entry of SMT's list
                whose ESIID is not 17 to 22 digits is named on stderr, and the exit code is 6.
                Portal flow only: SMT's official API has no meter list.""";
    }

    @Override
    public Set<String> options() {
        return SmtConnection.OPTIONS;
    }

    @Override
    public int run(Arguments args, Environment env) throws UsageException, SmtException {
        args.positional(0, "no arguments");
        try (SmtConnection connection = SmtConnection.open(args, env)) {
            MeterList meters = connection.client().meters();
            env.out().println(CsvRows.METERS_HEADER);
            meters.forEach(meter -> env.out().println(CsvRows.meter(meter)));
            env.out().flush();
            env.err().println(meters.size() == 1 ? "1 meter" : meters.size() + " meters");
            for (RejectedPart part : meters.rejected()) {
                env.err().println("smt: rejected " + part.where() + ": " + part.reason());
            }
            if (!meters.rejected().isEmpty()) {
                env.err().println("smt: input rejected: SMT lists meters that cannot be used (named above)");
                return ExitCode.INPUT_REJECTED;
            }
            return ExitCode.OK;
        }
    }
}
