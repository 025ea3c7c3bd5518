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
package org.openhab.binding.smartmetertexas.internal.api;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures what the binding's loggers write through slf4j-simple (the test runtime's SLF4J binding), at TRACE,
 * without an appender: slf4j-simple prints to System.err (or System.out), which this swaps for a buffer.
 * Loggers created before the capture started get their level raised directly.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class CapturedLogs implements AutoCloseable {

    private static final String PREFIX = "org.openhab.binding.smartmetertexas.internal";
    /** slf4j-simple's numeric TRACE level. */
    private static final int TRACE = 0;
    /** slf4j-simple's numeric WARN level: the tests' default (src/test/resources/simplelogger.properties). */
    private static final int WARN = 30;

    private final PrintStream originalErr = System.err;
    private final PrintStream originalOut = System.out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    /** The levels the loggers had, put back on close so later tests do not log at TRACE. */
    private final java.util.Map<Logger, Integer> previousLevels = new java.util.HashMap<>();

    CapturedLogs(List<Class<?>> classes) {
        System.setProperty("org.slf4j.simpleLogger.log." + PREFIX, "trace");
        for (Class<?> type : classes) {
            Logger logger = LoggerFactory.getLogger(type);
            previousLevels.put(logger, setLevel(logger, TRACE));
        }
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
    }

    /** Sets slf4j-simple's level of the logger and returns the one it had. */
    private static int setLevel(Logger logger, int newLevel) {
        try {
            Field level = logger.getClass().getDeclaredField("currentLogLevel");
            level.setAccessible(true);
            int previous = level.getInt(logger);
            level.setInt(logger, newLevel);
            return previous;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot set the level of " + logger.getName() + ": " + e);
        }
    }

    String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(originalErr);
        System.setOut(originalOut);
        System.clearProperty("org.slf4j.simpleLogger.log." + PREFIX);
        previousLevels.forEach(CapturedLogs::setLevel);
        // Loggers made during the capture started at TRACE: back to the tests' default, or later tests get noisy.
        for (Logger logger : bindingLoggers()) {
            if (!previousLevels.containsKey(logger)) {
                setLevel(logger, WARN);
            }
        }
    }

    /** Every logger of the binding slf4j-simple has made so far. */
    private static List<Logger> bindingLoggers() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        try {
            Field field = factory.getClass().getDeclaredField("loggerMap");
            field.setAccessible(true);
            return ((java.util.Map<?, ?>) field.get(factory)).entrySet().stream()
                    .filter(e -> String.valueOf(e.getKey()).startsWith(PREFIX)).map(java.util.Map.Entry::getValue)
                    .filter(Logger.class::isInstance).map(Logger.class::cast).toList();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot list slf4j-simple's loggers: " + e);
        }
    }
}
