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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault tests' summary, one row per case: what the user saw, whether it recovered without a restart, whether
 * the data already sent survived. Logged after each test class, and written to {@code target/fault-table-*.md}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class FaultTable {

    /**
     * One case.
     *
     * @param area the test class's area
     * @param fault what SMT did
     * @param account the account status the user saw
     * @param meter the meter status (or channel) the user saw
     * @param recovered how and when it came back
     * @param dataKept what persistence holds afterwards
     */
    record Row(String area, String fault, String account, String meter, String recovered, String dataKept) {
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final Logger LOGGER = LoggerFactory.getLogger(FaultTable.class);

    private FaultTable() {
    }

    static synchronized void add(Row row) {
        ROWS.removeIf(r -> r.area().equals(row.area()) && r.fault().equals(row.fault()));
        ROWS.add(row);
    }

    static synchronized String markdown(String area) {
        StringBuilder text = new StringBuilder();
        text.append("| case | account status seen | meter status seen | recovered | data kept |\n");
        text.append("|---|---|---|---|---|\n");
        for (Row row : ROWS) {
            if (row.area().equals(area)) {
                text.append("| ").append(row.fault()).append(" | ").append(row.account()).append(" | ")
                        .append(row.meter()).append(" | ").append(row.recovered()).append(" | ").append(row.dataKept())
                        .append(" |\n");
            }
        }
        return text.toString();
    }

    /** Logs the area's rows (INFO) and writes them to target/fault-table-AREA.md. */
    static void print(String area) {
        String table = markdown(area);
        LOGGER.info("Fault table: {}\n{}", area, table);
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("fault-table-" + area + ".md"), table, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            LOGGER.warn("cannot write the fault table: {}", e.getMessage());
        }
    }
}
