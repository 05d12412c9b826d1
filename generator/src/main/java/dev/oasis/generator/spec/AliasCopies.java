package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copies YAML aliases ({@code *name}) and merge keys ({@code <<: *name}) make of anchored nodes,
 * each standing where it is used while its children keep their own line:column. Copies are bounded,
 * so an alias bomb is refused instead of exhausting memory.
 */
final class AliasCopies {

    /** The most nodes aliases may add to a file. */
    static final int MAX_ALIAS_NODES = 100_000;

    /** The key that merges mappings into the one that holds it. */
    static final String MERGE_KEY = "<<";

    private final SpecDocument document;
    private int nodes;

    AliasCopies(SpecDocument document) {
        this.document = document;
    }

    /** Replaces the merge key by the entries of the mapping(s) it names that the mapping does not set itself. */
    void merge(SpecMap map) {
        SpecNode value = map.get(MERGE_KEY).orElseThrow();
        List<SpecNode> sources = value instanceof SpecList list ? list.items() : List.of(value);
        if (!sources.stream().allMatch(SpecMap.class::isInstance)) {
            return;
        }
        Map<String, SpecNode> merged = new LinkedHashMap<>();
        for (Map.Entry<String, SpecNode> entry : map.entries().entrySet()) {
            if (!entry.getKey().equals(MERGE_KEY)) {
                merged.put(entry.getKey(), entry.getValue());
                continue;
            }
            for (SpecNode source : sources) {
                ((SpecMap) source).entries().forEach((key, node) -> {
                    if (!map.has(key) && !merged.containsKey(key)) {
                        merged.put(key, copy(node, childPosition(TreeBuilder.positionOf(map), key, false, node)));
                    }
                });
            }
        }
        map.replaceEntries(merged);
    }

    /** A deep copy of {@code source} standing at {@code position}, its children keeping their own line:column. */
    SpecNode copy(SpecNode source, NodePosition position) {
        if (++nodes > MAX_ALIAS_NODES) {
            throw GenerationException.of(Diagnostic.error("spec.alias-bomb", position.location(), position.pointer(),
                    "YAML aliases in this file expand to more than " + MAX_ALIAS_NODES + " nodes",
                    "share parts of the spec with $ref instead of YAML aliases, which copy the whole node every time"));
        }
        if (source instanceof SpecScalar scalar) {
            return new SpecScalar(position, scalar.value());
        }
        if (source instanceof SpecList list) {
            SpecList copy = new SpecList(position);
            for (SpecNode item : list.items()) {
                copy.add(copy(item, childPosition(position, String.valueOf(copy.items().size()), true, item)));
            }
            return copy;
        }
        SpecMap copy = new SpecMap(position);
        ((SpecMap) source).entries().forEach((key, value) -> copy.put(key, copy(value, childPosition(position, key, false, value))));
        return copy;
    }

    private NodePosition childPosition(NodePosition parent, String key, boolean listItem, SpecNode original) {
        NodePosition at = TreeBuilder.positionOf(original);
        return new NodePosition(document, parent, key, listItem, at.line(), at.column());
    }
}
