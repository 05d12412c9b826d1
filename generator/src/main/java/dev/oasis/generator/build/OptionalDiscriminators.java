package dev.oasis.generator.build;

import dev.oasis.generator.model.ValueSet;

/**
 * Explains the commonest overlap of object branches: a property whose listed values tell them apart
 * (a {@code type} enum or const) that one of them does not require, so a payload without it belongs to both.
 */
final class OptionalDiscriminators {

    private OptionalDiscriminators() {
    }

    /** The explanation to append to a warning about two branches, or the empty string. */
    static String reason(ValueSet chosen, ValueSet shadowed) {
        if (!(chosen instanceof ValueSet.Objects a) || !(shadowed instanceof ValueSet.Objects b)) {
            return "";
        }
        for (var property : a.properties().entrySet()) {
            String name = property.getKey();
            ValueSet theirs = b.properties().get(name);
            if (theirs != null && BranchTests.isListed(property.getValue()) && BranchTests.isListed(theirs)
                    && Intersections.isEmpty(Intersections.of(property.getValue(), theirs))
                    && !(a.required().contains(name) && b.required().contains(name))) {
                return " ('" + name + "' tells them apart, but is optional)";
            }
        }
        return "";
    }
}
