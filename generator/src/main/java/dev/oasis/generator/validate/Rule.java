package dev.oasis.generator.validate;

import dev.oasis.generator.spec.ShapeVisitor;

/**
 * One family of checks. A rule looks at the nodes the walk of the spec shows it, and may check what
 * needs the whole spec once the walk is over.
 */
abstract class Rule implements ShapeVisitor {

    protected final Findings findings;

    Rule(Findings findings) {
        this.findings = findings;
    }

    /** Called once the whole spec was walked. */
    void finish() {
    }
}
