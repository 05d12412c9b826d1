package dev.oasis.generator.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A mapping node. Keys keep the order of the file, so everything derived from it is deterministic. */
public final class SpecMap extends PositionedNode {

    private final Map<String, SpecNode> entries = new LinkedHashMap<>();

    SpecMap(NodePosition position) {
        super(position);
    }

    /**
     * A mapping built by a converter, standing where {@code origin} stands: messages about it name
     * the origin's file, line:column and JSON pointer. The entries keep their own positions.
     */
    public static SpecMap derived(SpecNode origin, Map<String, SpecNode> entries) {
        SpecMap map = new SpecMap(((PositionedNode) origin).position());
        map.entries.putAll(entries);
        return map;
    }

    void put(String key, SpecNode value) {
        entries.put(key, value);
    }

    void replaceEntries(Map<String, SpecNode> replacement) {
        entries.clear();
        entries.putAll(replacement);
    }

    /** The entries in file order; unmodifiable. */
    public Map<String, SpecNode> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** The value under {@code key}, if present. */
    public Optional<SpecNode> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** True when the key is present, whatever its value. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The map under {@code key}, if present and a map. */
    public Optional<SpecMap> map(String key) {
        return get(key).filter(SpecMap.class::isInstance).map(SpecMap.class::cast);
    }

    /** The list under {@code key}, if present and a list. */
    public Optional<SpecList> list(String key) {
        return get(key).filter(SpecList.class::isInstance).map(SpecList.class::cast);
    }

    /** The scalar under {@code key}, if present and a scalar. */
    public Optional<SpecScalar> scalar(String key) {
        return get(key).filter(SpecScalar.class::isInstance).map(SpecScalar.class::cast);
    }

    /** The text of the scalar under {@code key}, if present and not null. */
    public Optional<String> text(String key) {
        return scalar(key).filter(s -> !s.isNull()).map(SpecScalar::text);
    }

    /** The boolean under {@code key}, or {@code otherwise} when absent or not a boolean. */
    public boolean flag(String key, boolean otherwise) {
        return scalar(key).map(SpecScalar::value).filter(Boolean.class::isInstance)
                .map(Boolean.class::cast).orElse(otherwise);
    }

    @Override
    public String toString() {
        return "SpecMap" + entries.keySet() + " at " + location();
    }
}
