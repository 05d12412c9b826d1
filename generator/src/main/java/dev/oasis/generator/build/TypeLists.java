package dev.oasis.generator.build;

import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OpenAPI 3.1 schema of several types, {@code type: [string, integer]}, read as a union with one
 * branch per type: each branch is the schema with that one type and the keywords that apply to it.
 */
final class TypeLists {

    /** Keywords that apply to values of one type only, by type; the others apply to every branch. */
    private static final Map<String, Set<String>> OWN_KEYWORDS = Map.of(
            "string", Set.of("pattern", "minLength", "maxLength", "format", "contentEncoding", "contentMediaType"),
            "integer", Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"),
            "number", Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"),
            "array", Set.of("items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"),
            "object", Set.of("properties", "required", "additionalProperties", "unevaluatedProperties", "patternProperties",
                    "minProperties", "maxProperties"));

    private TypeLists() {
    }

    /** One schema per type, in the order of the list, each standing where its type stands in the list. */
    static List<SpecNode> branches(SpecMap schema, List<String> types) {
        List<SpecNode> typeNodes = schema.list("type").map(SpecList::items).orElse(List.of());
        List<SpecNode> branches = new ArrayList<>();
        for (String type : types) {
            SpecNode typeNode = typeNodes.stream().filter(node -> node instanceof SpecScalar scalar && scalar.text().equals(type))
                    .findFirst().orElse(schema);
            Map<String, SpecNode> entries = new LinkedHashMap<>();
            entries.put("type", SpecScalar.derived(typeNode, type));
            schema.entries().forEach((key, value) -> {
                if (!key.equals("type") && !Keywords.ANNOTATIONS.contains(key) && belongsTo(key, type)) {
                    entries.put(key, value);
                }
            });
            branches.add(SpecMap.derived(typeNode, entries));
        }
        return branches;
    }

    private static boolean belongsTo(String keyword, String type) {
        return OWN_KEYWORDS.entrySet().stream().noneMatch(own -> own.getValue().contains(keyword) && !own.getKey().equals(type))
                || OWN_KEYWORDS.getOrDefault(type, Set.of()).contains(keyword);
    }
}
