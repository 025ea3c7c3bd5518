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
package org.openhab.binding.smartmetertexas.internal.pricing;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.smartmetertexas.internal.text.MalformedAnswerException;

/**
 * The plan file: the example reads as written, the example plans of doc/plans parse, and a mistake is named by
 * its field with what is wrong.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class PlanTest {

    static final String EXAMPLE = """
            {
              "name": "Free Nights 12",
              "baseCharge": 9.95,
              "energy": [
                { "rate": 0.0, "from": "21:00", "to": "06:00" },
                { "rate": 0.189 }
              ],
              "delivery": { "perCycle": 4.39, "perKwh": 0.053509 },
              "credits": [ { "minKwh": 1000, "maxKwh": 2000, "amount": -100.00 } ],
              "buyback": { "perKwh": 0.05, "capAtEnergyCharges": true },
              "percentFees": 0.1667
            }""";

    @Test
    void theExampleReadsAsWritten() throws Exception {
        Plan plan = Plan.parse(EXAMPLE);

        assertEquals("Free Nights 12", plan.name());
        assertEquals(new BigDecimal("9.95"), plan.baseCharge);
        assertEquals(2, plan.energy.size());
        assertEquals(21 * 60, plan.energy.get(0).from);
        assertEquals(6 * 60, plan.energy.get(0).to);
        assertEquals(new BigDecimal("0.053509"), plan.deliveryOn(LocalDate.of(2025, 1, 1)).perKwh);
        assertEquals(1, plan.credits().size());
        Plan.Band credit = plan.credits().get(0);
        assertEquals(new BigDecimal("1000"), credit.min());
        assertEquals(new BigDecimal("2000"), credit.max());
        assertEquals(new BigDecimal("-100.00"), credit.value());
        assertEquals(new BigDecimal("0.05"), plan.buybackPerKwh);
        assertTrue(plan.capAtEnergyCharges);
        assertEquals(new BigDecimal("0.1667"), plan.percentFees);
    }

    @Test
    void missingOptionalPartsCountAsNone() throws Exception {
        Plan plan = Plan.parse("""
                {"name": "Bare", "energy": [{"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}}""");

        assertEquals(BigDecimal.ZERO, plan.baseCharge);
        assertEquals(List.of(), plan.credits());
        assertEquals(BigDecimal.ZERO, plan.buybackPerKwh);
        assertFalse(plan.capAtEnergyCharges);
        assertEquals(BigDecimal.ZERO, plan.percentFees);
    }

    @Test
    void theExamplePlansOfTheDocumentationParse() throws Exception {
        try (var files = Files.list(Path.of("doc/plans"))) {
            List<Path> plans = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            assertEquals(3, plans.size(), plans.toString());
            for (Path file : plans) {
                assertFalse(Plan.read(file).name().isBlank(), file.toString());
            }
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"energy": [{"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}} | name: missing
            {"name": "x", "delivery": {"perCycle": 0, "perKwh": 0}} | energy: missing
            {"name": "x", "energy": [], "delivery": {"perCycle": 0, "perKwh": 0}} | energy: empty
            {"name": "x", "energy": [{"rate": "cheap"}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0].rate: expected a number, got "cheap"
            {"name": "x", "energy": [{"rate": 0.1, "from": "21:00", "to": "21:00"}, {"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0]: from equals to
            {"name": "x", "energy": [{"rate": 0.1, "from": "25:00", "to": "06:00"}, {"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0].from: '25:00' is not a Central wall time HH:mm
            {"name": "x", "energy": [{"rate": 0.1, "from": "21:00"}, {"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0].to: missing: from and to go together
            {"name": "x", "energy": [{"rate": 0.1, "days": ["SAT", "FUN"]}, {"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0].days[1]: '"FUN"' is not a day
            {"name": "x", "energy": [{"rate": 0.1, "months": [13]}, {"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0].months[0]: '13' is not a month: 1 to 12
            {"name": "x", "energy": [{"rate": 0.1, "days": ["SAT"]}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0]: the last rule must match every interval
            {"name": "x", "energy": [{}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0]: has neither rate nor blocks
            {"name": "x", "energy": [{"rate": 0.1, "blocks": [{"rate": 0.1}]}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0]: has both rate and blocks
            {"name": "x", "energy": [{"blocks": [{"uptoKwh": 500, "rate": 0.1}]}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0].blocks[0].uptoKwh: the last block has none
            {"name": "x", "energy": [{"blocks": [{"uptoKwh": 500, "rate": 0.1}, {"uptoKwh": 400, "rate": 0.1}, {"rate": 0.2}]}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0].blocks[1].uptoKwh: 400 is not above the block before it
            {"name": "x", "energy": [{"rate": 0.1}]} | delivery: missing
            {"name": "x", "energy": [{"rate": 0.1}], "delivery": {"perCycle": 4.39}} | delivery.perKwh: missing
            {"name": "x", "energy": [{"rate": 0.1}], "delivery": [{"from": "2025-13-01", "perCycle": 1, "perKwh": 0}]} | delivery[0].from: '"2025-13-01"' is not a date YYYY-MM-DD
            {"name": "x", "energy": [{"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}, "credits": [{"minKwh": 2000, "maxKwh": 1000, "amount": -50}]} | credits[0]: minKwh 2000 is above maxKwh 1000
            {"name": "x", "energy": [{"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}, "credits": [{"minKwh": 1000}]} | credits[0].amount: missing
            {"name": "x", "energy": [{"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}, "buyback": {"perKwh": 0.05, "capAtEnergyCharges": "yes"}} | buyback.capAtEnergyCharges: expected true or false
            {"name": "x", "basecharge": 9.95, "energy": [{"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}} | basecharge: unknown field
            {"name": "x", "energy": [{"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}, "credits": {"amount": -50}} | credits: expected a list
            ["not", "a", "plan"] | the plan: expected an object
            {"name": "x", "energy": [{"rate": 0.1, "from": "00:00", "to": "12:00"}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0]: the last rule must match every interval
            {"name": "x", "energy": [{"blocks": [{"uptoKwh": 0, "rate": 0.1}, {"rate": 0.2}]}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0].blocks[0].uptoKwh: 0 is not above the block before it
            {"name": "x", "energy": [{"blocks": [{"uptoKwh": 500, "rate": 0.1}, {"uptoKwh": 500, "rate": 0.1}, {"rate": 0.2}]}], "delivery": {"perCycle": 0, "perKwh": 0}} | energy[0].blocks[1].uptoKwh: 500 is not above the block before it
            {"name": "x", "energy": [{"rate": 0.1}], "delivery": {"perCycle": 0, "perKwh": 0}, "credits": [{"minKwh": 1000, "amount": null}]} | credits[0].amount: expected a number, got null
            """)
    void aMistakeIsNamedByItsFieldWithWhatIsWrong(String json, String message) {
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> Plan.parse(json));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aPlanFileThatIsNotJsonSaysSo() {
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class,
                () -> Plan.parse("name = Free Nights"));
        assertTrue(e.getMessage().startsWith("Not JSON"), e.getMessage());
    }

    @Test
    void aPlanFileOfExactlyTheLargestSizeIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, EXAMPLE + " ".repeat((int) Plan.MAX_FILE_BYTES - EXAMPLE.length()));
        assertEquals(Plan.MAX_FILE_BYTES, Files.size(file));

        assertEquals("Free Nights 12", Plan.read(file).name());

        Files.writeString(file, " ", StandardOpenOption.APPEND);
        MalformedAnswerException e = assertThrows(MalformedAnswerException.class, () -> Plan.read(file));
        assertTrue(e.getMessage().contains((Plan.MAX_FILE_BYTES + 1) + " bytes"), e.getMessage());
    }
}
