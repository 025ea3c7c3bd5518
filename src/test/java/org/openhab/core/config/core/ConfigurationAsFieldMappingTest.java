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
package org.openhab.core.config.core;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link Configuration#as(Class)} fills a configuration class the way openHAB does: by field name,
 * converting the stored BigDecimal, String and Boolean values to the field types and leaving unset fields alone.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class ConfigurationAsFieldMappingTest {

    /** A typical binding configuration class. */
    public static class AccountConfig {
        public String username = "";
        public int refreshMinutes = 60;
        public @Nullable Integer retries;
        public long timeoutMillis;
        public boolean officialApi;
        public @Nullable BigDecimal budget;
        public String untouched = "default";
        public final String fixed = "final";
    }

    @Test
    void valuesAreConvertedToTheFieldTypes() {
        Configuration configuration = new Configuration(Map.of("username", "alice", "refreshMinutes", 15, "retries",
                new BigDecimal("3"), "timeoutMillis", "2500", "officialApi", "true", "budget", 24));

        AccountConfig config = configuration.as(AccountConfig.class);

        assertEquals("alice", config.username);
        assertEquals(15, config.refreshMinutes);
        assertEquals(Integer.valueOf(3), config.retries);
        assertEquals(2500L, config.timeoutMillis);
        assertTrue(config.officialApi);
        assertEquals(new BigDecimal("24"), config.budget);
    }

    @Test
    void missingAndFinalFieldsKeepTheirInitialValues() {
        AccountConfig config = new Configuration(Map.of("fixed", "changed")).as(AccountConfig.class);

        assertEquals(60, config.refreshMinutes);
        assertEquals("default", config.untouched);
        assertEquals("final", config.fixed);
        assertNull(config.retries);
    }

    @Test
    void numbersAreStoredAsBigDecimal() {
        Configuration configuration = new Configuration();
        configuration.put("refreshMinutes", 30);

        assertEquals(new BigDecimal("30"), configuration.get("refreshMinutes"));
    }
}
