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

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes CSV to a file ({@code --out}) or to stdout, UTF-8, lines ended by '\n'.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class CsvOutput {

    /** Writes the rows after the header. */
    @FunctionalInterface
    interface Rows {
        void writeTo(Writer out) throws IOException;
    }

    private CsvOutput() {
    }

    /** Writes header and rows to {@code file} (replacing it; parent folders are created) or to stdout. */
    static void write(Environment env, @Nullable Path file, String header, Rows rows) throws IOException {
        if (file == null) {
            toStream(env.out(), header, rows);
        } else {
            toFile(file, header, rows);
        }
    }

    /** Writes header and rows to a stream, which stays open. */
    static void toStream(PrintStream stream, String header, Rows rows) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        out.write(header);
        out.write('\n');
        rows.writeTo(out);
        out.flush();
        stream.flush();
    }

    /** Writes header and rows to {@code file}, replacing it; parent folders are created. */
    static void toFile(Path file, String header, Rows rows) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write('\n');
            rows.writeTo(out);
        }
    }
}
