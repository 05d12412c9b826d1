package dev.oasis.generator.swagger;

import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a converted mapping that stands where a node of the Swagger 2.0 file stands. */
final class MapBuilder {

    private final SpecNode origin;
    private final Map<String, SpecNode> entries = new LinkedHashMap<>();

    MapBuilder(SpecNode origin) {
        this.origin = origin;
    }

    /** Adds an entry; a null value adds nothing. */
    MapBuilder put(String key, SpecNode value) {
        if (value != null) {
            entries.put(key, value);
        }
        return this;
    }

    /** Adds a scalar standing where the origin stands. */
    MapBuilder scalar(String key, Object value) {
        return put(key, SpecScalar.derived(origin, value));
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    SpecMap build() {
        return SpecMap.derived(origin, entries);
    }
}
