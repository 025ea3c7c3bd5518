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
package org.openhab.binding.smartmetertexas.internal.handler;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures every line the binding's loggers write, at TRACE, through slf4j-simple (the test runtime's SLF4J binding,
 * which prints to System.err): new loggers of the binding start at TRACE, the existing ones are raised, and the
 * standard streams go to a buffer. Closing restores the streams and the levels.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class TraceLogCapture implements AutoCloseable {

    static final String BINDING = "org.openhab.binding.smartmetertexas.internal";
    private static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.log." + BINDING;
    /** slf4j-simple's numeric TRACE level. */
    private static final int TRACE = 0;
    /** slf4j-simple's numeric WARN level: the tests' default (src/test/resources/simplelogger.properties). */
    private static final int WARN = 30;

    private final PrintStream originalErr = System.err;
    private final PrintStream originalOut = System.out;
    private final @Nullable String originalProperty = System.getProperty(LEVEL_PROPERTY);
    private final Map<Logger, Integer> originalLevels = new HashMap<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    TraceLogCapture() {
        System.setProperty(LEVEL_PROPERTY, "trace");
        for (Logger logger : bindingLoggers().values()) {
            Integer level = level(logger, TRACE);
            if (level != null) {
                originalLevels.put(logger, level);
            }
        }
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
    }

    /** Every logger of the binding slf4j-simple has made so far, by name. */
    private static Map<String, Logger> bindingLoggers() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        Map<String, Logger> found = new HashMap<>();
        try {
            Field field = factory.getClass().getDeclaredField("loggerMap");
            field.setAccessible(true);
            Map<?, ?> loggers = (Map<?, ?>) field.get(factory);
            for (Map.Entry<?, ?> entry : loggers.entrySet()) {
                if (String.valueOf(entry.getKey()).startsWith(BINDING) && entry.getValue()instanceof Logger logger) {
                    found.put(logger.getName(), logger);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot list slf4j-simple's loggers: " + e);
        }
        return found;
    }

    /** Sets a logger's level; returns the one it had. */
    private static @Nullable Integer level(Logger logger, int level) {
        try {
            Field field = logger.getClass().getDeclaredField("currentLogLevel");
            field.setAccessible(true);
            int previous = field.getInt(logger);
            field.setInt(logger, level);
            return previous;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot set the level of " + logger.getName() + ": " + e);
        }
    }

    /** Everything written so far. */
    String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        System.setErr(originalErr);
        System.setOut(originalOut);
        String property = originalProperty;
        if (property == null) {
            System.clearProperty(LEVEL_PROPERTY);
        } else {
            System.setProperty(LEVEL_PROPERTY, property);
        }
        // Loggers made during the capture go back to the default level too.
        for (Logger logger : bindingLoggers().values()) {
            Integer original = originalLevels.get(logger);
            if (original != null) {
                level(logger, original);
            } else if (property == null) {
                level(logger, WARN);
            }
        }
    }
}
