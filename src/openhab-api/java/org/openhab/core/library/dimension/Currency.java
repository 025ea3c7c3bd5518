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
package org.openhab.core.library.dimension;

import javax.measure.Quantity;

/**
 * Stand-in of openHAB's {@code Currency} quantity: an amount of money.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
public interface Currency extends Quantity<Currency> {
}
