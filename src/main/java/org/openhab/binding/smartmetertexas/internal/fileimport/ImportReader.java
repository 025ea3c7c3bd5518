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
import org.openhab.binding.smartmetertexas.internal.answer.AnswerParser;
import org.openhab.binding.smartmetertexas.internal.answer.EnergyDataReader;
import org.openhab.binding.smartmetertexas.internal.answer.IntervalData;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.BoundedJson;
import org.openhab.binding.smartmetertexas.internal.text.BoundedReader;
import org.openhab.binding.smartmetertexas.internal.text.CsvLines;
import org.openhab.binding.smartmetertexas.internal.text.JsonFields;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

import com.google.gson.JsonArray;
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

    /** The formats {@link ImportResult#format()} names, as people call them. */
    public static final String PORTAL_CSV = "SMT CSV export";
    public static final String INTERVALSYNCH_JSON = "SMT 15-minute JSON (energyData)";
    public static final String USAGE_INTERVAL_JSON = "portal /api/usage/interval JSON";
    public static final String OWN_CSV = "this project's CSV";
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
        Map<String, List<IntervalReading>> byMeter = new LinkedHashMap<>();
        List<RejectedPart> rejected = new ArrayList<>();
        String format;
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
            format = first == '{' || first == '[' ? readJson(BoundedJson.parse(buffered), byMeter, rejected)
                    : readCsv(new CsvLines(buffered), byMeter, rejected);
        } catch (IOException e) {
            if (bounded.limitPassed()) {
                throw new MalformedAnswerException("The file is larger than " + (MAX_BYTES / 1024 / 1024) + " MB");
            }
            throw e;
        }
        List<ImportedSeries> series = new ArrayList<>(byMeter.size());
        for (Map.Entry<String, List<IntervalReading>> meter : byMeter.entrySet()) {
            List<IntervalReading> readings = meter.getValue();
            readings.sort(IntervalReading.BY_KIND_THEN_START);
            series.add(new ImportedSeries(meter.getKey().isEmpty() ? null : new Esiid(meter.getKey()),
                    List.copyOf(readings)));
        }
        return new ImportResult(format, series, rejected);
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

    private static String readJson(JsonElement answer, Map<String, List<IntervalReading>> byMeter,
            List<RejectedPart> rejected) throws MalformedAnswerException {
        if (holds(answer, "energyData", "RD")) {
            rejected.addAll(EnergyDataReader.read(answer, byMeter).rejected());
            return INTERVALSYNCH_JSON;
        }
        if (holds(answer, "intervaldata", "starttime", "endtime")) {
            IntervalData data = AnswerParser.portalIntervals(answer);
            if (!data.readings().isEmpty()) {
                byMeter.put(EnergyDataReader.meterText(JsonFields.text(JsonFields.memberAnyLevel(answer, "esiid"))),
                        data.readings());
            }
            rejected.addAll(data.rejected());
            return USAGE_INTERVAL_JSON;
        }
        throw new MalformedAnswerException("JSON file holds neither energyData nor intervaldata");
    }

    /**
     * Whether the answer holds the list {@code name} (in the answer or its data wrapper), or is itself a list whose
     * first row has one of {@code rowMembers}.
     */
    private static boolean holds(JsonElement answer, String name, String... rowMembers) {
        JsonElement inner = BoundedJson.unwrapData(answer);
        if (inner.isJsonArray()) {
            JsonArray list = inner.getAsJsonArray();
            return !list.isEmpty() && list.get(0).isJsonObject()
                    && JsonFields.member(list.get(0).getAsJsonObject(), rowMembers) != null;
        }
        return JsonFields.memberAnyLevel(answer, name) != null;
    }

    private static String readCsv(CsvLines lines, Map<String, List<IntervalReading>> byMeter,
            List<RejectedPart> rejected) throws IOException, MalformedAnswerException {
        for (int i = 0; i < MAX_PREAMBLE_LINES; i++) {
            String line = lines.next();
            if (line == null) {
                break;
            }
            if (IntervalCsv.isHeader(line)) {
                IntervalCsv.read(lines, byMeter, rejected);
                return OWN_CSV;
            }
            List<String> portalHeader = PortalCsvReader.header(line);
            if (portalHeader != null) {
                PortalCsvReader.read(portalHeader, lines, byMeter, rejected);
                return PORTAL_CSV;
            }
        }
        throw new MalformedAnswerException(
                "Not a known interval file: no portal export header and no '" + IntervalCsv.HEADER + "' header");
    }
}
