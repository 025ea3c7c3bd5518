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
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.model.MeterRead;
import org.openhab.binding.smartmetertexas.internal.model.ReadStatus;
import org.openhab.binding.smartmetertexas.internal.planning.OnDemandReads;

/**
 * {@code read ESIID}: an on-demand read of the meter register, waiting for SMT's fresh result.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReadCommand implements Command {

    private static final Set<String> OPTIONS = union(SmtConnection.OPTIONS, Set.of("--meter"));

    static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String name() {
        return "read";
    }

    @Override
    public String summary() {
        return "an on-demand read of the meter register, waiting for SMT's fresh result";
    }

    @Override
    public String synopsis() {
        return "ESIID [--meter NUMBER]";
    }

    @Override
    public String description() {
        return """
                Asks SMT to read the meter now and waits for the result (30 seconds to several minutes; given
                up after 15 minutes), checking its status after 30 s, 1, 2, 4 and 8 minutes. Prints CSV
                (esiid,register_kwh,read_time,status). Counts against SMT's limit of 2 reads an hour and 24 a
                day per meter, shared with every other tool reading the meter. The portal needs the meter
                number: without --meter it is looked up in the account's meter list.""";
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public int run(Arguments args, Environment env) throws UsageException, SmtException, InterruptedException {
        Esiid esiid = Arguments.esiid(args.positional(1, "the ESIID of the meter to read").get(0));
        String meterNumber = args.option("--meter");
        try (SmtConnection connection = SmtConnection.open(args, env)) {
            if (meterNumber == null) {
                meterNumber = SmtConnection.flow(args) == Flow.PORTAL ? meterNumber(connection, esiid) : "";
            }
            Progress progress = new Progress(env.err(), env.terminal());
            MeterRead read = new OnDemandRead(connection.client(), new OnDemandReads(connection.policy()),
                    env.sleeper(), progress, env.terminal()).read(esiid, meterNumber.strip());
            if (read.status() != ReadStatus.COMPLETED) {
                env.err().println("smt: SMT unavailable: SMT could not read the meter (" + read.status().label()
                        + "); reads often fail for hours, try again later");
                return ExitCode.SMT_UNAVAILABLE;
            }
            env.out().println(CsvRows.READ_HEADER);
            env.out().println(CsvRows.read(esiid, read));
            env.out().flush();
            return ExitCode.OK;
        }
    }

    private static String meterNumber(SmtConnection connection, Esiid esiid) throws SmtException, UsageException {
        var meters = connection.client().meters();
        for (MeterInfo meter : meters) {
            if (meter.esiid().equals(esiid)) {
                return meter.meterNumber();
            }
        }
        throw new UsageException("the account has no meter " + esiid + "; its meters: "
                + meters.stream().map(m -> m.esiid().value()).collect(Collectors.joining(", ")));
    }
}
