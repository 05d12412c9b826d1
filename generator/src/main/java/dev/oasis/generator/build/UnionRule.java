package dev.oasis.generator.build;

import dev.oasis.generator.model.JsonKind;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.model.UnionType.Variant;
import dev.oasis.generator.model.VariantMatch;
import dev.oasis.generator.spec.JsonPointers;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link UnionType}s from {@code oneOf} and {@code anyOf}; {@link VariantMatching} decides how each branch is recognised. */
final class UnionRule {

    private final SchemaTypes types;

    UnionRule(SchemaTypes types) {
        this.types = types;
    }

    void fill(UnionType union, SpecMap schema) {
        union.description(schema.text("description").orElse(""));
        union.deprecated(schema.flag("deprecated", false));
        List<SpecNode> branches = schema.list(union.anyOf() ? "anyOf" : "oneOf").map(l -> l.items()).orElse(List.of());
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            SpecNode branch = branches.get(i);
            TypeRef type = types.typeOf(branch, union.specName() + "Option" + (i + 1));
            variants.add(new Variant(variantName(branch, type), type, VariantMatch.byKind(VariantMatching.kindOf(type)),
                    Origin.of(branch)));
        }
        new VariantMatching(types, union, schema).assign(variants);
    }

    /**
     * Fills a discriminated {@code allOf} parent: its variants are the schemas its discriminator
     * mapping names and the component schemas that extend it through {@code allOf}, each
     * recognised by its mapping value or, unmapped, by its schema name.
     */
    void fillHierarchy(UnionType parent, SpecMap schema) {
        parent.description(schema.text("description").orElse(""));
        parent.deprecated(schema.flag("deprecated", false));
        SpecMap discriminator = schema.map("discriminator").orElseThrow();
        parent.discriminatorProperty(discriminator.text("propertyName").orElseThrow());
        Map<SpecNode, List<String>> values = new LinkedHashMap<>();
        discriminator.map("mapping").ifPresent(mapping -> mapping.entries().forEach((value, ref) -> {
            if (ref instanceof SpecScalar scalar) {
                String pointer = scalar.text().startsWith("#") ? scalar.text().substring(1) : "/components/schemas/" + scalar.text();
                schema.document().at(pointer).ifPresent(target ->
                        values.computeIfAbsent(target, t -> new ArrayList<>()).add(value));
            }
        }));
        schema.document().rootMap().map("components").flatMap(c -> c.map("schemas")).ifPresent(schemas ->
                schemas.entries().forEach((name, candidate) -> {
                    if (candidate instanceof SpecMap child && extendsParent(child, schema)) {
                        values.computeIfAbsent(candidate, t -> new ArrayList<>(List.of(name)));
                    }
                }));
        for (Map.Entry<SpecNode, List<String>> entry : values.entrySet()) {
            TypeRef type = types.typeOf(entry.getKey(), schemaName(entry.getKey()));
            if (type instanceof TypeRef.Named named && named.definition() instanceof ObjectType child) {
                child.addSupertype(parent);
                parent.addVariant(new Variant(child.specName(), type,
                        new VariantMatch(JsonKind.OBJECT, List.copyOf(entry.getValue()), List.of()), Origin.of(entry.getKey())));
            }
        }
    }

    private boolean extendsParent(SpecMap child, SpecMap parent) {
        return child.list("allOf").map(parts -> parts.items().stream()
                .anyMatch(part -> SpecSet.isReference(part) && types.schemaOf(part) == parent)).orElse(false);
    }

    private static String schemaName(SpecNode schema) {
        List<String> tokens = JsonPointers.split(schema.pointer());
        return tokens.isEmpty() ? "Schema" : tokens.get(tokens.size() - 1);
    }

    /** A referenced branch is named after its schema; an inline one after its JSON kind, such as {@code ObjectValue}. */
    private static String variantName(SpecNode branch, TypeRef type) {
        if (SpecSet.isReference(branch)) {
            String ref = SpecSet.referenceOf(branch).orElse("");
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        return switch (VariantMatching.kindOf(type)) {
            case STRING -> "StringValue";
            case INTEGER -> "IntegerValue";
            case NUMBER -> "NumberValue";
            case BOOLEAN -> "BooleanValue";
            case ARRAY -> "ListValue";
            case OBJECT -> "ObjectValue";
        };
    }
}
