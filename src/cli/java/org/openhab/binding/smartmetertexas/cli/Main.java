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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.smartmetertexas.internal.api.AccountSettings;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;

/**
 * The command line's entry point: {@code java -jar …-cli.jar COMMAND …}. {@link #run(String[], Environment)} does
 * the work and returns the exit code, so tests run every command in-process.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class Main {

    private static final Map<String, Command> COMMANDS = commands();

    private Main() {
    }

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command command : List.of(new MetersCommand(), new ReadCommand(),
                new HistoryCommand(HistoryFetch.Kind.INTERVALS), new HistoryCommand(HistoryFetch.Kind.DAILY),
                new HistoryCommand(HistoryFetch.Kind.MONTHLY), new CostCommand(false), new CostCommand(true),
                new ConvertCommand(), new SimulateCommand(), new DemoCommand(), new BenchCommand())) {
            commands.put(command.name(), command);
        }
        return commands;
    }

    public static void main(String[] args) {
        // before anything creates a logger or touches AWT
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(run(args, Environment.system()));
    }

    /** Runs one command line; returns its exit code ({@link ExitCode}). */
    public static int run(String[] args, Environment env) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty()) {
            env.err().print(usage());
            return ExitCode.USAGE;
        }
        String first = list.get(0);
        if ("--help".equals(first) || "-h".equals(first) || "help".equals(first)) {
            Command command = list.size() > 1 ? COMMANDS.get(list.get(1)) : null;
            env.out().print(command == null ? help() : help(command));
            return ExitCode.OK;
        }
        Command command = COMMANDS.get(first);
        if (command == null) {
            env.err().println("smt: unknown command '" + first + "'");
            env.err().print(usage());
            return ExitCode.USAGE;
        }
        List<String> rest = list.subList(1, list.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            env.out().print(help(command));
            return ExitCode.OK;
        }
        try {
            Arguments arguments = Arguments.parse(command.name(), rest, command.options(), command.flags());
            return command.run(arguments, env);
        } catch (UsageException e) {
            env.err().println("smt: " + SafeText.printable(e.getMessage()));
            env.err().println("Usage: java -jar " + JarName.get() + " " + command.name() + " " + command.synopsis());
            env.err().println("Run 'java -jar " + JarName.get() + " " + command.name() + " --help' for more.");
            return ExitCode.USAGE;
        } catch (SmtException e) {
            return Failures.report(e, env.err(), rest.contains("--cacert"));
        } catch (IOException e) {
            env.err().println("smt: " + SafeText.printable(e.getMessage()));
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            env.err().println("smt: interrupted");
            return ExitCode.FAILURE;
        } finally {
            env.out().flush();
            env.err().flush();
        }
    }

    static String usage() {
        StringBuilder out = new StringBuilder();
        out.append("Usage: java -jar ").append(JarName.get()).append(" COMMAND [ARGUMENTS] [OPTIONS]\n");
        out.append("Commands: ").append(String.join(", ", COMMANDS.keySet())).append('\n');
        out.append("Run 'java -jar ").append(JarName.get()).append(" --help' for help.\n");
        return out.toString();
    }

    static String help(Command command) {
        StringBuilder out = new StringBuilder();
        out.append("Usage: java -jar ").append(JarName.get()).append(' ').append(command.name());
        if (!command.synopsis().isEmpty()) {
            out.append(' ').append(command.synopsis());
        }
        if (command.options().contains("--username")) {
            out.append(" [SMT OPTIONS]");
        }
        out.append("\n\n").append(command.description()).append('\n');
        if (command.options().contains("--username")) {
            out.append('\n').append(SMT_OPTIONS);
        }
        out.append('\n').append(EXIT_CODES);
        return out.toString();
    }

    static String help() {
        StringBuilder out = new StringBuilder();
        out.append("""
                Smart Meter Texas command line: your meter's data from Smart Meter Texas (SMT) as CSV, SMT files
                converted, and all of it tried against a built-in SMT simulator.

                """);
        out.append("Usage: java -jar ").append(JarName.get()).append(" COMMAND [ARGUMENTS] [OPTIONS]\n");
        out.append("       java -jar ").append(JarName.get()).append(" COMMAND --help\n\n");
        out.append("Commands against SMT (need --username and the password):\n");
        for (String name : List.of("meters", "read", "intervals", "daily", "monthly")) {
            out.append(line(name));
        }
        out.append("\nCommands with SMT or a file (ESIID, or --usage FILE without SMT):\n");
        for (String name : List.of("cost", "compare")) {
            out.append(line(name));
        }
        out.append("\nCommands without SMT:\n");
        for (String name : List.of("convert", "simulate", "demo", "bench")) {
            out.append(line(name));
        }
        out.append('\n').append(SMT_OPTIONS).append('\n');
        out.append("""
                CSV (stdout, or --out FILE):
                  intervals  %s
                  daily      %s
                  monthly    %s
                  meters     %s
                  read       %s
                  cost       %s
                  compare    %s
                start, end and read_time are ISO times with the Central offset; day, start and end of daily and
                monthly rows are Central calendar days; kind is consumption or generation (surplus sent to the
                grid, only for meters that report it); quality is actual or estimated.

                Politeness: every request goes through the binding's request policy: at least 2 s apart and at
                most 5 in any 10 s; history in chunks of at most 31 days, at least 5 s apart; at most 2 on-demand
                reads an hour and 24 a day per meter, their status checked after 30 s, 1, 2, 4 and 8 minutes.

                """.formatted(CsvRows.INTERVALS_HEADER, CsvRows.DAILY_HEADER, CsvRows.MONTHLY_HEADER,
                CsvRows.METERS_HEADER, CsvRows.READ_HEADER, CostCommand.COST_HEADER, CostCommand.COMPARE_HEADER));
        out.append(EXIT_CODES);
        return out.toString();
    }

    private static String line(String name) {
        Command command = COMMANDS.get(name);
        if (command == null) {
            return "";
        }
        return "  " + name + (command.synopsis().isEmpty() ? "" : " " + command.synopsis()) + "\n      "
                + command.summary() + "\n";
    }

    static final String SMT_OPTIONS = """
            SMT OPTIONS:
              --username NAME         your SMT user name (or the environment variable SMT_USERNAME)
              --flow portal|official  portal: the SMT website's login, for everyone (default);
                                      official: SMT's official API (your public IP must be allow-listed by SMT)
              --url URL               another SMT address, e.g. the simulator's (default %s
                                      or %s)
              --cacert FILE           also trust this CA certificate (PEM), besides Java's default trust store
              --login-path PATH       the portal's login path (default %s)
              --requester-type TYPE   official API: RES (residential, default) or CSP (service provider)
              --duns NUMBER           official API: the service provider's DUNS number
            The password comes from the environment variable SMT_PASSWORD or, when it is not set, from a prompt;
            it is never a command-line argument.
            Dates are ISO (2026-03-08) calendar days in Central time; --to is included.
            """.formatted(AccountSettings.DEFAULT_PORTAL_URL, AccountSettings.DEFAULT_OFFICIAL_URL,
            AccountSettings.DEFAULT_LOGIN_PATH);

    static final String EXIT_CODES = """
            Exit codes:
              0  done
              1  something else failed (a file cannot be written, the port is taken, ...)
              2  usage: the command line is wrong, no password was given, or SMT says a setting is wrong (an
                 ESIID not on the account, a meter number not of the ESIID, the requester type)
              3  login refused: wrong user name or password (official API: or the IP is not allow-listed)
              4  blocked by SMT (HTTP 403, bot protection), SMT's rate limit (HTTP 429; the command does not
                 wait, it says when the limit ends), or the read limit is reached (SMT's or ours)
              5  SMT unavailable: down, maintenance, timeout, TLS failure, an unusable answer, a failed read,
                 or no data for the range yet
              6  input rejected: parts of the input (a file, or SMT's data) cannot be trusted, or SMT sent days
                 nobody asked for; they are named on stderr and the readable rows, if any, were still written
            """;
}
