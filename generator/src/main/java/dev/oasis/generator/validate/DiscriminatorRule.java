package dev.oasis.generator.validate;

import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Discriminators: the property a discriminator names is declared by every {@code oneOf} or
 * {@code anyOf} branch (or, for an {@code allOf} hierarchy, by the schema itself), and every mapping
 * value names a schema of the same file, by name or by {@code #/} pointer.
 */
final class DiscriminatorRule extends Rule {

    private final Resolver resolver;

    DiscriminatorRule(Findings findings, Resolver resolver) {
        super(findings);
        this.resolver = resolver;
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        if (!shape.name().equals("Schema")) {
            return;
        }
        SpecMap discriminator = node.map("discriminator").orElse(null);
        String property = discriminator == null ? null : discriminator.text("propertyName").orElse(null);
        if (property == null) {
            return;
        }
        String keyword = node.has("oneOf") ? "oneOf" : node.has("anyOf") ? "anyOf" : null;
        if (keyword == null) {
            if (!declares(node, property)) {
                findings.error("discriminator.property-missing", discriminator.get("propertyName").orElseThrow(),
                        "the discriminator names the property '" + property + "', which this schema does not declare",
                        "declare '" + property + "' under properties, and list it under required");
            }
        } else {
            List<SpecNode> branches = node.list(keyword).map(list -> list.items()).orElse(List.of());
            for (SpecNode branch : branches) {
                boolean declared = resolver.map(branch).map(schema -> declares(schema, property)).orElse(false);
                if (!declared) {
                    findings.error("discriminator.property-missing", branch,
                            keyword + " branch " + branchName(branch) + " does not declare the property '" + property
                                    + "' the discriminator names",
                            "declare '" + property + "' in every branch, under properties and required");
                }
            }
        }
        discriminator.map("mapping").ifPresent(mapping -> mapping.entries().values().forEach(value -> mappingTarget(node, value)));
    }

    private void mappingTarget(SpecMap schema, SpecNode value) {
        if (!(value instanceof SpecScalar scalar) || scalar.isNull()) {
            return;
        }
        String ref = scalar.text();
        int hash = ref.indexOf('#');
        if (hash > 0 || hash < 0 && ref.contains("/")) {
            findings.error("discriminator.mapping", value, "mapping value " + Texts.quote(ref) + " names a schema in another file",
                    "map to a schema of this file, by name or as '#/components/schemas/Name'");
            return;
        }
        String pointer = hash == 0 ? ref.substring(1) : "/components/schemas/" + ref;
        if (schema.document().at(pointer).isEmpty()) {
            findings.error("discriminator.mapping", value, "mapping value " + Texts.quote(ref) + " names no schema",
                    "map to a schema that exists, by name or as '#/components/schemas/Name'");
        }
    }

    private static String branchName(SpecNode branch) {
        return branch instanceof SpecMap map && map.text("$ref").isPresent() ? Texts.quote(map.text("$ref").get())
                : Texts.place(branch);
    }

    /** True when the schema, or a part of its {@code allOf}, declares the property. */
    private boolean declares(SpecMap schema, String property) {
        Set<SpecMap> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return declares(schema, property, seen);
    }

    private boolean declares(SpecMap schema, String property, Set<SpecMap> seen) {
        if (!seen.add(schema)) {
            return false;
        }
        if (schema.map("properties").map(properties -> properties.has(property)).orElse(false)) {
            return true;
        }
        return resolver.maps(schema, "allOf").stream().anyMatch(part -> declares(part, property, seen));
    }
}
