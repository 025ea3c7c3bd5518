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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line explains itself and turns every wrong command line into exit code 2 with a message that says
 * what to change, before any request goes out.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class CliUsageTest {

    private static final List<String> COMMANDS = List.of("meters", "read", "intervals", "daily", "monthly", "cost",
            "compare", "convert", "simulate", "demo", "bench");

    @Test
    void helpNamesEveryCommandTheCsvHeadersThePasswordRuleAndEveryExitCode() {
        CliRun run = CliRun.run("--help");

        assertEquals(0, run.exitCode(), run.toString());
        for (String command : COMMANDS) {
            assertTrue(run.out().contains("\n  " + command), command + " missing in\n" + run.out());
        }
        for (String header : List.of("esiid,start,end,kwh,kind,quality", "esiid,day,start_reading,end_reading,kwh",
                "esiid,start,end,kwh")) {
            assertTrue(run.out().contains(header), header);
        }
        assertTrue(run.out().contains("SMT_PASSWORD"));
        assertTrue(run.out().contains("never a command-line argument"));
        for (String code : List.of("0  done", "2  usage", "3  login refused", "4  blocked", "5  SMT unavailable",
                "6  input rejected")) {
            assertTrue(run.out().contains(code), code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "meters", "read", "intervals", "daily", "monthly", "convert", "simulate", "demo",
            "bench" })
    void everyCommandHasItsOwnHelp(String command) {
        CliRun run = CliRun.run(command, "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: java -jar "), run.out());
        assertTrue(run.out().contains(" " + command), run.out());
        assertTrue(run.out().contains("Exit codes:"));
    }

    @Test
    void noArgumentsIsAUsageErrorThatListsTheCommands() {
        CliRun run = CliRun.run();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Commands: " + String.join(", ", COMMANDS)), run.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.run("backfill");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown command 'backfill'"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run("meters", "--usrname", "jdoe");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'meters' has no option --usrname"), run.err());
    }

    @Test
    void aPasswordArgumentIsRefusedAndNotEchoed() {
        CliRun run = CliRun.run("meters", "--username", "jdoe", "--password", "hunter2");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("SMT_PASSWORD"), run.err());
        assertFalse(run.all().contains("hunter2"));
    }

    @Test
    void withoutPasswordOrTerminalTheCommandSaysHowToGiveIt() {
        CliRun run = CliRun.run("meters", "--username", "jdoe", "--url", "https://127.0.0.1:9");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no password: set the environment variable SMT_PASSWORD"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = { "intervals 10443720001234567 --to 2025-01-31", // no --from
            "intervals 10443720001234567 --from 01/31/2025", // not ISO
            "daily 10443720001234567 --from 2025-02-01 --to 2025-01-31", // reversed
            "monthly 10443720001234567 --from 2020-01-01 --to 2025-01-31", // far too long
            "intervals 12345 --from 2025-01-01", // not an ESIID
            "intervals --from 2025-01-01", // no ESIID
            "read", // no ESIID
            "read 10443720001234567 10443720001234568", // two
            "meters --flow website", // unknown flow
            "meters --url", // missing value
            "meters --flow portal --flow official", // twice
            "simulate --port 70000", "bench a.jar b.jar", "convert", "convert no-such-file.csv",
            "convert a.csv --esiid 42" })
    void wrongCommandLinesAreUsageErrors(String line) {
        CliRun run = CliRun.run(b -> b.variables(java.util.Map.of("SMT_PASSWORD", "secret")), line.split(" "));

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("smt: "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aFutureEndDateIsAUsageError() {
        CliRun run = CliRun.run(b -> b.variables(java.util.Map.of("SMT_PASSWORD", "secret")), "daily",
                "10443720001234567", "--from", "2099-01-01", "--to", "2099-01-02", "--username", "jdoe");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("in the future"), run.err());
    }
}
