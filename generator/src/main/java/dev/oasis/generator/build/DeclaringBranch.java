package dev.oasis.generator.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.generator.model.ValueSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Leaves a payload to the branch that declares the properties it carries. Where the payloads of a
 * later object branch (in match order) still pass the test of an earlier one that is open to
 * undeclared properties, the earlier test also asks for the absence of each property only the later
 * branch declares, so that a payload holding it is read as the branch that types it rather than as
 * the earlier one with an undeclared property. A property is added only where the later branch's
 * test takes the earlier branch's smallest payload with that property, so such a payload still
 * reads as a branch.
 */
final class DeclaringBranch {

    private DeclaringBranch() {
    }

    /** The tests, in the order of {@code branches}, each earlier one narrowed as above. */
    static List<ValueSet> of(List<ValueSet> branches, List<ValueSet> tests, List<Integer> order) {
        List<ValueSet> narrowed = new ArrayList<>(tests);
        for (int p = 0; p < order.size(); p++) {
            int earlier = order.get(p);
            if (!(branches.get(earlier) instanceof ValueSet.Objects own) || own.closed() || own.additional().isPresent()) {
                continue;
            }
            Optional<JsonNode> smallest = Samples.of(Intersections.naturalAnd(own, tests.get(earlier)));
            if (smallest.isEmpty() || !smallest.get().isObject()) {
                continue;
            }
            Map<String, ValueSet> absent = new LinkedHashMap<>();
            for (int later : order.subList(p + 1, order.size())) {
                if (branches.get(later) instanceof ValueSet.Objects theirs && !BranchTests.excludes(tests.get(earlier), theirs)) {
                    theirs.properties().forEach((name, value) -> {
                        if (!own.properties().containsKey(name) && !absent.containsKey(name)
                                && takes(tests.get(later), (ObjectNode) smallest.get(), name, value)) {
                            absent.put(name, ValueSets.nothing());
                        }
                    });
                }
            }
            if (!absent.isEmpty()) {
                narrowed.set(earlier, Intersections.of(tests.get(earlier), new ValueSet.Objects(absent, List.of(), Optional.empty(), false)));
            }
        }
        return narrowed;
    }

    /** Whether {@code test} takes {@code payload} with the property added. */
    private static boolean takes(ValueSet test, ObjectNode payload, String name, ValueSet value) {
        Optional<JsonNode> sample = Samples.of(value);
        if (sample.isEmpty()) {
            return false;
        }
        ObjectNode with = payload.deepCopy();
        with.set(name, sample.get());
        return Acceptance.accepts(test, with, false);
    }
}
