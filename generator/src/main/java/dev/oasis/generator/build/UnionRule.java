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
import java.util.Optional;

/**
 * Builds {@link UnionType}s from {@code oneOf} and {@code anyOf}: the branches now, how each is
 * matched (by {@link VariantMatching}) once every type is built, since that reads the branches'
 * properties.
 */
final class UnionRule {

    private final SchemaTypes types;

    UnionRule(SchemaTypes types) {
        this.types = types;
    }

    void fill(UnionType union, SpecMap schema) {
        List<SpecNode> nodes = schema.list(union.anyOf() ? "anyOf" : "oneOf").map(l -> l.items()).orElse(List.of());
        List<VariantMatching.Branch> branches = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            SpecNode node = nodes.get(i);
            TypeRef type = types.typeOf(node, union.specName() + "Option" + (i + 1));
            Variant variant = new Variant(variantName(node, type), type, VariantMatch.byKind(VariantMatching.kindOf(type)),
                    Origin.of(node));
            branches.add(new VariantMatching.Branch(variant, types.specs().resolve(node)));
        }
        Optional<Discriminator> discriminator = Discriminator.of(schema, types);
        String description = schema.text("description").orElse("");
        boolean deprecated = schema.flag("deprecated", false);
        types.whenAllBuilt(() -> new VariantMatching(types, union, discriminator).complete(branches, description, deprecated));
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
