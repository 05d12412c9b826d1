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
import java.util.Map;

/**
 * Builds the node tree from parser events with an explicit stack, so nesting depth costs no Java
 * stack. YAML anchors are honoured: an alias ({@code *name}) is a copy of the anchored node, and a
 * merge key ({@code <<: *name}) adds the anchored mapping's entries the mapping does not set itself.
 * Copies are bounded, so an alias bomb is refused instead of exhausting memory.
 *
 * <p>Keys and short texts are kept once per document however often they appear ({@code type},
 * {@code description}, a property name used by many schemas): they are most of a spec's strings.
 */
final class TreeBuilder {

    /** The longest text kept once; longer ones (descriptions) rarely repeat. */
    private static final int SHORT_TEXT = 40;

    private final SpecDocument document;
    private final Deque<SpecNode> open = new ArrayDeque<>();
    private final Map<String, SpecNode> anchors = new HashMap<>();
    /** For each open mapping, the line of each key, to name the first of two duplicate keys. */
    private final Deque<Map<String, Integer>> keyLines = new ArrayDeque<>();
    private String pendingKey;
    private int pendingKeyLine;
    private int pendingKeyColumn;
    private Integer duplicateOf;
    private SpecNode root;
    private final AliasCopies copies;
    /** Each key and short text read so far, to keep one copy of each. */
    private final Map<String, String> texts = new HashMap<>();

    TreeBuilder(SpecDocument document) {
        this.document = document;
        this.copies = new AliasCopies(document);
    }

    SpecNode build(JsonParser parser) throws IOException {
        YAMLParser yaml = parser instanceof YAMLParser y ? y : null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                JsonLocation at = parser.currentTokenLocation();
                key(parser.currentName(), at.getLineNr(), at.getColumnNr());
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                SpecNode closed = end();
                if (yaml != null && closed instanceof SpecMap map && map.has(AliasCopies.MERGE_KEY)) {
                    copies.merge(map);
                }
                if (open.isEmpty()) {
                    return closed;
                }
                continue;
            }
            JsonLocation at = parser.currentTokenLocation();
            if (yaml != null && yaml.isCurrentAlias()) {
                NodePosition position = positionFor(at.getLineNr(), at.getColumnNr());
                attach(alias(parser.getText(), position));
                continue;
            }
            SpecNode node = switch (token) {
                case START_OBJECT -> startMap(at.getLineNr(), at.getColumnNr());
                case START_ARRAY -> startList(at.getLineNr(), at.getColumnNr());
                default -> scalar(scalarValue(parser, token), at.getLineNr(), at.getColumnNr());
            };
            Object anchor = yaml == null ? null : yaml.getObjectId();
            if (anchor != null) {
                anchors.put(anchor.toString(), node);
            }
        }
        return root;
    }

    /** The next node is the value of {@code key} in the open mapping; the key stands at {@code line:column}. */
    void key(String key, int line, int column) {
        pendingKey = once(key);
        pendingKeyLine = line;
        pendingKeyColumn = column;
        duplicateOf = keyLines.peek().put(key, line);
    }

    /** Opens a mapping starting at {@code line:column} (1-based), as the next value. */
    SpecNode startMap(int line, int column) {
        SpecMap map = new SpecMap(positionFor(line, column));
        attach(map);
        open.push(map);
        keyLines.push(new HashMap<>());
        return map;
    }

    /** Opens a list starting at {@code line:column} (1-based), as the next value. */
    SpecNode startList(int line, int column) {
        SpecList list = new SpecList(positionFor(line, column));
        attach(list);
        open.push(list);
        keyLines.push(Map.of());
        return list;
    }

    /** A scalar at {@code line:column} (1-based), as the next value. */
    SpecNode scalar(Object value, int line, int column) {
        Object kept = value instanceof String text && text.length() <= SHORT_TEXT ? once(text) : value;
        SpecScalar scalar = new SpecScalar(positionFor(line, column), kept);
        attach(scalar);
        if (open.isEmpty()) {
            root = scalar;
        }
        return scalar;
    }

    /** Closes the innermost open mapping or list and returns it. */
    SpecNode end() {
        SpecNode closed = open.pop();
        keyLines.pop();
        if (open.isEmpty()) {
            root = closed;
        }
        return closed;
    }

    /** The root node, once it is closed (or the root scalar). */
    SpecNode root() {
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

    private NodePosition positionFor(int line, int column) {
        SpecNode parent = open.peek();
        NodePosition parentPosition = parent == null ? null : positionOf(parent);
        boolean listItem = parent instanceof SpecList;
        String key = listItem ? once(String.valueOf(((SpecList) parent).items().size())) : pendingKey;
        return new NodePosition(document, parentPosition, key, listItem, line, column);
    }

    /** The copy of {@code text} this document keeps. */
    private String once(String text) {
        String kept = texts.putIfAbsent(text, text);
        return kept == null ? text : kept;
    }

    private void attach(SpecNode node) {
        SpecNode parent = open.peek();
        if (parent instanceof SpecMap map) {
            if (duplicateOf != null) {
                document.problem(Diagnostic.error("spec.duplicate-key",
                        new SourceLocation(document.displayPath(), pendingKeyLine, pendingKeyColumn),
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
        return copies.copy(anchored, position);
    }

    static NodePosition positionOf(SpecNode node) {
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
