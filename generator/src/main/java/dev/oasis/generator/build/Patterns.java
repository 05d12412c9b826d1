package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.model.Constraints;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.spec.SpecScalar;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The {@code pattern} keywords of a spec, each translated once from ECMA-262 to Java; one the
 * generator cannot translate with certainty is reported once, with the reason, and not checked.
 */
final class Patterns {

    private final Diagnostics diagnostics;
    private final Map<SpecScalar, Constraints.Pattern> translated = new IdentityHashMap<>();

    Patterns(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The pattern keyword's value, with its translation. */
    Constraints.Pattern of(SpecScalar pattern) {
        return translated.computeIfAbsent(pattern, node -> {
            EcmaRegex.Translation translation = EcmaRegex.translate(node.text());
            if (translation.java().isEmpty()) {
                diagnostics.report(Diagnostic.warning("schema.pattern", node.location(), node.pointer(),
                        "the pattern '" + node.text() + "' is not checked: " + translation.problem(),
                        "write it in the ECMA-262 syntax JSON Schema uses, which Java reads the same way"));
            }
            return new Constraints.Pattern(node.text(), Origin.of(node), translation.java());
        });
    }
}
