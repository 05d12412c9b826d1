package dev.oasis.generator.build;

import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.model.UnionType.Variant;
import dev.oasis.generator.model.VariantMatch;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.List;

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
