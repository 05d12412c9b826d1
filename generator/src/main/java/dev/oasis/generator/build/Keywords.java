package dev.oasis.generator.build;

import dev.oasis.generator.spec.SchemaType;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How schema keywords combine, read the same way by the type builder and the union analysis: the
 * nullability idioms, the keywords a {@code $ref} may stand beside, and which keywords give a schema
 * its structure.
 */
final class Keywords {

    /** Keywords that only document a schema or say whether it may be null; beside a {@code $ref} they change no type. */
    static final Set<String> ANNOTATIONS = Set.of("$ref", "description", "title", "deprecated", "readOnly", "writeOnly",
            "default", "example", "examples", "nullable", "$comment", "externalDocs", "xml", "discriminator");

    /** Keywords that give a schema a structure of its own; beside a {@code $ref} they make it an {@code allOf}. */
    static final Set<String> STRUCTURE = Set.of("properties", "required", "allOf", "oneOf", "anyOf", "items", "prefixItems",
            "additionalProperties", "unevaluatedProperties", "enum", "const");

    private Keywords() {
    }

    /** True for a schema that allows only null: {@code {type: 'null'}}, {@code {const: null}} or {@code {enum: [null]}}. */
    static boolean isNullOnly(SpecNode node) {
        if (!(node instanceof SpecMap schema) || SpecSet.isReference(schema)) {
            return false;
        }
        List<String> types = SchemaType.names(schema);
        if (!types.isEmpty()) {
            return types.stream().allMatch("null"::equals);
        }
        if (schema.get("const").orElse(null) instanceof SpecScalar constant) {
            return constant.isNull();
        }
        return schema.list("enum").map(values -> !values.items().isEmpty()
                && values.items().stream().allMatch(v -> v instanceof SpecScalar s && s.isNull())).orElse(false);
    }

    /** The {@code oneOf} or {@code anyOf} branches of a schema, {@code oneOf} first; empty when it has neither. */
    static List<SpecNode> branches(SpecMap schema) {
        return schema.list("oneOf").or(() -> schema.list("anyOf")).map(SpecList::items).orElse(List.of());
    }

    /**
     * The branches that are not null-only, when at least one branch is: {@code anyOf: [X, {type: 'null'}]}
     * is a nullable X, not a union. Empty when no branch is null-only.
     */
    static List<SpecNode> withoutNullBranches(SpecMap schema) {
        List<SpecNode> branches = branches(schema);
        if (branches.stream().noneMatch(Keywords::isNullOnly)) {
            return List.of();
        }
        List<SpecNode> rest = new ArrayList<>();
        for (SpecNode branch : branches) {
            if (!isNullOnly(branch)) {
                rest.add(branch);
            }
        }
        return rest;
    }

    /**
     * True when the schema allows null in any way OpenAPI 3.0 or 3.1 writes it: {@code nullable: true},
     * {@code null} among its types, or a null-only branch of its {@code oneOf}/{@code anyOf}.
     */
    static boolean allowsNull(SpecMap schema) {
        return schema != null && (SchemaType.allowsNull(schema) || branches(schema).stream().anyMatch(Keywords::isNullOnly));
    }

    /** True when a {@code $ref} stands beside keywords that give the schema a structure of its own. */
    static boolean hasStructuralSiblings(SpecMap reference) {
        return reference.entries().keySet().stream().anyMatch(STRUCTURE::contains);
    }

    /**
     * The one non-null type a schema has: the one its {@code type} names, else the type of its
     * {@code const} or {@code enum} values, else {@code object} for a schema with properties or
     * {@code allOf} and {@code array} for one with items; empty text when none tells.
     */
    static String inferredType(SpecMap schema) {
        Optional<String> named = SchemaType.of(schema);
        if (named.isPresent()) {
            return named.get();
        }
        if (!SchemaType.names(schema).isEmpty()) {
            return "";
        }
        List<SpecNode> values = schema.get("const").map(List::of)
                .orElseGet(() -> schema.list("enum").map(SpecList::items).orElse(List.of()));
        List<String> kinds = values.stream().map(Keywords::typeOfValue).filter(type -> !type.equals("null")).distinct().toList();
        if (kinds.size() == 1) {
            return kinds.get(0);
        }
        if (kinds.size() == 2 && kinds.contains("integer") && kinds.contains("number")) {
            return "number";
        }
        if (schema.has("properties") || schema.has("allOf") || schema.has("additionalProperties")
                || schema.has("unevaluatedProperties")) {
            return "object";
        }
        if (schema.has("items") || schema.has("prefixItems")) {
            return "array";
        }
        return "";
    }

    /** The JSON Schema type of a literal value in the spec. */
    static String typeOfValue(SpecNode value) {
        if (value instanceof SpecMap) {
            return "object";
        }
        if (value instanceof SpecList) {
            return "array";
        }
        Object scalar = ((SpecScalar) value).value();
        if (scalar == null) {
            return "null";
        }
        if (scalar instanceof Boolean) {
            return "boolean";
        }
        if (scalar instanceof Long || scalar instanceof java.math.BigInteger) {
            return "integer";
        }
        return scalar instanceof Number ? "number" : "string";
    }
}
