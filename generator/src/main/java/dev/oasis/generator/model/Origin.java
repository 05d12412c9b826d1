package dev.oasis.generator.model;

import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.spec.SpecNode;

/**
 * Where a model element was defined, for diagnostics.
 *
 * @param location file and line:column
 * @param pointer JSON pointer inside that file
 */
public record Origin(SourceLocation location, String pointer) {

    /** The origin of a spec node. */
    public static Origin of(SpecNode node) {
        return new Origin(node.location(), node.pointer());
    }
}
