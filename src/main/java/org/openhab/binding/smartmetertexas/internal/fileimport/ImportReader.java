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
package org.openhab.binding.smartmetertexas.internal.fileimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.answer.EnergyDataReader;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.answer.PortalIntervalReader;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.BoundedReader;
import org.openhab.binding.smartmetertexas.internal.text.CsvLines;
import org.openhab.binding.smartmetertexas.internal.text.JsonFields;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

import com.google.gson.JsonElement;

/**
 * Reads interval data from a file a user supplies, detecting its format from the content: the portal's CSV
 * export, the project's own CSV ({@link IntervalCsv}), or a saved SMT answer (intervalsynch /
 * 15minintervalreads {@code energyData}, or {@code /api/usage/interval} {@code intervaldata}; with or without a
 * data wrapper). Rows and days that cannot be trusted are rejected by name; the rest is kept.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ImportReader {

    /** Larger files are refused (two years of one meter take about 7 MB as portal CSV). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** How many leading lines may come before a CSV header. */
    private static final int MAX_PREAMBLE_LINES = 20;
    private static final int SNIFF_CHARS = 4096;

    private ImportReader() {
    }

    /**
     * Detects the format from the content and parses it; rows/days that cannot be trusted are rejected by name
     * while the rest is kept.
     *
     * @throws MalformedAnswerException when the format is not recognized or the file is larger than
     *             {@link #MAX_BYTES}
     */
    public static ImportResult read(Reader reader) throws IOException, MalformedAnswerException {
        BoundedReader bounded = new BoundedReader(reader, MAX_BYTES);
        BufferedReader buffered = new BufferedReader(bounded, SNIFF_CHARS * 2);
        try {
            buffered.mark(SNIFF_CHARS);
            int first = firstSignificantChar(buffered);
            buffered.reset();
            if (first == '\uFEFF') {
                buffered.read();
                buffered.mark(SNIFF_CHARS);
                first = firstSignificantChar(buffered);
                buffered.reset();
            }
            if (first < 0) {
                throw new MalformedAnswerException("The file is empty");
            }
            if (first == '<') {
                throw new MalformedAnswerException("The file is HTML, not interval data");
            }
            if (first == '{' || first == '[') {
                return readJson(BoundedJson.parse(buffered));
            }
            return readCsv(new CsvLines(buffered));
        } catch (IOException e) {
            if (bounded.limitPassed()) {
                throw new MalformedAnswerException("The file is larger than " + (MAX_BYTES / 1024 / 1024) + " MB");
            }
            throw e;
        }
    }

    private static int firstSignificantChar(Reader reader) throws IOException {
        for (int i = 0; i < SNIFF_CHARS - 1; i++) {
            int c = reader.read();
            if (c < 0 || !Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }

    private static ImportResult readJson(JsonElement answer) throws MalformedAnswerException {
        if (EnergyDataReader.looksLikeEnergyData(answer)) {
            EnergyDataReader.Result result = EnergyDataReader.read(answer);
            return new ImportResult(ImportFormat.INTERVALSYNCH_JSON, series(result.byMeter()), result.rejected());
        }
        if (PortalIntervalReader.looksLikeIntervalRows(answer)) {
            IntervalData data = PortalIntervalReader.read(answer);
            String meter = EnergyDataReader.meterText(JsonFields.text(JsonFields.memberAnyLevel(answer, "esiid")));
            Map<String, List<IntervalReading>> byMeter = new LinkedHashMap<>();
            if (!data.readings().isEmpty()) {
                byMeter.put(meter, data.readings());
            }
            return new ImportResult(ImportFormat.USAGE_INTERVAL_JSON, series(byMeter), data.rejected());
        }
        throw new MalformedAnswerException("JSON file holds neither energyData nor intervaldata");
    }

    private static ImportResult readCsv(CsvLines lines) throws IOException, MalformedAnswerException {
        for (int i = 0; i < MAX_PREAMBLE_LINES; i++) {
            String line = lines.next();
            if (line == null) {
                break;
            }
            if (IntervalCsv.isHeader(line)) {
                return readOwnCsv(lines);
            }
            List<String> portalHeader = PortalCsvReader.header(line);
            if (portalHeader != null) {
                PortalCsvReader.Result result = PortalCsvReader.read(portalHeader, lines);
                return new ImportResult(ImportFormat.PORTAL_CSV, series(result.byMeter()), result.rejected());
            }
        }
        throw new MalformedAnswerException(
                "Not a known interval file: no portal export header and no '" + IntervalCsv.HEADER + "' header");
    }

    private static ImportResult readOwnCsv(CsvLines lines) throws IOException {
        Map<String, List<IntervalReading>> byMeter = new LinkedHashMap<>();
        List<RejectedPart> rejected = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (line == CsvLines.TOO_LONG) {
                rejected.add(new RejectedPart("line " + lines.number(), "too long"));
                continue;
            }
            if (CsvLines.isBlank(line)) {
                continue;
            }
            try {
                IntervalCsv.Row row = IntervalCsv.parseRow(line);
                Esiid esiid = row.esiid();
                byMeter.computeIfAbsent(esiid == null ? "" : esiid.value(), m -> new ArrayList<>()).add(row.reading());
            } catch (MalformedAnswerException e) {
                rejected.add(new RejectedPart("line " + lines.number(), String.valueOf(e.getMessage())));
            }
        }
        byMeter.values().forEach(list -> list.sort(IntervalReading.BY_KIND_THEN_START));
        return new ImportResult(ImportFormat.OWN_CSV, series(byMeter), rejected);
    }

    private static List<ImportedSeries> series(Map<String, List<IntervalReading>> byMeter) {
        List<ImportedSeries> series = new ArrayList<>(byMeter.size());
        byMeter.forEach((meter, readings) -> series
                .add(new ImportedSeries(meter.isEmpty() ? null : new Esiid(meter), List.copyOf(readings))));
        return series;
    }
}
