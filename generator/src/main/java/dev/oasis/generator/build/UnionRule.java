package dev.oasis.generator.build;

import dev.oasis.generator.model.EnumType;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link UnionType}s from {@code oneOf}, {@code anyOf} and type lists: the branches now, how
 * each is matched (by {@link VariantMatching}) once every type is built, since that reads the
 * branches' schemas. Each branch is labelled after the schema it refers to, else its {@code title},
 * else its kind, such as {@code StringValue}; two branches with one label are told apart by position.
 */
final class UnionRule {

    private final SchemaTypes types;

    UnionRule(SchemaTypes types) {
        this.types = types;
    }

    /** Fills a union from its schema and its branches (without those that only allow null). */
    void fill(UnionType union, SpecMap schema, List<SpecNode> nodes) {
        List<TypeRef> branchTypes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            TypeRef type = types.typeOf(nodes.get(i), union.specName() + "Option" + (i + 1));
            branchTypes.add(type);
            labels.add(label(nodes.get(i), type));
        }
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        List<VariantMatching.Branch> branches = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String label = counts.get(labels.get(i)) > 1 ? labels.get(i) + (i + 1) : labels.get(i);
            branches.add(new VariantMatching.Branch(label, branchTypes.get(i), nodes.get(i), Origin.of(nodes.get(i))));
        }
        Optional<Discriminator> discriminator = Discriminator.of(schema, types);
        String description = schema.text("description").orElse("");
        boolean deprecated = schema.flag("deprecated", false);
        types.whenAllBuilt(() -> new VariantMatching(types, union, discriminator).complete(branches, description, deprecated));
    }

    private static String label(SpecNode branch, TypeRef type) {
        if (SpecSet.isReference(branch)) {
            String ref = SpecSet.referenceOf(branch).orElse("");
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        Optional<String> title = branch instanceof SpecMap map ? map.text("title").map(Names::pascal).filter(t -> !t.isEmpty())
                : Optional.empty();
        return title.orElseGet(() -> kindName(type));
    }

    private static String kindName(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return switch (scalar.kind()) {
                case INT32, INT64 -> "IntegerValue";
                case FLOAT, DOUBLE, DECIMAL -> "NumberValue";
                case BOOLEAN -> "BooleanValue";
                case DATE_TIME, INSTANT -> "DateTimeValue";
                case DATE -> "DateValue";
                case UUID -> "UuidValue";
                case BYTES, BINARY -> "BytesValue";
                default -> "StringValue";
            };
        }
        if (type instanceof TypeRef.ListOf) {
            return "ListValue";
        }
        if (type instanceof TypeRef.MapOf) {
            return "MapValue";
        }
        if (type instanceof TypeRef.External external) {
            return external.className().substring(external.className().lastIndexOf('.') + 1);
        }
        if (type instanceof TypeRef.Named named && named.definition() instanceof EnumType enumType) {
            return kindName(new TypeRef.Scalar(enumType.valueKind()));
        }
        if (type instanceof TypeRef.Named named) {
            return named.definition() instanceof UnionType ? "UnionValue" : "ObjectValue";
        }
        return "JsonValue";
    }
}
