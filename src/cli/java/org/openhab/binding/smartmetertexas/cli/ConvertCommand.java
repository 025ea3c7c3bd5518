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

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportReader;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportResult;
import org.openhab.binding.smartmetertexas.internal.fileimport.ImportedSeries;
import org.openhab.binding.smartmetertexas.internal.fileimport.IntervalCsv;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * {@code convert FILE}: any interval file the binding can import, as the project's CSV on stdout.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class ConvertCommand implements Command {

    @Override
    public String name() {
        return "convert";
    }

    @Override
    public String summary() {
        return "an SMT export or a saved SMT answer as this project's 15-minute CSV";
    }

    @Override
    public String synopsis() {
        return "FILE [--esiid ESIID]";
    }

    @Override
    public String description() {
        return """
                Reads an interval file and writes it as this project's CSV to stdout:
                  %s
                The format is detected from the content: SMT's CSV export (portal download), SMT's 15-minute
                JSON (portal intervalsynch or official 15minintervalreads), the portal's /api/usage/interval
                JSON, or this project's own CSV. Surplus generation rows appear only for meters that report
                generation. Rows whose file names no ESIID get an empty esiid column, or --esiid ESIID.
                Days and rows that cannot be trusted (a malformed day, an impossible time) are named on
                stderr and the exit code is 6; the readable rows are still written.""".formatted(IntervalCsv.HEADER);
    }

    @Override
    public Set<String> options() {
        return Set.of("--esiid");
    }

    @Override
    public int run(Arguments args, Environment env) throws UsageException, IOException {
        String name = args.positional(1, "the FILE to convert").get(0);
        String esiidOption = args.option("--esiid");
        Esiid fallback = esiidOption == null ? null : Arguments.esiid(esiidOption);
        Path file = env.resolve(name);
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " is a directory: name a file in it");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        ImportResult result;
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            result = ImportReader.read(reader);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (MalformedAnswerException e) {
            env.err().println("smt: input rejected: " + file.getFileName() + ": " + e.getMessage());
            return ExitCode.INPUT_REJECTED;
        }

        List<Row> rows = new ArrayList<>();
        for (ImportedSeries series : result.series()) {
            Esiid named = series.esiid();
            if (named != null && fallback != null && !named.equals(fallback)) {
                env.err().println("smt: the file names meter " + named + "; --esiid " + fallback
                        + " applies only to rows without an ESIID");
            }
            Esiid esiid = named != null ? named : fallback;
            List<IntervalReading> readings = new ArrayList<>(series.readings());
            readings.sort(Comparator.comparing(IntervalReading::start).thenComparing(IntervalReading::kind));
            readings.forEach(reading -> rows.add(new Row(esiid, reading)));
        }
        CsvOutput.write(env, null, IntervalCsv.HEADER, out -> {
            for (Row row : rows) {
                out.write(IntervalCsv.row(row.esiid(), row.reading()));
                out.write('\n');
            }
        });

        long generation = rows.stream().filter(r -> r.reading().kind() == IntervalKind.GENERATION).count();
        env.err()
                .println(file.getFileName() + " (" + result.format() + "): " + rows.size() + " rows of "
                        + result.series().size() + (result.series().size() == 1 ? " meter" : " meters")
                        + (generation > 0 ? ", " + generation + " of them surplus generation" : ""));
        for (RejectedPart part : result.rejected()) {
            env.err().println("smt: rejected " + part.where() + ": " + part.reason());
        }
        if (!result.rejected().isEmpty()) {
            env.err()
                    .println("smt: input rejected: " + result.rejected().size()
                            + (result.rejected().size() == 1 ? " part" : " parts") + " of " + file.getFileName()
                            + " cannot be trusted (named above); the readable rows were written");
            return ExitCode.INPUT_REJECTED;
        }
        return ExitCode.OK;
    }

    private record Row(@Nullable Esiid esiid, IntervalReading reading) {
    }
}
