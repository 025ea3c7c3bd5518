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

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code Configuration}: the configuration parameters of a thing or channel.
 * <p>
 * As in openHAB, values are normalized when stored: whole and decimal numbers become {@link BigDecimal},
 * {@link String}, {@link Boolean} and {@link BigDecimal} stay as they are, collections become lists of normalized
 * values; anything else is rejected. Like openHAB's, this class carries no {@code @NonNullByDefault}.
 *
 * @author Smart Meter Texas binding contributors - Initial contribution
 */
public class Configuration {

    private final Map<String, Object> properties;

    public Configuration() {
        this((Map<String, Object>) null);
    }

    public Configuration(@Nullable Configuration configuration) {
        this(configuration == null ? null : configuration.getProperties());
    }

    public Configuration(@Nullable Map<String, Object> properties) {
        this.properties = new HashMap<>();
        if (properties != null) {
            for (Map.Entry<String, Object> entry : properties.entrySet()) {
                this.properties.put(entry.getKey(), normalize(entry.getValue()));
            }
        }
    }

    /**
     * Maps the parameters onto a new instance of the given class (which needs a public no-argument constructor):
     * each non-final, non-transient, non-static field (including inherited ones) whose name is a parameter gets the
     * parameter's value, converted to the field's type (numbers to {@code int}, {@code Integer}, {@code long},
     * {@code double}, {@link BigDecimal}…; strings to numbers, booleans and enums). Fields without a parameter keep
     * their initial value; a value that cannot be converted leaves the field untouched.
     *
     * @return the new instance, or {@code null} if the class cannot be instantiated
     */
    public <T> T as(Class<T> configurationClass) {
        T configuration;
        try {
            configuration = configurationClass.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                | InvocationTargetException e) {
            return null;
        }
        Map<String, Object> values = getProperties();
        for (Class<?> type = configurationClass; type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isFinal(modifiers) || Modifier.isTransient(modifiers) || Modifier.isStatic(modifiers)) {
                    continue;
                }
                Object converted = convert(values.get(field.getName()), field);
                if (converted != null) {
                    try {
                        field.setAccessible(true);
                        field.set(configuration, converted);
                    } catch (IllegalAccessException | RuntimeException e) {
                        // like openHAB: a field that cannot be written keeps its initial value
                    }
                }
            }
        }
        return configuration;
    }

    public boolean containsKey(String key) {
        synchronized (properties) {
            return properties.containsKey(key);
        }
    }

    public Object get(String key) {
        synchronized (properties) {
            return properties.get(key);
        }
    }

    /** Stores a normalized copy of the value and returns the previous value. */
    public Object put(String key, @Nullable Object value) {
        synchronized (properties) {
            return properties.put(key, normalize(value));
        }
    }

    public Object remove(String key) {
        synchronized (properties) {
            return properties.remove(key);
        }
    }

    public Set<String> keySet() {
        synchronized (properties) {
            return Set.copyOf(properties.keySet());
        }
    }

    public Collection<Object> values() {
        synchronized (properties) {
            return Collections.unmodifiableCollection(new ArrayList<>(properties.values()));
        }
    }

    /** An unmodifiable copy of the parameters. */
    public Map<String, Object> getProperties() {
        synchronized (properties) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    /** Replaces all parameters. */
    public void setProperties(Map<String, Object> properties) {
        synchronized (this.properties) {
            this.properties.clear();
            for (Map.Entry<String, Object> entry : properties.entrySet()) {
                this.properties.put(entry.getKey(), normalize(entry.getValue()));
            }
        }
    }

    @Override
    public int hashCode() {
        synchronized (properties) {
            return properties.hashCode();
        }
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Configuration other)) {
            return false;
        }
        return getProperties().equals(other.getProperties());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Configuration[");
        boolean first = true;
        for (Map.Entry<String, Object> entry : new TreeMap<>(getProperties()).entrySet()) {
            if (!first) {
                text.append(", ");
            }
            first = false;
            Object value = entry.getValue();
            text.append("{key=").append(entry.getKey()).append("; type=")
                    .append(value == null ? "null" : value.getClass().getSimpleName()).append("; value=").append(value)
                    .append("}");
        }
        return text.append("]").toString();
    }

    private static Object normalize(@Nullable Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger bigInteger) {
            return new BigDecimal(bigInteger);
        }
        if (value instanceof Float || value instanceof Double) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>();
            for (Object element : collection) {
                list.add(normalize(element));
            }
            return list;
        }
        throw new IllegalArgumentException(
                "Invalid type '" + value.getClass().getName() + "' of configuration value '" + value + "'");
    }

    private static @Nullable Object convert(@Nullable Object value, Field field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection && Collection.class.isAssignableFrom(field.getType())) {
            Class<?> elementType = Object.class;
            if (field.getGenericType()instanceof java.lang.reflect.ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0]instanceof Class<?> element) {
                elementType = element;
            }
            Collection<Object> result = Set.class.isAssignableFrom(field.getType()) ? new java.util.HashSet<>()
                    : new ArrayList<>();
            for (Object element : collection) {
                Object converted = convertValue(element, elementType);
                if (converted != null) {
                    result.add(converted);
                }
            }
            return field.getType().isInstance(result) ? result : null;
        }
        return convertValue(value, field.getType());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static @Nullable Object convertValue(@Nullable Object value, Class<?> type) {
        if (value == null) {
            return null;
        }
        Class<?> target = boxed(type);
        if (target.isInstance(value)) {
            return value;
        }
        try {
            if (value instanceof Number number) {
                if (target == Integer.class) {
                    return number.intValue();
                } else if (target == Long.class) {
                    return number.longValue();
                } else if (target == Double.class) {
                    return number.doubleValue();
                } else if (target == Float.class) {
                    return number.floatValue();
                } else if (target == Short.class) {
                    return number.shortValue();
                } else if (target == Byte.class) {
                    return number.byteValue();
                } else if (target == BigDecimal.class) {
                    return new BigDecimal(number.toString());
                }
            } else if (value instanceof String text) {
                if (target == Integer.class) {
                    return Integer.valueOf(text);
                } else if (target == Long.class) {
                    return Long.valueOf(text);
                } else if (target == Double.class) {
                    return Double.valueOf(text);
                } else if (target == Float.class) {
                    return Float.valueOf(text);
                } else if (target == Short.class) {
                    return Short.valueOf(text);
                } else if (target == Byte.class) {
                    return Byte.valueOf(text);
                } else if (target == BigDecimal.class) {
                    return new BigDecimal(text);
                } else if (target == Boolean.class) {
                    return Boolean.valueOf(text);
                } else if (target.isEnum()) {
                    return Enum.valueOf((Class<? extends Enum>) target, text);
                }
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException included: the value does not fit the field, which keeps its initial value
        }
        return null;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        } else if (type == long.class) {
            return Long.class;
        } else if (type == double.class) {
            return Double.class;
        } else if (type == float.class) {
            return Float.class;
        } else if (type == short.class) {
            return Short.class;
        } else if (type == byte.class) {
            return Byte.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        }
        return Character.class;
    }
}
