package dev.oasis.generator.swagger;

import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Follows the references the conversion must look through: to parameters, responses and path items. */
final class Targets {

    private final Function<SpecMap, Optional<SpecNode>> targets;

    /** @param targets finds a reference's target, loading its file if need be and reporting what is wrong */
    Targets(Function<SpecMap, Optional<SpecNode>> targets) {
        this.targets = targets;
    }

    static boolean isReference(SpecNode node) {
        return SpecSet.isReference(node);
    }

    /** The node at the end of a chain of references; the last reference when the chain breaks or loops. */
    SpecNode resolve(SpecNode node) {
        Set<SpecNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        SpecNode current = node;
        while (isReference(current) && seen.add(current)) {
            Optional<SpecNode> target = targets.apply((SpecMap) current);
            if (target.isEmpty()) {
                return current;
            }
            current = target.get();
        }
        return current;
    }
}
