package dev.oasis.generator.validate;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Severity;

/**
 * How strictly a spec is held to OpenAPI. Each rule reports an error where generated code would be
 * wrong and a warning where it would not; the level can shift that. It applies to the validation of
 * the spec's content only: a spec that cannot be read, or whose references cannot be followed, is
 * refused at every level.
 */
public enum ValidationLevel {
    /** Every problem is an error: for a team that owns its spec and wants it clean. */
    STRICT,
    /** Problems that make the generated code wrong are errors, others warnings. The default. */
    STANDARD,
    /**
     * Every problem is a warning and generation goes on, leaving out or reading loosely what the
     * spec gets wrong: for a spec a team does not own and cannot fix.
     */
    LENIENT;

    /** The diagnostic with the severity this level gives it. */
    public Diagnostic apply(Diagnostic diagnostic) {
        Severity severity = diagnostic.severity();
        if (this == STRICT && severity == Severity.WARNING) {
            return diagnostic.withSeverity(Severity.ERROR);
        }
        if (this == LENIENT && severity == Severity.ERROR) {
            return diagnostic.withSeverity(Severity.WARNING);
        }
        return diagnostic;
    }
}
