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
package org.openhab.binding.smartmetertexas.internal.planning;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.api.AccountSettings;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;
import org.openhab.binding.smartmetertexas.simulator.ManualClock;

/**
 * The account's own requests: a login kept while it holds, the meter list not more than every 15 minutes, and after
 * an account-wide failure an answer from SMT before the account is online again.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountSessionTest {

    private static final Instant START = Instant.parse("2026-06-10T15:00:00Z");
    private static final MeterList METERS = new MeterList(List.of(), List.of());

    private final ManualClock clock = new ManualClock(START);
    private final List<FakeSmtClient> created = new ArrayList<>();

    private AccountSession session(Flow flow) {
        return new AccountSession(clock, flow, settings -> {
            FakeSmtClient client = new FakeSmtClient(clock, flow);
            created.add(client);
            return client;
        });
    }

    private static AccountSettings settings() {
        return AccountSettings.builder(Flow.PORTAL, "user", "secret").build();
    }

    private FakeSmtClient last() {
        return created.get(created.size() - 1);
    }

    @Test
    void connectingAgainKeepsTheClientAndItsToken() throws SmtException {
        AccountSession session = session(Flow.PORTAL);
        assertNull(session.connect(settings()), "a plain connect lists nothing");
        assertNull(session.connect(settings()));
        assertEquals(1, created.size());
        assertEquals(List.of("login", "login"), last().calls);
    }

    @Test
    void afterAnAccountFailureThePortalListsTheMetersToHearFromSmt() throws SmtException {
        AccountSession session = session(Flow.PORTAL);
        session.connect(settings());
        session.verifyOnNextConnect();
        last().answer(METERS);
        assertSame(METERS, session.connect(settings()));
        assertEquals(1, created.size(), "the token is kept until SMT answers 401");
        assertEquals(List.of("login", "login", "meters"), last().calls);
        assertFalse(session.meterListDue(), "just listed");
        assertNull(session.connect(settings()), "checked once");
        assertEquals(1, created.size());
    }

    @Test
    void afterAnAccountFailureWithTheListNotDueAFreshClientLogsIn() throws SmtException {
        AccountSession session = session(Flow.PORTAL);
        session.connect(settings());
        last().answer(METERS);
        assertSame(METERS, session.listMeters(() -> true));
        session.verifyOnNextConnect();
        assertNull(session.connect(settings()));
        assertEquals(2, created.size(), "a token still held proves nothing while SMT is down");
        assertEquals(List.of("login"), last().calls);
        assertNull(session.connect(settings()));
        assertEquals(2, created.size(), "the fresh client is kept");
    }

    @Test
    void theOfficialApiNeverListsMetersAndVerifiesWithAFreshLogin() throws SmtException {
        AccountSession session = session(Flow.OFFICIAL);
        assertFalse(session.meterListDue());
        session.connect(settings());
        session.verifyOnNextConnect();
        assertNull(session.connect(settings()));
        assertEquals(2, created.size());
        assertEquals(List.of("login"), last().calls);
    }

    @Test
    void theMeterListIsDueAgain15MinutesAfterTheLastOneWhateverSmtAnswered() throws SmtException {
        AccountSession session = session(Flow.PORTAL);
        assertTrue(session.meterListDue(), "never listed");
        session.connect(settings());
        last().answer(new SmtException(Failure.SERVER_ERROR, "500"));
        assertThrows(SmtException.class, () -> session.listMeters(() -> true));
        assertFalse(session.meterListDue(), "a failed listing counts too");
        clock.advance(AccountSession.METER_LIST_SPACING.minusMillis(1));
        assertFalse(session.meterListDue());
        clock.advance(Duration.ofMillis(1));
        assertTrue(session.meterListDue());
    }

    @Test
    void noCallGoesOutWhileTheAccountIsOfflineOrClosed() throws SmtException {
        AccountSession session = session(Flow.PORTAL);
        SmtException notConnected = assertThrows(SmtException.class, () -> session.call(SmtClient::meters, () -> true));
        assertEquals(Failure.CONNECTION, notConnected.kind());
        assertEquals("the account is not online", notConnected.detail());
        session.connect(settings());
        assertThrows(SmtException.class, () -> session.call(SmtClient::meters, () -> false));
        last().answer(METERS);
        assertSame(METERS, session.call(SmtClient::meters, () -> true));
        session.close();
        assertThrows(SmtException.class, () -> session.call(SmtClient::meters, () -> true));
        assertEquals(List.of("login", "meters"), last().calls);
        session.connect(settings());
        assertEquals(2, created.size(), "a closed session connects with a new client");
    }
}
