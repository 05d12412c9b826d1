package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.model.HierarchyType;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.VariantMatch;
import dev.oasis.generator.spec.JsonPointers;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link HierarchyType}s: a schema with properties and a discriminator is a sealed parent
 * whose subtypes are the schemas its mapping names and the component schemas that extend it
 * through {@code allOf}, each recognised by its mapping values or, unmapped, by its schema name.
 */
final class HierarchyRule {

    private final SchemaTypes types;

    HierarchyRule(SchemaTypes types) {
        this.types = types;
    }

    void fill(HierarchyType parent, SpecMap schema, Discriminator discriminator) {
        Map<SpecNode, List<String>> values = new LinkedHashMap<>();
        discriminator.mapping().forEach((value, target) -> values.computeIfAbsent(target, t -> new ArrayList<>()).add(value));
        types.specs().main().rootMap().map("components").flatMap(c -> c.map("schemas")).ifPresent(schemas ->
                schemas.entries().forEach((name, candidate) -> {
                    if (candidate instanceof SpecMap child && extendsParent(child, schema)) {
                        values.computeIfAbsent(candidate, t -> new ArrayList<>(List.of(name)));
                    }
                }));
        List<HierarchyType.Subtype> subtypes = new ArrayList<>();
        for (Map.Entry<SpecNode, List<String>> entry : values.entrySet()) {
            TypeRef type = types.typeOf(entry.getKey(), schemaName(entry.getKey()));
            if (type instanceof TypeRef.Named named && named.definition() instanceof ObjectType child) {
                subtypes.add(new HierarchyType.Subtype(child,
                        VariantMatch.byDiscriminator(discriminator.property(), entry.getValue(), List.of()), Origin.of(entry.getKey())));
            } else if (type instanceof TypeRef.External external) {
                types.diagnostics().report(Diagnostic.warning("mapping.subtype", entry.getKey().location(),
                        entry.getKey().pointer(), "'" + schemaName(entry.getKey()) + "' is mapped to " + external.className()
                                + ", which cannot implement the generated interface of its discriminated parent; payloads"
                                + " with discriminator value " + entry.getValue() + " read as the parent's Unknown",
                        "map the parent schema instead, or leave the subtype to the generator"));
            }
        }
        String description = schema.text("description").orElse("");
        boolean deprecated = schema.flag("deprecated", false);
        types.whenAllBuilt(() -> parent.complete(description, deprecated, discriminator.property(), subtypes));
    }

    private boolean extendsParent(SpecMap child, SpecMap parent) {
        return child.list("allOf").map(parts -> parts.items().stream()
                .anyMatch(part -> SpecSet.isReference(part) && types.schemaOf(part) == parent)).orElse(false);
    }

    private static String schemaName(SpecNode schema) {
        List<String> tokens = JsonPointers.split(schema.pointer());
        return tokens.isEmpty() ? "Schema" : tokens.get(tokens.size() - 1);
    }
}
