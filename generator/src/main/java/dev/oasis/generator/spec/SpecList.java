package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sequence node. */
public final class SpecList implements SpecNode {

    private final NodePosition position;
    private final List<SpecNode> items = new ArrayList<>();

    SpecList(NodePosition position) {
        this.position = position;
    }

    void add(SpecNode item) {
        items.add(item);
    }

    NodePosition position() {
        return position;
    }

    /** The items in file order; unmodifiable. */
    public List<SpecNode> items() {
        return Collections.unmodifiableList(items);
    }

    @Override
    public SpecDocument document() {
        return position.document();
    }

    @Override
    public SourceLocation location() {
        return position.location();
    }

    @Override
    public String pointer() {
        return position.pointer();
    }

    @Override
    public String toString() {
        return "SpecList(" + items.size() + ") at " + location();
    }
}
