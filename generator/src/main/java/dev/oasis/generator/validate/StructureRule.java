package dev.oasis.generator.validate;

import dev.oasis.generator.diagnostic.Closest;
import dev.oasis.generator.openapi.Field;
import dev.oasis.generator.openapi.ListShape;
import dev.oasis.generator.openapi.MapShape;
import dev.oasis.generator.openapi.NamedShape;
import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.openapi.ScalarShape;
import dev.oasis.generator.openapi.Shape;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.Map;
import java.util.Optional;

/**
 * The structure of every object, from the tables of {@code dev.oasis.generator.openapi}: the fields
 * it requires, the fields it allows, the kind of each value and the values some fields are limited to.
 */
final class StructureRule extends Rule {

    StructureRule(Findings findings) {
        super(findings);
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        if (node.has("$ref")) {
            return;
        }
        for (Map.Entry<String, Field> field : shape.fields().entrySet()) {
            String key = field.getKey();
            if (node.has(key) || field.getValue().presence() == Field.Presence.OPTIONAL) {
                continue;
            }
            String message = "missing '" + key + "', which " + shape.describe() + " requires";
            String hint = "add " + key + (field.getValue().shape() instanceof ScalarShape scalar && !scalar.allowed().isEmpty()
                    ? ": one of " + String.join(", ", scalar.allowed()) : "");
            if (field.getValue().presence() == Field.Presence.REQUIRED) {
                findings.error("structure.missing", node, message, hint);
            } else {
                findings.warning("structure.missing", node, message, hint);
            }
        }
    }

    @Override
    public void unknownField(SpecMap owner, String key, ObjectShape shape) {
        SpecNode value = owner.get(key).orElseThrow();
        if (key.equals("$ref")) {
            findings.error("ref.not-allowed", value, "$ref is not allowed in " + shape.describe(),
                    "OpenAPI allows a reference only where it names a Reference Object; write the object here");
            return;
        }
        String message = "unknown field '" + key + "' in " + shape.describe();
        Optional<String> misspelt = Closest.misspelt(key, shape.fields().keySet());
        if (misspelt.isPresent()) {
            findings.error("structure.unknown-field", value, message, "did you mean '" + misspelt.get() + "'?");
        } else if (!shape.keysHint().isEmpty()) {
            findings.error("structure.unknown-field", value, message, shape.keysHint());
        } else {
            findings.warning("structure.unknown-field", value, message,
                    "it is ignored; " + (shape.extensible() ? "extension fields start with 'x-'" : "remove it"));
        }
    }

    @Override
    public void mismatch(SpecNode node, Shape expected) {
        String message = Texts.place(node) + " must be " + expected.describe() + ", not " + Texts.describe(node);
        if (expected instanceof ListShape && node instanceof SpecScalar scalar && !scalar.isNull()) {
            findings.error("structure.kind", node, message,
                    "write it as a list, such as " + Texts.name(node) + ": [" + scalar.text() + "]");
        } else if (isTextFor(expected, node)) {
            SpecScalar scalar = (SpecScalar) node;
            findings.warning("structure.kind", node, message,
                    scalar.isNull() ? "it is ignored" : "it is read as the text " + Texts.quote(scalar.text()));
        } else {
            findings.error("structure.kind", node, message, howToWrite(expected, node));
        }
    }

    private static String howToWrite(Shape expected, SpecNode node) {
        if (expected instanceof ObjectShape || expected instanceof NamedShape) {
            return "write the fields of " + expected.describe() + " under " + Texts.place(node);
        }
        if (expected instanceof MapShape) {
            return "write it as a mapping of names to values, such as " + Texts.name(node) + ": {name: ...}";
        }
        if (expected instanceof ListShape) {
            return "write it as a list, one item per line starting with '-'";
        }
        if (expected instanceof ScalarShape scalar && scalar.kind() == ScalarShape.Kind.BOOLEAN) {
            return "write true or false, without quotes";
        }
        return "write " + expected.describe() + " here";
    }

    /** A scalar where text is expected reads well enough as text: {@code version: 1.0}. */
    private static boolean isTextFor(Shape expected, SpecNode node) {
        return expected instanceof ScalarShape scalar && scalar.kind() == ScalarShape.Kind.STRING && scalar.allowed().isEmpty()
                && node instanceof SpecScalar;
    }

    @Override
    public void disallowed(SpecScalar node, ScalarShape shape) {
        String place = Texts.place(node);
        String hint = Closest.misspelt(node.text(), shape.allowed()).map(closest -> "did you mean '" + closest + "'? ").orElse("")
                + place + " is one of " + String.join(", ", shape.allowed());
        findings.error("structure.value", node, Texts.quote(node.text()) + " is not a valid " + place, hint);
    }

    @Override
    public void badKey(SpecMap owner, String key, MapShape shape) {
        findings.warning("structure.name", owner.get(key).orElseThrow(),
                "the name '" + key + "' does not match " + shape.keyPattern().orElseThrow().pattern(),
                "component names are made of letters, digits, '.', '-' and '_'");
    }
}
