package dev.oasis.generator.validate;

import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Follows references for the rules, quietly: broken ones were reported when the spec was opened. */
final class Resolver {

    private final SpecSet specs;

    Resolver(SpecSet specs) {
        this.specs = specs;
    }

    /** The mapping a node is or leads to through references; empty when it is no mapping or a reference breaks. */
    Optional<SpecMap> map(SpecNode node) {
        Set<SpecNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        SpecNode current = node;
        while (SpecSet.isReference(current)) {
            if (!seen.add(current)) {
                return Optional.empty();
            }
            Optional<SpecNode> target = specs.target((SpecMap) current);
            if (target.isEmpty()) {
                return Optional.empty();
            }
            current = target.get();
        }
        return current instanceof SpecMap map ? Optional.of(map) : Optional.empty();
    }

    /** The mappings the items of a list under {@code key} lead to, in order. */
    List<SpecMap> maps(SpecMap owner, String key) {
        return owner.list(key).map(list -> list.items().stream().map(this::map).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }
}
