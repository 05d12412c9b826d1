package dev.oasis.generator.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the node tree from parser events with an explicit stack, so nesting depth costs no Java
 * stack. YAML anchors are honoured: an alias ({@code *name}) is a copy of the anchored node, and a
 * merge key ({@code <<: *name}) adds the anchored mapping's entries the mapping does not set itself.
 * Copies are bounded, so an alias bomb is refused instead of exhausting memory.
 */
final class TreeBuilder {

    /** The most nodes aliases may add to a file. */
    static final int MAX_ALIAS_NODES = 100_000;

    private static final String MERGE_KEY = "<<";

    private final SpecDocument document;
    private final Deque<SpecNode> open = new ArrayDeque<>();
    private final Map<String, SpecNode> anchors = new HashMap<>();
    /** For each open mapping, the line of each key, to name the first of two duplicate keys. */
    private final Deque<Map<String, Integer>> keyLines = new ArrayDeque<>();
    private String pendingKey;
    private JsonLocation pendingKeyLocation;
    private Integer duplicateOf;
    private int aliasNodes;

    TreeBuilder(SpecDocument document) {
        this.document = document;
    }

    SpecNode build(JsonParser parser) throws IOException {
        YAMLParser yaml = parser instanceof YAMLParser y ? y : null;
        SpecNode root = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                pendingKey = parser.currentName();
                pendingKeyLocation = parser.currentTokenLocation();
                duplicateOf = keyLines.peek().put(pendingKey, pendingKeyLocation.getLineNr());
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                SpecNode closed = open.pop();
                keyLines.pop();
                if (yaml != null && closed instanceof SpecMap map && map.has(MERGE_KEY)) {
                    merge(map);
                }
                if (open.isEmpty()) {
                    return closed;
                }
                continue;
            }
            NodePosition position = positionFor(parser.currentTokenLocation());
            SpecNode node;
            if (yaml != null && yaml.isCurrentAlias()) {
                node = alias(parser.getText(), position);
            } else {
                node = switch (token) {
                    case START_OBJECT -> new SpecMap(position);
                    case START_ARRAY -> new SpecList(position);
                    default -> new SpecScalar(position, scalarValue(parser, token));
                };
                Object anchor = yaml == null ? null : yaml.getObjectId();
                if (anchor != null) {
                    anchors.put(anchor.toString(), node);
                }
            }
            attach(node);
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                open.push(node);
                keyLines.push(token == JsonToken.START_OBJECT ? new HashMap<>() : Map.of());
            } else if (open.isEmpty()) {
                root = node;
            }
        }
        return root;
    }

    /** The pointer of the node being read, for syntax errors. */
    String currentPointer() {
        SpecNode parent = open.peek();
        if (parent == null) {
            return "";
        }
        String base = parent.pointer();
        if (parent instanceof SpecMap && pendingKey != null) {
            return base + "/" + JsonPointers.escape(pendingKey);
        }
        return base;
    }

    /** The innermost node being read, if any, for nesting errors. */
    SpecNode innermost() {
        return open.peek();
    }

    /** The node {@code levels} below the root on the path to the node being read, for nesting errors. */
    SpecNode ancestor(int levels) {
        Iterator<SpecNode> fromRoot = open.descendingIterator();
        SpecNode node = null;
        for (int i = 0; i <= levels && fromRoot.hasNext(); i++) {
            node = fromRoot.next();
        }
        return node;
    }

    private NodePosition positionFor(JsonLocation location) {
        SpecNode parent = open.peek();
        NodePosition parentPosition = parent == null ? null : positionOf(parent);
        boolean listItem = parent instanceof SpecList;
        String key = listItem ? String.valueOf(((SpecList) parent).items().size()) : pendingKey;
        return new NodePosition(document, parentPosition, key, listItem, location.getLineNr(), location.getColumnNr());
    }

    private void attach(SpecNode node) {
        SpecNode parent = open.peek();
        if (parent instanceof SpecMap map) {
            if (duplicateOf != null) {
                document.problem(Diagnostic.error("spec.duplicate-key",
                        new SourceLocation(document.displayPath(), pendingKeyLocation.getLineNr(), pendingKeyLocation.getColumnNr()),
                        node.pointer(), "'" + pendingKey + "' appears twice in this mapping (first at line " + duplicateOf
                                + "); only this last value is read",
                        "remove or rename one of the two"));
            }
            map.put(pendingKey, node);
        } else if (parent instanceof SpecList list) {
            list.add(node);
        }
    }

    private SpecNode alias(String anchor, NodePosition position) {
        SpecNode anchored = anchors.get(anchor);
        if (anchored == null || open.contains(anchored)) {
            throw GenerationException.of(Diagnostic.error("spec.alias", position.location(), position.pointer(),
                    anchored == null ? "alias '*" + anchor + "' names no anchor defined before it"
                            : "alias '*" + anchor + "' refers to a node that contains it",
                    "define the anchor '&" + anchor + "' on a complete node before the alias"));
        }
        return copy(anchored, position);
    }

    /** Replaces the merge key by the entries of the mapping(s) it names that the mapping does not set itself. */
    private void merge(SpecMap map) {
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
                        merged.put(key, copy(node, childPosition(positionOf(map), key, false, node)));
                    }
                });
            }
        }
        map.replaceEntries(merged);
    }

    /** A deep copy of {@code source} standing at {@code position}, its children keeping their own line:column. */
    private SpecNode copy(SpecNode source, NodePosition position) {
        if (++aliasNodes > MAX_ALIAS_NODES) {
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
        NodePosition at = positionOf(original);
        return new NodePosition(document, parent, key, listItem, at.line(), at.column());
    }

    private static NodePosition positionOf(SpecNode node) {
        return ((PositionedNode) node).position();
    }

    private static Object scalarValue(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> {
                Number number = parser.getNumberValue();
                yield number instanceof BigInteger ? number : Long.valueOf(number.longValue());
            }
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> parser.getText();
        };
    }
}
