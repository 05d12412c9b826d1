package dev.oasis.generator.swagger;

import dev.oasis.generator.spec.JsonPointers;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites Swagger 2.0 schemas into OpenAPI 3.0 ones: a {@code discriminator} given as a property
 * name becomes a Discriminator Object, {@code type: file} a binary string, {@code x-nullable}
 * {@code nullable}, and references to {@code #/definitions/} point at {@code #/components/schemas/}.
 * Each schema is converted once, so a schema used in several places stays one node.
 */
final class SchemaConverter {

    /** Keywords whose values are data, never schemas. */
    private static final Set<String> DATA = Set.of("example", "examples", "default", "enum", "x-example");

    /** Keywords whose value is one schema. */
    private static final Set<String> ONE_SCHEMA = Set.of("items", "additionalProperties", "not");

    /** Keywords whose value is a list of schemas. */
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "oneOf", "anyOf");

    private final SpecMap definitions;
    private final Map<SpecNode, SpecNode> converted = new IdentityHashMap<>();

    /**
     * @param definitions the main document's {@code definitions}, whose references are rewritten; null
     *     in a referenced file, where {@code #/definitions/} references keep meaning what they say
     */
    SchemaConverter(SpecMap definitions) {
        this.definitions = definitions;
    }

    /** The OpenAPI 3.0 form of a schema (or of a reference to one). */
    SpecNode schema(SpecNode node) {
        if (!(node instanceof SpecMap map)) {
            return node;
        }
        SpecNode known = converted.get(node);
        if (known != null) {
            return known;
        }
        SpecNode result = convert(map);
        converted.put(node, result);
        return result;
    }

    private SpecNode convert(SpecMap schema) {
        MapBuilder out = new MapBuilder(schema);
        for (Map.Entry<String, SpecNode> entry : schema.entries().entrySet()) {
            String key = entry.getKey();
            SpecNode value = entry.getValue();
            if (key.startsWith("x-") || DATA.contains(key)) {
                out.put(key, value);
            } else if (key.equals("$ref")) {
                out.put(key, reference(value));
            } else if (key.equals("properties") && value instanceof SpecMap properties) {
                out.put(key, eachValue(properties));
            } else if (ONE_SCHEMA.contains(key)) {
                out.put(key, schema(value));
            } else if (SCHEMA_LISTS.contains(key) && value instanceof SpecList list) {
                out.put(key, SpecList.derived(list, list.items().stream().map(this::schema).toList()));
            } else if (key.equals("discriminator") && value instanceof SpecScalar name) {
                out.put(key, new MapBuilder(name).put("propertyName", name).build());
            } else if (key.equals("type") && value instanceof SpecScalar type && type.text().equals("file")) {
                out.scalar("type", "string");
                out.put("format", SpecScalar.derived(type, "binary"));
            } else if (!(key.equals("format") && isFile(schema))) {
                out.put(key, value);
            }
        }
        if (schema.flag("x-nullable", false) && !out.has("nullable")) {
            out.put("nullable", schema.get("x-nullable").orElseThrow());
        }
        return out.build();
    }

    private static boolean isFile(SpecMap schema) {
        return schema.text("type").filter("file"::equals).isPresent();
    }

    private SpecMap eachValue(SpecMap map) {
        MapBuilder out = new MapBuilder(map);
        map.entries().forEach((name, value) -> out.put(name, schema(value)));
        return out.build();
    }

    /**
     * A {@code $ref} value, pointing at the converted definitions where the main document's did. A
     * reference to a definition that does not exist keeps its text, so that it is reported as written,
     * and so does one in another file, where {@code #/definitions/} means that file's own.
     */
    SpecNode reference(SpecNode ref) {
        if (definitions != null && ref instanceof SpecScalar scalar && scalar.value() instanceof String text
                && text.startsWith("#/definitions/") && scalar.document() == definitions.document()) {
            String name = text.substring("#/definitions/".length());
            if (definitions.has(JsonPointers.split("/" + name).get(0))) {
                return SpecScalar.derived(scalar, "#/components/schemas/" + name);
            }
        }
        return ref;
    }

    /**
     * The Swagger 2.0 schema forms rewritten anywhere in a file a Swagger 2.0 spec refers to: such a
     * file has no fixed layout, so every mapping outside extensions and example values is treated as a
     * possible schema. The rewritten forms occur in schemas only.
     */
    SpecNode fragment(SpecNode node) {
        if (node instanceof SpecList list) {
            List<SpecNode> items = new ArrayList<>();
            list.items().forEach(item -> items.add(fragment(item)));
            return SpecList.derived(list, items);
        }
        if (!(node instanceof SpecMap map)) {
            return node;
        }
        MapBuilder out = new MapBuilder(map);
        map.entries().forEach((key, value) ->
                out.put(key, key.startsWith("x-") || DATA.contains(key) ? value : fragment(value)));
        SpecMap rebuilt = out.build();
        boolean schemaForms = rebuilt.scalar("discriminator").isPresent() || isFile(rebuilt) || rebuilt.has("x-nullable");
        return schemaForms ? convert(rebuilt) : rebuilt;
    }
}
