package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.SourceLocation;

/**
 * Where a node stands: its document, its parent and its key or index there, and its line:column.
 * The JSON pointer is derived from the parent chain on demand, so large specs do not hold a
 * pointer string for every node.
 */
final class NodePosition {

    private final SpecDocument document;
    private final NodePosition parent;
    private final String key;
    private final boolean listItem;
    private final int line;
    private final int column;

    NodePosition(SpecDocument document, NodePosition parent, String key, boolean listItem, int line, int column) {
        this.document = document;
        this.parent = parent;
        this.key = key;
        this.listItem = listItem;
        this.line = line;
        this.column = column;
    }

    /** True when the node is an item of a list, its key an index. */
    boolean listItem() {
        return listItem;
    }

    SpecDocument document() {
        return document;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    SourceLocation location() {
        return new SourceLocation(document.displayPath(), line, column);
    }

    String pointer() {
        if (parent == null) {
            return "";
        }
        return parent.pointer() + "/" + JsonPointers.escape(key);
    }
}
