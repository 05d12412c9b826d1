package dev.oasis.generator.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.ValueSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the payloads of a union branch that the generated reader takes for an earlier branch, each
 * with an example written from the two sets. Such a payload is worth a warning when both branches
 * accept it and the union is a {@code oneOf} (the spec is ambiguous there), or when the earlier
 * branch does not declare all it holds, so that reading it as that branch loses what it is (for an
 * {@code anyOf}, where a payload may match several branches, only then). Where both accept the
 * smallest such payload, the same payload with a property only the shadowed branch declares is
 * tried too, so that a warning names the payloads read with a property the chosen branch lacks.
 */
final class Overlaps {

    /**
     * A payload of one branch read as another.
     *
     * @param shadowed the index of the branch the payload was written for
     * @param chosen the index of the branch it is read as
     * @param payload the example
     * @param bothAccept whether the chosen branch accepts it as its own too (so nothing is lost reading it)
     */
    record Overlap(int shadowed, int chosen, JsonNode payload, boolean bothAccept) {
    }

    private final List<ValueSet> branches;
    private final List<ValueSet> tests;
    private final List<TypeRef> types;
    private final List<Integer> order;

    private Overlaps(List<ValueSet> branches, List<ValueSet> tests, List<TypeRef> types, List<Integer> order) {
        this.branches = branches;
        this.tests = tests;
        this.types = types;
        this.order = order;
    }

    /** The overlaps worth a warning, by branch in match order. */
    static List<Overlap> find(List<ValueSet> branches, List<ValueSet> tests, List<TypeRef> types, List<Integer> order,
            boolean anyOf) {
        Overlaps overlaps = new Overlaps(branches, tests, types, order);
        List<Overlap> found = new ArrayList<>();
        Set<List<Object>> kinds = new HashSet<>();
        for (int p = 1; p < order.size(); p++) {
            int shadowed = order.get(p);
            for (int q = 0; q < p; q++) {
                for (Overlap overlap : overlaps.between(shadowed, order.get(q), anyOf)) {
                    if (kinds.add(List.of(overlap.shadowed(), overlap.chosen(), overlap.bothAccept()))) {
                        found.add(overlap);
                    }
                }
            }
        }
        return found;
    }

    private List<Overlap> between(int shadowed, int earlier, boolean anyOf) {
        Optional<JsonNode> payload = Samples.of(Intersections.naturalAnd(branches.get(shadowed), tests.get(earlier)));
        if (payload.isEmpty()) {
            return List.of();
        }
        int chosen = chosenFor(payload.get());
        if (chosen == shadowed || chosen < 0) {
            return List.of();
        }
        boolean bothAccept = Acceptance.accepts(branches.get(chosen), payload.get(), true);
        List<Overlap> overlaps = new ArrayList<>();
        if (!bothAccept || !anyOf) {
            overlaps.add(new Overlap(shadowed, chosen, payload.get(), bothAccept));
        }
        if (bothAccept) {
            richer(shadowed, chosen, (ObjectNode) (payload.get().isObject() ? payload.get() : null)).ifPresent(overlaps::add);
        }
        return overlaps;
    }

    /** The branch the reader takes a payload for: the first whose test it passes and whose type it fits. */
    private int chosenFor(JsonNode payload) {
        for (int index : order) {
            if (Acceptance.accepts(tests.get(index), payload, false) && Fits.fits(types.get(index), payload)) {
                return index;
            }
        }
        return -1;
    }

    /**
     * For a chosen branch that accepts the example as its own: the example with a
     * property the shadowed branch declares and the chosen one does not, if the reader still takes
     * it for the chosen one, which then loses that property's type.
     */
    private Optional<Overlap> richer(int shadowed, int chosen, ObjectNode payload) {
        if (payload == null || !(branches.get(shadowed) instanceof ValueSet.Objects own)
                || !(branches.get(chosen) instanceof ValueSet.Objects theirs) || theirs.additional().isPresent()) {
            return Optional.empty();
        }
        for (var property : own.properties().entrySet()) {
            if (theirs.properties().containsKey(property.getKey()) || payload.has(property.getKey())) {
                continue;
            }
            Optional<JsonNode> value = Samples.of(property.getValue());
            if (value.isPresent()) {
                ObjectNode richer = payload.deepCopy();
                richer.set(property.getKey(), value.get());
                if (chosenFor(richer) == chosen) {
                    return Optional.of(new Overlap(shadowed, chosen, richer, false));
                }
            }
        }
        return Optional.empty();
    }
}
