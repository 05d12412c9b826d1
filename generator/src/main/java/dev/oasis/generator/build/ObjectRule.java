package dev.oasis.generator.build;

import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.generator.spec.SpecSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds {@link ObjectType}s: {@code properties}, {@code required}, {@code nullable}, {@code additionalProperties} and {@code allOf}. */
final class ObjectRule {

    private final SchemaTypes types;

    ObjectRule(SchemaTypes types) {
        this.types = types;
    }

    /** True when the schema or one of its {@code allOf} parts declares properties. */
    boolean declaresProperties(SpecMap schema) {
        if (schema.map("properties").map(p -> !p.entries().isEmpty()).orElse(false)) {
            return true;
        }
        return schema.list("allOf").map(parts -> parts.items().stream()
                .map(types::schemaOf)
                .anyMatch(part -> part != null && declaresProperties(part))).orElse(false);
    }

    /**
     * The {@code allOf} entry this schema is just another name for: a single entry and nothing else
     * besides documentation.
     */
    Optional<SpecNode> singleAllOfReference(SpecMap schema) {
        List<SpecNode> parts = schema.list("allOf").map(l -> l.items()).orElse(List.of());
        boolean onlyDocs = schema.entries().keySet().stream().allMatch(key -> Set.of(
                "allOf", "description", "title", "nullable", "readOnly", "deprecated", "example").contains(key));
        return parts.size() == 1 && onlyDocs ? Optional.of(parts.get(0)) : Optional.empty();
    }

    /**
     * The value type of {@code additionalProperties}: the schema's type, any JSON value for
     * {@code true}; empty when the keyword is absent or {@code false}.
     */
    Optional<TypeRef> additionalPropertiesType(SpecMap schema, String name) {
        Optional<SpecNode> node = schema.get("additionalProperties");
        if (node.isPresent() && node.get() instanceof SpecScalar scalar) {
            return scalar.text().equals("true") ? Optional.of(new TypeRef.Any()) : Optional.empty();
        }
        return node.map(schemaNode -> types.typeOf(schemaNode, name + "Value"));
    }

    /**
     * Completes an object type from its schema, merging {@code allOf} parts in order. The object is
     * closed when the last {@code additionalProperties} merged (the schema's own, else its parts') is {@code false}.
     */
    void fill(ObjectType object, SpecMap schema) {
        Map<String, Property> properties = new LinkedHashMap<>();
        TypeRef[] additional = new TypeRef[1];
        merge(object, schema, new HashSet<>(), properties, additional);
        boolean closed = additional[0] == null && lastAdditionalProperties(schema, new HashSet<>())
                .filter(SpecScalar.class::isInstance).map(node -> ((SpecScalar) node).text().equals("false")).orElse(false);
        object.complete(schema.text("description").orElse(""), schema.flag("deprecated", false),
                List.copyOf(properties.values()), Optional.ofNullable(additional[0]), closed);
    }

    /** The {@code additionalProperties} keyword that counts for a schema: its own, else that of its last {@code allOf} part with one. */
    private Optional<SpecNode> lastAdditionalProperties(SpecMap schema, Set<SpecMap> visited) {
        if (!visited.add(schema)) {
            return Optional.empty();
        }
        Optional<SpecNode> own = schema.get("additionalProperties");
        if (own.isPresent()) {
            return own;
        }
        List<SpecNode> parts = schema.list("allOf").map(l -> l.items()).orElse(List.of());
        for (int i = parts.size() - 1; i >= 0; i--) {
            SpecMap part = types.schemaOf(parts.get(i));
            Optional<SpecNode> found = part == null ? Optional.empty() : lastAdditionalProperties(part, visited);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Merges a schema and its {@code allOf} parts, parts first: a later property with the same
     * JSON name replaces an earlier one in place, and a later {@code required} makes it required.
     */
    private void merge(ObjectType object, SpecMap schema, Set<SpecMap> visited, Map<String, Property> properties,
            TypeRef[] additional) {
        if (!visited.add(schema)) {
            return;
        }
        for (SpecNode part : schema.list("allOf").map(l -> l.items()).orElse(List.of())) {
            SpecMap partSchema = types.schemaOf(part);
            if (partSchema != null) {
                merge(object, partSchema, visited, properties, additional);
            }
        }
        Set<String> required = new HashSet<>();
        schema.list("required").ifPresent(list -> list.items().stream()
                .filter(SpecScalar.class::isInstance).map(n -> ((SpecScalar) n).text()).forEach(required::add));
        schema.map("properties").map(SpecMap::entries).orElse(Map.of()).forEach((name, node) ->
                properties.put(name, property(object, name, node, required.contains(name))));
        for (String name : required) {
            properties.computeIfPresent(name, (key, p) -> p.required() ? p : p.asRequired());
        }
        additionalPropertiesType(schema, object.specName()).ifPresent(type -> additional[0] = type);
    }

    private Property property(ObjectType owner, String jsonName, SpecNode node, boolean required) {
        TypeRef type = types.typeOf(node, owner.specName() + Names.pascal(jsonName));
        SpecMap own = node instanceof SpecMap map ? map : null;
        SpecMap target = types.schemaOf(node);
        boolean nullable = Keywords.allowsNull(own) || Keywords.allowsNull(target);
        String description = own != null && own.text("description").isPresent()
                ? own.text("description").get()
                : nonNullBranch(own).flatMap(branch -> branch.text("description"))
                        .orElseGet(() -> target == null ? "" : target.text("description").orElse(""));
        return new Property(jsonName, type, required, nullable, flag(own, target, "readOnly"),
                flag(own, target, "writeOnly"), flag(own, target, "deprecated"), description, defaultValue(own, target),
                Origin.of(node), types.constraints().of(own, target));
    }

    /** The one branch of {@code anyOf: [X, {type: 'null'}]} that is not null, where it is written inline or beside its {@code $ref}. */
    private static Optional<SpecMap> nonNullBranch(SpecMap own) {
        List<SpecNode> branches = own == null ? List.of() : Keywords.withoutNullBranches(own);
        return branches.size() == 1 && branches.get(0) instanceof SpecMap branch ? Optional.of(branch) : Optional.empty();
    }

    private static String defaultValue(SpecMap own, SpecMap target) {
        for (SpecMap schema : new SpecMap[] {own, target}) {
            if (schema != null && schema.get("default").orElse(null) instanceof SpecScalar scalar && !scalar.isNull()) {
                return scalar.text();
            }
        }
        return "";
    }

    private static boolean flag(SpecMap own, SpecMap target, String key) {
        return (own != null && own.flag(key, false)) || (target != null && target.flag(key, false));
    }

    /** See {@link SchemaTypes#formObject}. */
    Optional<ObjectType> formObject(SpecNode schema, String nameHint) {
        if (SpecSet.isReference(schema)) {
            TypeRef type = types.typeOf(schema, nameHint);
            return type instanceof TypeRef.Named named && named.definition() instanceof ObjectType object
                    ? Optional.of(object) : Optional.empty();
        }
        if (!(schema instanceof SpecMap map) || map.has("oneOf") || map.has("anyOf") || Discriminator.of(map, types).isPresent()) {
            return Optional.empty();
        }
        Optional<SpecNode> alias = map.has("allOf") ? singleAllOfReference(map) : Optional.empty();
        if (alias.isPresent()) {
            return formObject(alias.get(), nameHint);
        }
        if (!declaresProperties(map)) {
            return Optional.empty();
        }
        ObjectType object = new ObjectType(nameHint, Origin.of(map));
        fill(object, map);
        return Optional.of(object);
    }
}
