package dev.oasis.generator.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sequence node. */
public final class SpecList extends PositionedNode {

    private final List<SpecNode> items = new ArrayList<>();

    SpecList(NodePosition position) {
        super(position);
    }

    /** A list built by a converter, standing where {@code origin} stands; the items keep their own positions. */
    public static SpecList derived(SpecNode origin, List<SpecNode> items) {
        SpecList list = new SpecList(((PositionedNode) origin).position());
        list.items.addAll(items);
        return list;
    }

    void add(SpecNode item) {
        items.add(item);
    }

    /** The items in file order; unmodifiable. */
    public List<SpecNode> items() {
        return Collections.unmodifiableList(items);
    }

    @Override
    public String toString() {
        return "SpecList(" + items.size() + ") at " + location();
    }
}
