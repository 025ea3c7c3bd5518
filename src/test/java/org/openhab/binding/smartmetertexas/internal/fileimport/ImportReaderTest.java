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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.smartmetertexas.testsupport.Fixtures.*;

import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.smartmetertexas.internal.model.Esiid;
import org.openhab.binding.smartmetertexas.internal.model.IntervalKind;
import org.openhab.binding.smartmetertexas.internal.model.IntervalReading;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;

/**
 * Proves the import recognizes each supported file by its content (portal CSV, own CSV, saved intervalsynch /
 * 15minintervalreads JSON, saved /api/usage/interval JSON; with or without data wrapper), keeps meters apart,
 * rejects untrustworthy rows or days by name while keeping the rest, and refuses unknown, HTML and oversized files.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ImportReaderTest {

    private static ImportResult read(String content) throws Exception {
        return ImportReader.read(new StringReader(content));
    }

    private static List<IntervalReading> only(ImportResult result) {
        assertEquals(1, result.series().size());
        return result.series().get(0).readings();
    }

    @Test
    void portalCsvWithByteOrderMarkAndCrLfIsDetected() throws Exception {
        ImportResult result = read("\uFEFF" + portalCsv(List.of(SUMMER_DAY), "24:00", false, "Consumption"));

        assertEquals(ImportReader.PORTAL_CSV, result.format());
        assertEquals(96, only(result).size());
        assertEquals(z("2025-06-15T05:00:00Z"), only(result).get(0).start());
    }

    @Test
    void portalCsvWithColumnsInOtherOrderAndQuotedFieldsIsRead() throws Exception {
        String csv = "\"USAGE_KWH\",\"USAGE_DATE\",\"USAGE_START_TIME\",\"ESIID\",\"CONSUMPTION_SURPLUSGENERATION\"\n"
                + "\"0.5\",\"06/15/2025\",\"00:15\",\"'" + ESIID + "\",\"Consumption\"\n";

        List<IntervalReading> readings = only(read(csv));

        assertEquals(z("2025-06-15T05:15:00Z"), readings.get(0).start());
        assertEquals(new BigDecimal("0.5"), readings.get(0).kwh());
    }

    @Test
    void portalCsvKeepsMetersApartAndNamesBadLines() throws Exception {
        String csv = PORTAL_CSV_HEADER + "\n" //
                + ESIID + ",06/15/2025,,00:00,00:15,0.1,A,Consumption\n" // line 2
                + ESIID_2 + ",06/15/2025,,00:00,00:15,0.2,A,Consumption\n" // line 3
                + ESIID + ",06/31/2025,,00:15,00:30,0.1,A,Consumption\n" // line 4: no such date
                + ESIID + ",06/15/2025,,00:30,00:45,NaN,A,Consumption\n" // line 5
                + ESIID + ",06/15/2025,,00:45,01:00,0.1,A,Net\n" // line 6: unknown kind
                + ESIID + ",06/15/2025,,00:50,01:05,0.1,A,Consumption\n" // line 7: not a quarter-hour
                + ESIID + ",06/15/2025,,00:00,00:15,0.3,A,Consumption\n" // line 8: repeats line 2
                + ESIID + ",06/15/2025,,01:00,01:15,0.4,E,Consumption\n"; // line 9

        ImportResult result = read(csv);

        assertEquals(2, result.series().size());
        assertEquals(new Esiid(ESIID), result.series().get(0).esiid());
        assertEquals(2, result.series().get(0).readings().size());
        assertEquals(new Esiid(ESIID_2), result.series().get(1).esiid());
        assertEquals(List.of("line 4", "line 5", "line 6", "line 7", "line 8"),
                result.rejected().stream().map(RejectedPart::where).toList());
    }

    @Test
    void ownCsvIsDetectedAndReadBack() throws Exception {
        String csv = IntervalCsv.HEADER + "\n" + ESIID
                + ",2025-11-02T01:00-06:00,2025-11-02T01:15-06:00,0.25,generation,estimated\n"
                + ",2025-11-02T01:00-05:00,2025-11-02T01:15-05:00,0.5,consumption,actual\n";

        ImportResult result = read(csv);

        assertEquals(ImportReader.OWN_CSV, result.format());
        assertEquals(2, result.series().size());
        assertEquals(z("2025-11-02T07:00:00Z"), result.series().get(0).readings().get(0).start());
        assertNull(result.series().get(1).esiid());
        assertEquals(z("2025-11-02T06:00:00Z"), result.series().get(1).readings().get(0).start());
    }

    @ParameterizedTest
    @ValueSource(strings = { "official", "portal", "bareList" })
    void intervalsynchJsonOfDstDaysIsDetectedWithOrWithoutWrapper(String shape) throws Exception {
        String entries = energyEntry(FALL_2025, "C", fullRd(FALL_2025), "11/03/2025 10:00:00") + ","
                + energyEntry(SPRING_2026, "C", fullRd(SPRING_2026), null);
        String json = switch (shape) {
            case "official" -> "{\"trans_id\":\"1\",\"esiid\":[\"" + ESIID + "\"],\"energyData\":[" + entries + "]}";
            case "portal" -> "{\"data\":{\"energyData\":[" + entries + "]}}";
            default -> "  [" + entries + "]";
        };

        ImportResult result = read(json);

        assertEquals(ImportReader.INTERVALSYNCH_JSON, result.format());
        List<IntervalReading> readings = only(result);
        assertEquals(100 + 92, readings.size());
        assertEquals(shape.equals("official") ? new Esiid(ESIID) : null, result.series().get(0).esiid());
        assertEquals(z("2025-11-02T07:00:00Z"), readings.get(8).start());
        assertEquals(z("2026-03-08T08:00:00Z"), readings.get(100 + 8).start());
    }

    @Test
    void intervalsynchJsonWithEsiidPerEntryKeepsMetersApart() throws Exception {
        String json = "{\"energyData\":["
                + energyEntry(SUMMER_DAY, "C", fullRd(SUMMER_DAY), null).replace("{\"DT\"",
                        "{\"ESIID\":\"" + ESIID + "\",\"DT\"")
                + "," + energyEntry(SUMMER_DAY, "C", fullRd(SUMMER_DAY), null).replace("{\"DT\"",
                        "{\"ESIID\":\"" + ESIID_2 + "\",\"DT\"")
                + "]}";

        ImportResult result = read(json);

        assertEquals(2, result.series().size());
        assertEquals(96, result.series().get(1).readings().size());
    }

    @Test
    void intervalsynchJsonNamesRejectedDaysAndKeepsTheRest() throws Exception {
        String json = "{\"energyData\":[" + energyEntry(SPRING_2025, "C", rd(p -> cell(p, "A")), null) + ","
                + energyEntry(FALL_2025, "G", fullRd(FALL_2025), null) + "]}";

        ImportResult result = read(json);

        assertEquals(List.of("2025-03-09"), result.rejected().stream().map(RejectedPart::where).toList());
        assertTrue(only(result).stream().allMatch(r -> r.kind() == IntervalKind.GENERATION));
        assertEquals(100, only(result).size());
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void usageIntervalJsonOfDstDaysIsDetectedWithOrWithoutWrapper(boolean wrapped) throws Exception {
        String answer = usageIntervalAnswer(List.of(FALL_2026, SPRING_2025), Style.PORTAL, null, null);
        String json = wrapped ? answer : answer.substring("{\"data\":".length(), answer.length() - 1);

        ImportResult result = read(json);

        assertEquals(ImportReader.USAGE_INTERVAL_JSON, result.format());
        List<IntervalReading> readings = only(result);
        assertNull(result.series().get(0).esiid());
        assertEquals(92 + 100, readings.size());
        assertEquals(z("2025-03-09T08:00:00Z"), readings.get(8).start());
        assertEquals(z("2026-11-01T07:00:00Z"), readings.get(92 + 8).start());
    }

    @Test
    void usageIntervalRowsAsBareListAreDetected() throws Exception {
        String json = "[{\"date\":\"2025-06-15\",\"starttime\":\" 12:00 am\",\"endtime\":\" 12:15 am\",\"consumption\":\"0.1\"}]";

        assertEquals(ImportReader.USAGE_INTERVAL_JSON, read(json).format());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   \n\n", "<html><title>Access Denied</title></html>", "date,kwh\n2025-06-15,3\n",
            "{\"meters\":[]}", "{\"data\":{\"dailyData\":[]}}", "hello world" })
    void unknownFilesAreRefused(String content) {
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> read(content));

        assertTrue(e.getMessage().length() <= 200);
    }

    @Test
    void overlongLineIsRejectedByNameWithoutKeepingIt() throws Exception {
        String csv = IntervalCsv.HEADER + "\n" + "x".repeat(1_000_000) + "\n"
                + ",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,0.1,consumption,actual\n";

        ImportResult result = read(csv);

        assertEquals(List.of("line 2"), result.rejected().stream().map(RejectedPart::where).toList());
        assertEquals(1, only(result).size());
    }

    @Test
    void fileLargerThanTheLimitIsRefused() {
        Reader endless = new Reader() {
            private long served;

            @Override
            public int read(char @org.eclipse.jdt.annotation.Nullable [] buffer, int offset, int length) {
                char[] target = Objects.requireNonNull(buffer);
                if (served == 0) {
                    String header = IntervalCsv.HEADER + "\n";
                    header.getChars(0, header.length(), target, offset);
                    served += header.length();
                    return header.length();
                }
                for (int i = 0; i < length; i++) {
                    target[offset + i] = '\n';
                }
                served += length;
                return length;
            }

            @Override
            public void close() {
            }
        };

        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> ImportReader.read(endless));

        assertTrue(e.getMessage().contains("64 MB"), e.getMessage());
    }

    // ---- sniffing, preamble and columns pinned (issue 13, mutation testing)

    @Test
    void jsonAndCsvAfterByteOrderMarkAndBlankLineAreDetected() throws Exception {
        String json = "{\"energyData\":[" + energyEntry(SUMMER_DAY, "C", fullRd(SUMMER_DAY), null) + "]}";

        assertEquals(96, only(read("\uFEFF" + json)).size());
        assertEquals(96, only(read("\uFEFF\n" + json)).size());
        assertEquals(96, only(read("\uFEFF\n" + portalCsv(List.of(SUMMER_DAY), "24:00", false, "Consumption"))).size());
        assertEquals(1, only(read("\uFEFF" + IntervalCsv.HEADER + "\n"
                + ",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,1,consumption,actual\n")).size());
    }

    @Test
    void fileWhoseFirstFourKibiCharsAreBlankIsRefusedAsEmpty() throws Exception {
        String json = "{\"energyData\":[" + energyEntry(SUMMER_DAY, "C", fullRd(SUMMER_DAY), null) + "]}";

        assertEquals(96, only(read(" ".repeat(4094) + json)).size());
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> read(" ".repeat(4095) + json));
        assertEquals("The file is empty", e.getMessage());
        e = assertThrows(MalformedAnswerException.class, () -> read(" ".repeat(5000) + json));
        assertEquals("The file is empty", e.getMessage());
    }

    @Test
    void fileStartingWithNulIsUnknownNotEmpty() {
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> read("\u0000abc\n"));

        assertTrue(e.getMessage().startsWith("Not a known interval file"), e.getMessage());
    }

    @Test
    void headerIsFoundWithinTheFirstTwentyLinesOnly() throws Exception {
        String own = IntervalCsv.HEADER + "\n"
                + ",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,1,consumption,actual\n";

        assertEquals(1, only(read("note\n".repeat(19) + own)).size());
        assertThrows(MalformedAnswerException.class, () -> read("note\n".repeat(20) + own));
    }

    @Test
    void readingsOfAMeterAreOrderedByKindThenStart() throws Exception {
        String csv = IntervalCsv.HEADER + "\n" //
                + ",2025-06-15T00:15-05:00,2025-06-15T00:30-05:00,4,generation,actual\n"
                + ",2025-06-15T00:15-05:00,2025-06-15T00:30-05:00,2,consumption,actual\n"
                + ",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,3,generation,actual\n"
                + ",2025-06-15T00:00-05:00,2025-06-15T00:15-05:00,1,consumption,actual\n";

        assertEquals(List.of("1", "2", "3", "4"), only(read(csv)).stream().map(r -> r.kwh().toPlainString()).toList());
    }

    @Test
    void portalCsvWithOnlyEndTimesAndNoKindOrMeterColumnIsConsumption() throws Exception {
        String csv = "USAGE_DATE,USAGE_END_TIME,USAGE_KWH\n" //
                + "06/15/2025,00:15,0.5\n" //
                + "06/15/2025,00:30\n"; // short line: no value

        ImportResult result = read(csv);

        assertEquals(ImportReader.PORTAL_CSV, result.format());
        List<IntervalReading> readings = only(result);
        assertEquals(1, readings.size());
        assertNull(result.series().get(0).esiid());
        assertEquals(IntervalKind.CONSUMPTION, readings.get(0).kind());
        assertEquals(z("2025-06-15T05:00:00Z"), readings.get(0).start());
        assertEquals(List.of(), result.rejected());
    }

    @Test
    void everyPortalRowKeepsItsRevisionTime() throws Exception {
        List<IntervalReading> readings = only(read(portalCsv(List.of(SUMMER_DAY), "24:00", false, "Consumption")));

        // 06/16/2025 10:15:00 Central daylight time
        assertTrue(readings.stream().allMatch(r -> z("2025-06-16T15:15:00Z").equals(r.revised())));
    }
}
