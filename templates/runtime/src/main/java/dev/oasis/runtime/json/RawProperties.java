package dev.oasis.runtime.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The raw properties a generated builder keeps (undeclared ones, and declared ones whose value did not
 * fit), in a map that is made only when the first one comes: null stands for none, so that reading an
 * object whose properties are all declared and fit allocates no map.
 */
public final class RawProperties {

    private RawProperties() {
    }

    /**
     * Adds or replaces a property; a replaced one keeps its place.
     *
     * @param raw the properties so far, or null for none
     * @param name the property's name
     * @param value its raw value
     * @param <V> the value type
     * @return {@code raw}, or a new map when it was null
     */
    public static <V> Map<String, V> put(Map<String, V> raw, String name, V value) {
        Map<String, V> kept = raw == null ? new LinkedHashMap<>() : raw;
        kept.put(name, value);
        return kept;
    }

    /**
     * @param raw the properties, or null for none
     * @param name a property's name
     * @return whether {@code raw} has the property
     */
    public static boolean has(Map<String, ?> raw, String name) {
        return raw != null && raw.containsKey(name);
    }

    /**
     * Drops a property, if it is there.
     *
     * @param raw the properties, or null for none
     * @param name the property's name
     */
    public static void remove(Map<String, ?> raw, String name) {
        if (raw != null) {
            raw.remove(name);
        }
    }

    /**
     * @param raw the properties of a built value
     * @param <V> the value type
     * @return a modifiable copy for a builder, or null when there are none
     */
    public static <V> Map<String, V> copy(Map<String, V> raw) {
        return raw.isEmpty() ? null : new LinkedHashMap<>(raw);
    }
}
