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

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.smartmetertexas.internal.text.CsvLines;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;
import org.openhab.binding.smartmetertexas.simulator.Endpoint;
import org.openhab.binding.smartmetertexas.simulator.Fault;

/**
 * The command line against a server that answers badly on purpose: nothing it sends reaches the terminal or a CSV
 * cell raw, SMT's rate limit exits 4 at once and says when it ends, the user's own mistakes are usage errors, and
 * malformed ESIIDs of the meter list are named.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliHostileAnswerTest {

    private static final String ESC_TITLE = "\\u001b]0;owned\\u0007\\u001b[2J";

    private static void assertPrintable(String text) {
        String withoutLineEnds = text.replace("\n", "");
        assertTrue(withoutLineEnds.chars().noneMatch(c -> SafeText.isUnsafe((char) c)), text);
    }

    @Test
    void hostileMeterListIsNeutralisedAndItsMalformedEsiidNamed(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().rewrite(Endpoint.PORTAL_METERS,
                    body -> "{\"data\":[{\"esiid\":\"" + smt.household()
                            + "\",\"meterNumber\":\"=HYPERLINK(\\\"http://evil\\\")\",\"fullAddress\":\"+1 " + ESC_TITLE
                            + " MAIN\\r\\nsmt: fake \\u202eST\"},{\"esiid\":\"12345\",\"meterNumber\":\"@SUM(A1)\"}]}");

            CliRun run = smt.run(smt.portal("meters"));

            assertEquals(6, run.exitCode(), run.toString());
            assertPrintable(run.out());
            assertPrintable(run.err());
            List<String> lines = run.outLines();
            assertEquals(2, lines.size(), run.out());
            List<String> cells = CsvLines.split(lines.get(1));
            assertEquals(3, cells.size(), lines.get(1));
            assertEquals(smt.household(), cells.get(0));
            assertEquals("'=HYPERLINK(\"http://evil\")", cells.get(1), "shown as text by a spreadsheet");
            assertTrue(cells.get(2).startsWith("'+1 "), cells.get(2));
            assertTrue(run.err().contains("smt: rejected meter list entry 2: ESIID '12345' is not 17 to 22 digits"),
                    run.err());
            assertTrue(run.err().contains("smt: input rejected: "), run.err());
        }
    }

    @Test
    void controlCharactersOfAnErrorNeverReachTheTerminal(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().rewrite(Endpoint.PORTAL_METERS, body -> "{\"errorCode\":\"99\",\"errorMessage\":\""
                    + ESC_TITLE + "fake\\r\\nsmt: done\\u0000\\u202e\"}");

            CliRun run = smt.run(smt.portal("meters"));

            assertEquals(5, run.exitCode(), run.toString());
            assertPrintable(run.err());
            assertEquals(1, run.err().lines().count(), "one line, no faked second one: " + run.err());
        }
    }

    @Test
    void smtsRateLimitExits4AtOnceAndSaysWhenItEnds(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            smt.sim.control().retryAfter("600");
            smt.sim.control().fault(Endpoint.PORTAL_INTERVALSYNCH, Fault.TOO_MANY_REQUESTS);

            CliRun run = smt.run(smt.portal("intervals", smt.household(), "--from",
                    SimulatedSmt.YESTERDAY.minusDays(40).toString(), "--to", SimulatedSmt.YESTERDAY.toString()));

            assertEquals(4, run.exitCode(), run.toString());
            assertTrue(run.err().contains("smt: rate limited: SMT limits this account's requests (HTTP 429"),
                    run.err());
            assertTrue(run.err().contains("until 2025-06-10 11:10 CDT"), run.err());
            assertEquals(0, smt.count("/api/usage/interval"), "no fallback endpoint");
            assertEquals(1, smt.count("/api/adhoc/intervalsynch"), "the next chunk was not asked: no waiting");
        }
    }

    @Test
    void theUsersOwnMistakesAreUsageErrors(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun foreign = smt
                    .run(smt.portal("daily", "10443720099999999", "--from", SimulatedSmt.YESTERDAY.toString()));
            assertEquals(2, foreign.exitCode(), foreign.toString());
            assertTrue(foreign.err().contains("smt: check your settings: "), foreign.err());
            assertTrue(foreign.err().contains("SMT does not know this ESIID on your account"), foreign.err());

            CliRun meter = smt.run(smt.portal("read", smt.household(), "--meter", "NOT-MINE"));
            assertEquals(2, meter.exitCode(), meter.toString());
            assertTrue(meter.err().contains("the meter number does not belong to this ESIID"), meter.err());
        }
    }

    @Test
    void theRequesterTypeIsCheckedBeforeAnyRequest(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir)) {
            CliRun wrong = smt.run(smt.official("daily", smt.household(), "--from", SimulatedSmt.YESTERDAY.toString(),
                    "--requester-type", "ABC"));
            CliRun noDuns = smt.run(smt.official("daily", smt.household(), "--from", SimulatedSmt.YESTERDAY.toString(),
                    "--requester-type", "csp"));

            assertEquals(2, wrong.exitCode(), wrong.toString());
            assertTrue(wrong.err().contains("RES (residential) or CSP (service provider), not 'ABC'"), wrong.err());
            assertEquals(2, noDuns.exitCode(), noDuns.toString());
            assertTrue(noDuns.err().contains("DUNS"), noDuns.err());
            assertEquals(List.of(), smt.requests());
        }
    }

    @Test
    void theCacertHintShowsOnlyWhenItApplies(@TempDir Path dir) throws Exception {
        try (SimulatedSmt smt = SimulatedSmt.start(dir);
                SimulatedSmt other = SimulatedSmt.start(Files.createDirectories(dir.resolve("other")))) {
            CliRun run = smt.run("meters", "--url", smt.sim.portalUrl().toString(), "--username", smt.sim.username(),
                    "--cacert", other.caFile.toString());

            assertEquals(5, run.exitCode(), run.toString());
            assertTrue(run.err().contains("TLS connection to 127.0.0.1 failed"), run.err());
            assertFalse(run.err().contains("pass its CA certificate"), "--cacert was given: " + run.err());
            assertTrue(run.err().contains("not signed by the CA of --cacert FILE"), run.err());
        }
    }
}
