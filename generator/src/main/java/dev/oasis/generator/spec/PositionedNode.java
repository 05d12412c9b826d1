package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.SourceLocation;

/** What every kind of spec node shares: where it stands, answered from its {@link NodePosition}. */
abstract sealed class PositionedNode implements SpecNode permits SpecMap, SpecList, SpecScalar {

    private final NodePosition position;

    PositionedNode(NodePosition position) {
        this.position = position;
    }

    /** The position, for children that derive their pointer from it. */
    final NodePosition position() {
        return position;
    }

    @Override
    public final SpecDocument document() {
        return position.document();
    }

    @Override
    public final SourceLocation location() {
        return position.location();
    }

    @Override
    public final String pointer() {
        return position.pointer();
    }

    @Override
    public final boolean isListItem() {
        return position.listItem();
    }
}
