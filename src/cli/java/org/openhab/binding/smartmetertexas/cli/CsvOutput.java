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
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes CSV to a file ({@code --out}) or to stdout, UTF-8, lines ended by '\n'; and every file the command line
 * writes, safely: into a new temporary file next to the target, then renamed over it in one step, so a reader sees
 * the old file or the complete new one, and a failed run leaves the old content. A symbolic link, a directory or
 * anything but a regular file at the target is refused, never followed; nothing is written outside the target's
 * folder.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class CsvOutput {

    /** The overwrite rules of {@code --out FILE}, for the commands' help. */
    static final String OUT_FILE_RULES = """
            --out FILE writes the CSV to FILE instead of stdout. FILE's folder must exist. An existing FILE is
            replaced as a whole once the new content is complete (until then, and when the command fails before
            any row, it keeps its old content); a FILE that is a directory or a symbolic link is refused.""";

    /** Writes the rows after the header. */
    @FunctionalInterface
    interface Rows {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes a file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private CsvOutput() {
    }

    /**
     * Names what keeps {@code file} from being written, before anything is asked of SMT: a directory, a link, not a
     * regular file, a missing or read-only folder.
     */
    static void checkFile(Path file, String option) throws UsageException {
        if (Files.isSymbolicLink(file)) {
            throw new UsageException(option + " " + file + " is a symbolic link: name the file itself");
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(option + " " + file + " is a directory: name a file");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(option + " " + file + " is not a regular file");
        }
        Path folder = folderOf(file);
        if (!Files.isDirectory(folder)) {
            throw new UsageException(option + " " + file + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new UsageException(option + " " + file + ": cannot write into the folder " + folder);
        }
    }

    /** Names what keeps {@code dir} from being the folder to write into (it is made when missing). */
    static void checkFolder(Path dir, String option) throws UsageException {
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            throw new UsageException(option + " " + dir + " is a symbolic link to nothing: name a folder");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException(option + " " + dir + " is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            throw new UsageException(option + " " + dir + ": cannot write into this folder");
        }
    }

    /** Writes header and rows to {@code file} (see {@link #toFile}) or to stdout. */
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

    /** Writes header and rows to {@code file} as {@link #replace} does. */
    static boolean toFile(Path file, String header, Rows rows) throws IOException {
        return replace(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            out.write(header);
            out.write('\n');
            rows.writeTo(out);
            out.flush();
        });
    }

    /**
     * Writes {@code file} through a new temporary file in its folder and an atomic rename; refuses a link or
     * anything but a regular file at {@code file}.
     *
     * @return true when an existing file was replaced
     */
    static boolean replace(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path name = target.getFileName();
        if (name == null) {
            throw new IOException(file + " names no file");
        }
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (existed && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " is not a regular file (a link or a directory): not written");
        }
        Path folder = folderOf(target);
        Path temp = folder
                .resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            // CREATE_NEW: never an existing file, never through a link
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return existed;
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().getRoot() : parent;
    }
}
