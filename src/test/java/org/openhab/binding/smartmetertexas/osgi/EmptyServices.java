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
package org.openhab.binding.smartmetertexas.osgi;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Do-nothing implementations of openHAB service interfaces, made at run time for the interface class that the
 * stand-in bundle loaded: the binding accepts a service only if it implements the very class the binding is wired to.
 * Methods answer empty values; a method returning another interface answers another such object (so
 * {@code StorageService.getStorage} gives a usable {@code Storage}).
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class EmptyServices {

    private EmptyServices() {
    }

    static Object of(Class<?> serviceInterface) {
        return Proxy.newProxyInstance(serviceInterface.getClassLoader(), new Class<?>[] { serviceInterface },
                (proxy, method, args) -> answer(serviceInterface, proxy, method, args));
    }

    // A proxy equals only itself: identity is the point here.
    @SuppressWarnings("PMD.CompareObjectsWithEquals")
    private static @Nullable Object answer(Class<?> serviceInterface, Object proxy, Method method,
            @Nullable Object @Nullable [] args) {
        Class<?> type = method.getReturnType();
        switch (method.getName()) {
            case "equals":
                return args != null && args.length == 1 && proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "empty " + serviceInterface.getSimpleName();
            default:
                break;
        }
        if (type == boolean.class) {
            return false;
        } else if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            return 0L;
        } else if (type == List.class || type == Collection.class) {
            return List.of();
        } else if (type == Set.class) {
            return Set.of();
        } else if (type == Map.class) {
            return Map.of();
        } else if (type == Optional.class) {
            return Optional.empty();
        } else if (type == Stream.class) {
            return Stream.empty();
        } else if (type.isInterface() && type.getName().startsWith("org.openhab.core.")) {
            return of(type);
        }
        return null;
    }
}
