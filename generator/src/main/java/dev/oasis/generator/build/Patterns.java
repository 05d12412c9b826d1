package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.model.TextPattern;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecScalar;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code pattern} keywords of a spec, each translated once from ECMA-262 to Java; one the
 * generator cannot translate with certainty is reported once, with the reason, and not checked.
 */
final class Patterns {

    private final Diagnostics diagnostics;
    private final Map<SpecScalar, Optional<TextPattern>> translated = new IdentityHashMap<>();

    Patterns(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The schema's pattern, translated; empty when it has none or it cannot be translated. */
    Optional<TextPattern> of(SpecMap schema) {
        return schema.scalar("pattern").filter(p -> p.value() instanceof String).flatMap(this::translate);
    }

    private Optional<TextPattern> translate(SpecScalar pattern) {
        return translated.computeIfAbsent(pattern, node -> {
            EcmaRegex.Translation translation = EcmaRegex.translate(node.text());
            if (translation.java().isEmpty()) {
                diagnostics.report(Diagnostic.warning("schema.pattern", node.location(), node.pointer(),
                        "the pattern '" + node.text() + "' is not checked: " + translation.problem(),
                        "write it in the ECMA-262 syntax JSON Schema uses, which Java reads the same way"));
                return Optional.empty();
            }
            return Optional.of(new TextPattern(node.text(), translation.java().get()));
        });
    }
}
