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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.api.AccountSettings;
import org.openhab.binding.smartmetertexas.internal.api.Failure;
import org.openhab.binding.smartmetertexas.internal.api.Flow;
import org.openhab.binding.smartmetertexas.internal.api.SmtClient;
import org.openhab.binding.smartmetertexas.internal.api.SmtException;

/**
 * The requests of one account that no meter makes: the login when the account connects and the meter list. Owns the
 * account's client and lends it to one caller at a time (a client is not shared between threads). The account handler
 * calls this and shows the outcome, as the meter handler does with its {@link MeterWorker}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AccountSession {

    /** The meter list rarely changes: going online again lists it only after this long (doc/smt-protocol.md §7). */
    public static final Duration METER_LIST_SPACING = Duration.ofMinutes(15);

    /** Makes the account's clients, all on its one HTTP client (its cookies) and request policy (its budgets). */
    public interface Clients {
        SmtClient create(AccountSettings settings) throws SmtException;
    }

    private final Clock clock;
    private final Flow flow;
    private final Clients clients;
    private final Object clientLock = new Object();

    private volatile @Nullable SmtClient client;
    private volatile @Nullable Instant metersListedAt;
    /** Set when a request failed for the whole account: the next connect must hear from SMT before ONLINE. */
    private volatile boolean verifyOnConnect;

    public AccountSession(Clock clock, Flow flow, Clients clients) {
        this.clock = clock;
        this.flow = flow;
        this.clients = clients;
    }

    /**
     * Logs in, or keeps the token it has. After an account-wide failure it hears from SMT first: on the portal by
     * listing the meters (when that is due), otherwise by logging in on a fresh client.
     *
     * @return the meters, when listing them was the check; null otherwise
     */
    public @Nullable MeterList connect(AccountSettings settings) throws SmtException {
        MeterList listed = null;
        synchronized (clientLock) {
            boolean listToVerify = verifyOnConnect && meterListDue();
            SmtClient smt = client;
            // A token still held proves nothing while SMT is down: a fresh client logs in again. Every client of the
            // account is on its one HTTP client (cookies) and request policy (budgets).
            if (smt == null || verifyOnConnect && !listToVerify) {
                smt = clients.create(settings);
                client = smt;
            }
            smt.login();
            if (listToVerify) {
                // The portal keeps its token until a 401: an answer shows that SMT is back.
                metersListedAt = clock.instant();
                listed = smt.meters();
            }
        }
        verifyOnConnect = false;
        return listed;
    }

    /** A request failed for the whole account: the next connect must hear from SMT before the account is online. */
    public void verifyOnNextConnect() {
        verifyOnConnect = true;
    }

    /**
     * Whether to list the meters now (portal only): a failing meter can take the account offline every minute, and
     * each return online need not list them.
     */
    public boolean meterListDue() {
        Instant listed = metersListedAt;
        return flow == Flow.PORTAL && (listed == null || !clock.instant().isBefore(listed.plus(METER_LIST_SPACING)));
    }

    /** Lists the account's meters (this counts as listing them, whatever SMT answers). */
    public MeterList listMeters(BooleanSupplier online) throws SmtException {
        metersListedAt = clock.instant();
        return call(SmtClient::meters, online);
    }

    /** Makes a call on the account's client while {@code online} holds, one caller at a time. */
    public <T> T call(MeterWorker.ClientCall<T> call, BooleanSupplier online) throws SmtException {
        synchronized (clientLock) {
            SmtClient current = client;
            if (current == null || !online.getAsBoolean()) {
                throw new SmtException(Failure.CONNECTION, "the account is not online");
            }
            return call.apply(current);
        }
    }

    /** Drops the client; not under the client lock, so the owner can stop the HTTP client under a request. */
    public void close() {
        client = null;
    }
}
