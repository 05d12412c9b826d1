package dev.oasis.generator.validate;

import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecSet;
import java.util.List;

/**
 * Checks an opened spec against OpenAPI before any model is built: its structure, from declarative
 * tables of the fields each object allows and requires, and the rules the specification states in
 * words. Every problem is reported with file, line:column, JSON pointer and hint, with the severity
 * the {@link ValidationLevel} gives it.
 */
public final class Validation {

    private Validation() {
    }

    /** Validates {@code specs}, reporting every problem to {@code diagnostics}. */
    public static void run(SpecSet specs, ValidationLevel level, Diagnostics diagnostics) {
        Findings findings = new Findings(level, diagnostics);
        specs.documents().forEach(document -> document.problems().forEach(findings::report));
        Resolver resolver = new Resolver(specs);
        List<Rule> rules = List.of(
                new StructureRule(findings),
                new OperationRule(findings, specs.version(), resolver),
                new PathRule(findings, resolver),
                new ParameterRule(findings),
                new SchemaRule(findings, specs.version(), resolver),
                new EnumRule(findings),
                new DiscriminatorRule(findings, resolver),
                new SecurityRule(findings, specs.root()),
                new ServerRule(findings));
        specs.walk(new RuleSet(rules));
        rules.forEach(Rule::finish);
    }
}
