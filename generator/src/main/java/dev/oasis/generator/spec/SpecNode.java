package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.SourceLocation;

/**
 * A node of a loaded spec file: a map, a list or a scalar, each knowing where it stands
 * in its file (line:column) and in its document (JSON pointer).
 */
public sealed interface SpecNode permits PositionedNode {

    /** The document this node belongs to. */
    SpecDocument document();

    /** Where the node starts in its file. */
    SourceLocation location();

    /** The JSON pointer of this node inside its document; the empty string for the root. */
    String pointer();

    /** True when the node is an item of a list rather than the value of a key. */
    boolean isListItem();
}
