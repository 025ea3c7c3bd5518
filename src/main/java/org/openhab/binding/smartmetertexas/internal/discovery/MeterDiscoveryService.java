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
package org.openhab.binding.smartmetertexas.internal.discovery;

import static org.openhab.binding.smartmetertexas.internal.SmartMeterTexasBindingConstants.*;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.answer.MeterList;
import org.openhab.binding.smartmetertexas.internal.handler.AccountHandler;
import org.openhab.binding.smartmetertexas.internal.model.MeterInfo;
import org.openhab.binding.smartmetertexas.internal.text.RejectedPart;
import org.openhab.binding.smartmetertexas.internal.text.SafeText;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the account's meters into the inbox when the account goes online and on a manual scan, and takes out those
 * that left the account.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = MeterDiscoveryService.class)
public class MeterDiscoveryService extends AbstractThingHandlerDiscoveryService<AccountHandler> {

    private static final int SCAN_TIMEOUT_SECONDS = 30;

    private final Logger logger = LoggerFactory.getLogger(MeterDiscoveryService.class);
    private final Set<ThingUID> discovered = new HashSet<>();

    public MeterDiscoveryService() {
        super(AccountHandler.class, Set.of(THING_TYPE_METER), SCAN_TIMEOUT_SECONDS, false);
    }

    /** Implemented here because its return type differs between openHAB 4.3 and 5.x. */
    @Override
    public @Nullable AccountHandler getThingHandler() {
        return thingHandler;
    }

    @Override
    public void initialize() {
        thingHandler.setDiscovery(this);
        super.initialize();
        MeterList known = thingHandler.meters();
        if (!known.isEmpty()) {
            metersListed(known);
        }
    }

    @Override
    public void dispose() {
        super.dispose();
        thingHandler.setDiscovery(null);
    }

    @Override
    protected void startScan() {
        thingHandler.refreshMeters();
    }

    /** The account listed its meters: each one into the inbox, vanished ones out. */
    public synchronized void metersListed(MeterList meters) {
        ThingUID bridgeUID = thingHandler.getThing().getUID();
        for (RejectedPart part : meters.rejected()) {
            // reported, never dropped silently: such a meter cannot be offered (its ESIID is what identifies it)
            logger.warn("SMT lists a meter of {} that cannot be added: {}: {}", bridgeUID, part.where(), part.reason());
        }
        Set<ThingUID> current = new HashSet<>();
        for (MeterInfo meter : meters) {
            ThingUID uid = new ThingUID(THING_TYPE_METER, bridgeUID, meter.esiid().value());
            current.add(uid);
            // SMT's text reaches the inbox only printable
            String address = SafeText.printable(meter.address()).strip();
            String label = address.isEmpty() ? "Smart Meter " + meter.esiid() : "Smart Meter " + address;
            thingDiscovered(DiscoveryResultBuilder.create(uid).withBridge(bridgeUID).withThingType(THING_TYPE_METER)
                    .withProperty(CONFIG_ESIID, meter.esiid().value())
                    .withProperty(CONFIG_METER_NUMBER, SafeText.printable(meter.meterNumber()))
                    .withRepresentationProperty(CONFIG_ESIID).withLabel(label).build());
        }
        for (ThingUID gone : discovered) {
            if (!current.contains(gone)) {
                thingRemoved(gone);
            }
        }
        discovered.clear();
        discovered.addAll(current);
    }
}
