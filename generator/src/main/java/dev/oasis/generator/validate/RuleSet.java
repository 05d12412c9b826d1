package dev.oasis.generator.validate;

import dev.oasis.generator.openapi.MapShape;
import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.openapi.ReferenceOr;
import dev.oasis.generator.openapi.ScalarShape;
import dev.oasis.generator.openapi.Shape;
import dev.oasis.generator.spec.ShapeVisitor;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.List;

/** Shows every node of one walk of the spec to all rules, so that the spec is walked once. */
final class RuleSet implements ShapeVisitor {

    private final List<Rule> rules;

    RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        rules.forEach(rule -> rule.object(node, shape));
    }

    @Override
    public void unknownField(SpecMap owner, String key, ObjectShape shape) {
        rules.forEach(rule -> rule.unknownField(owner, key, shape));
    }

    @Override
    public void mismatch(SpecNode node, Shape expected) {
        rules.forEach(rule -> rule.mismatch(node, expected));
    }

    @Override
    public void disallowed(SpecScalar node, ScalarShape shape) {
        rules.forEach(rule -> rule.disallowed(node, shape));
    }

    @Override
    public void badKey(SpecMap owner, String key, MapShape shape) {
        rules.forEach(rule -> rule.badKey(owner, key, shape));
    }

    @Override
    public void reference(SpecMap site, ReferenceOr shape) {
        rules.forEach(rule -> rule.reference(site, shape));
    }
}
