package dev.oasis.generator.build;

import dev.oasis.generator.model.Constraints;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Builds scalar and array types with the value constraints the reader checks, including an
 * {@code allOf} of scalar parts ({@code allOf: [{$ref: Id}, {maxLength: 5}]}) and OpenAPI 3.1's
 * {@code prefixItems}: a tuple is a list of its item types (of a union of them when they differ).
 */
final class ScalarRule {

    private static final TypeRef ANY = new TypeRef.Any();
    private static final List<String> CONSTRAINT_KEYWORDS = List.of("pattern", "minLength", "maxLength", "minimum",
            "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems");

    private final SchemaTypes types;
    private final ConstraintRule constraints;

    ScalarRule(SchemaTypes types, ConstraintRule constraints) {
        this.types = types;
        this.constraints = constraints;
    }

    /** The scalar type of a schema of the given type, with its constraints; empty for a type that is not a scalar. */
    Optional<TypeRef> scalar(SpecMap schema, String type) {
        return FormatRule.scalarKind(schema, type).map(kind -> new TypeRef.Scalar(kind, constraintsOf(schema, kind)));
    }

    /** An array: a list of its items, or of its {@code prefixItems} and items. */
    TypeRef array(SpecMap schema, String name) {
        Constraints counts = constraints.of(schema).ofItems();
        Optional<SpecNode> items = schema.get("items").filter(node -> !(node instanceof SpecScalar scalar && scalar.text().equals("false")));
        List<SpecNode> prefix = schema.list("prefixItems").map(SpecList::items).orElse(List.of());
        if (prefix.isEmpty()) {
            return new TypeRef.ListOf(items.map(node -> types.typeOf(node, name + "Item")).orElse(ANY), counts);
        }
        if (items.isEmpty() && schema.has("items")) {
            long max = Math.min(counts.maxItems().orElse(Long.MAX_VALUE), prefix.size());
            counts = counts.with(new Constraints(OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), OptionalLong.empty(), OptionalLong.of(max)));
        }
        List<SpecNode> itemNodes = new ArrayList<>();
        List<TypeRef> itemTypes = new ArrayList<>();
        for (int i = 0; i < prefix.size() + (items.isPresent() ? 1 : 0); i++) {
            SpecNode node = i < prefix.size() ? prefix.get(i) : items.get();
            TypeRef type = types.typeOf(node, name + "Item" + (i + 1));
            if (!itemTypes.contains(type)) {
                itemTypes.add(type);
                itemNodes.add(node);
            }
        }
        if (itemTypes.size() == 1) {
            return new TypeRef.ListOf(itemTypes.get(0), counts);
        }
        SpecMap tuple = SpecMap.derived(schema.get("prefixItems").orElseThrow(), Map.of());
        UnionType union = new UnionType(name + "Item", Origin.of(tuple), UnionType.Form.ANY_OF);
        TypeRef.Named named = types.register(tuple, union);
        new UnionRule(types).fill(union, tuple, itemNodes);
        return new TypeRef.ListOf(named, counts);
    }

    /**
     * An {@code allOf} whose one typed part is a scalar or an enum, the other parts only adding
     * constraints or documentation: that part's type, with every part's constraints.
     */
    Optional<TypeRef> allOfScalar(SpecMap schema, String name) {
        List<SpecMap> parts = new ArrayList<>();
        for (SpecNode node : schema.list("allOf").map(SpecList::items).orElse(List.of())) {
            SpecMap part = types.schemaOf(node);
            if (part == null || part.has("properties") || part.has("allOf") || Keywords.branches(part).size() > 0) {
                return Optional.empty();
            }
            parts.add(part);
        }
        List<SpecMap> typed = parts.stream().filter(part -> !Keywords.inferredType(part).isEmpty()).toList();
        if (typed.size() != 1) {
            return Optional.empty();
        }
        SpecMap part = typed.get(0);
        String type = Keywords.inferredType(part);
        if (EnumRule.applies(part)) {
            int index = parts.indexOf(part);
            return Optional.of(types.typeOf(schema.list("allOf").orElseThrow().items().get(index), name));
        }
        Optional<ScalarKind> kind = FormatRule.scalarKind(part, type);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Constraints merged = Constraints.NONE;
        for (SpecMap each : parts) {
            merged = merged.with(constraintsOf(each, kind.get()));
        }
        return Optional.of(new TypeRef.Scalar(kind.get(), merged.with(constraintsOf(schema, kind.get()))));
    }

    /** A reference's target type with the constraints written beside the {@code $ref} added. */
    TypeRef withSiblingConstraints(TypeRef target, SpecMap reference) {
        if (CONSTRAINT_KEYWORDS.stream().noneMatch(reference::has)) {
            return target;
        }
        if (target instanceof TypeRef.Scalar scalar) {
            return new TypeRef.Scalar(scalar.kind(), scalar.constraints().with(constraintsOf(reference, scalar.kind())));
        }
        if (target instanceof TypeRef.ListOf list) {
            return new TypeRef.ListOf(list.items(), list.constraints().with(constraints.of(reference).ofItems()));
        }
        return target;
    }

    private Constraints constraintsOf(SpecMap schema, ScalarKind kind) {
        return switch (kind) {
            case STRING -> constraints.of(schema).ofText();
            case INT32, INT64, FLOAT, DOUBLE, DECIMAL -> constraints.of(schema).ofNumbers();
            default -> Constraints.NONE;
        };
    }
}
