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

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.smartmetertexas.internal.planning.VirtualTaskScheduler;
import org.openhab.binding.smartmetertexas.internal.pricing.CostBook;

/**
 * Counts the objects the binding's handlers keep alive: everything reachable from them through the binding's own
 * classes, openHAB's (stand-in) classes and the JDK's collections. What belongs to others is counted as one object
 * and not followed: the test's virtual clock and scheduler, the simulator, Mockito's mocks, Jetty's HTTP client,
 * loggers and every other library object. A meter's cost book is not followed either: it grows with the billing
 * cycle by design, and its bound (the cycles it holds) is checked on its own.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
@NonNullByDefault
final class RetainedObjects {

    private static final String FOLLOWED = "org.openhab.";
    private static final String SIMULATOR = "org.openhab.binding.smartmetertexas.simulator.";

    private RetainedObjects() {
    }

    /** How many distinct objects the roots keep reachable. */
    static int count(Object... roots) {
        Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> work = new ArrayDeque<>();
        for (Object root : roots) {
            add(root, seen, work);
        }
        while (!work.isEmpty()) {
            Object next = work.pop();
            for (Object child : children(next)) {
                add(child, seen, work);
            }
        }
        return seen.size();
    }

    private static void add(@Nullable Object value, Set<Object> seen, Deque<Object> work) {
        if (value != null && !(value instanceof Class) && seen.add(value)) {
            work.push(value);
        }
    }

    private static Collection<@Nullable Object> children(Object value) {
        java.util.List<@Nullable Object> children = new java.util.ArrayList<>();
        Class<?> type = value.getClass();
        if (type.isArray()) {
            if (!type.getComponentType().isPrimitive()) {
                for (int i = 0; i < Array.getLength(value); i++) {
                    children.add(Array.get(value, i));
                }
            }
        } else if (value instanceof Map<?, ?> map && type.getName().startsWith("java.")) {
            for (Map.Entry<?, ?> entry : new java.util.ArrayList<>(map.entrySet())) {
                children.add(entry.getKey());
                children.add(entry.getValue());
            }
        } else if (value instanceof Collection<?> collection && type.getName().startsWith("java.")) {
            children.addAll(java.util.List.of(collection.toArray()));
        } else if (value instanceof Optional<?> optional) {
            children.add(optional.orElse(null));
        } else if (value instanceof AtomicReference<?> reference) {
            children.add(reference.get());
        } else if (followed(value)) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        field.setAccessible(true);
                        children.add(field.get(value));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // Not readable: counted as one object, as library objects are.
                    }
                }
            }
        }
        return children;
    }

    private static boolean followed(Object value) {
        String name = value.getClass().getName();
        return name.startsWith(FOLLOWED) && !name.startsWith(SIMULATOR) && !name.contains("$MockitoMock$")
                && !(value instanceof VirtualTaskScheduler) && !(value instanceof CostBook)
                && !(value instanceof BindingHarness) && !name.startsWith(VirtualTaskScheduler.class.getName());
    }
}
