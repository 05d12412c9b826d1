package dev.oasis.generator.validate;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecNode;

/** Where rules report what they find: at a node's file, line:column and pointer, with the level applied. */
final class Findings {

    private final ValidationLevel level;
    private final Diagnostics diagnostics;

    Findings(ValidationLevel level, Diagnostics diagnostics) {
        this.level = level;
        this.diagnostics = diagnostics;
    }

    /** A problem that would make generated code wrong. */
    void error(String id, SpecNode at, String message, String hint) {
        report(Diagnostic.error(id, at.location(), at.pointer(), message, hint));
    }

    /** A problem generated code does not suffer from. */
    void warning(String id, SpecNode at, String message, String hint) {
        report(Diagnostic.warning(id, at.location(), at.pointer(), message, hint));
    }

    void report(Diagnostic diagnostic) {
        diagnostics.report(level.apply(diagnostic));
    }
}
