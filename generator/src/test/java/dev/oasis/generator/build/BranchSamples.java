package dev.oasis.generator.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.generator.openapi.SpecVersion;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.generator.spec.SpecSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the payloads a union branch's own producers would send, read straight from the branch's
 * schema and nothing else (not from how the generator tells branches apart): the required properties
 * with valid values (listed values, texts matching the pattern and format, numbers in range), with
 * and without the optional properties whose one value tells the branch (its discriminators), an
 * array for each kind of item, one payload per branch of a nested union; and a deep payload, with
 * every property of every object in it {@value #DEEP} levels down, so that what tells a branch apart
 * inside an optional property is written too.
 */
public final class BranchSamples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int DEPTH = 10;
    private static final int MOST = 6;

    /** How many levels down the deep payload writes optional properties (below, only required ones). */
    private static final int DEEP = 5;

    private final SpecSet specs;
    private final boolean v31;
    private boolean deep;

    public BranchSamples(SpecSet specs) {
        this.specs = specs;
        this.v31 = specs.version() == SpecVersion.OPENAPI_3_1;
    }

    /** The payloads of a schema; empty when none can be written (a pattern without a sample, a required cycle). */
    public List<JsonNode> of(SpecNode schema) {
        List<JsonNode> out = new ArrayList<>(samples(schema, DEPTH));
        deep = true;
        try {
            samples(schema, DEPTH).stream().findFirst().filter(payload -> !out.contains(payload)).ifPresent(out::add);
        } finally {
            deep = false;
        }
        return out;
    }

    private List<JsonNode> samples(SpecNode node, int depth) {
        if (depth == 0) {
            return List.of();
        }
        if (!(node instanceof SpecMap schema)) {
            return node instanceof SpecScalar scalar && scalar.text().equals("false") ? List.of() : List.of(JSON.textNode("any"));
        }
        if (SpecSet.isReference(schema)) {
            SpecNode target = specs.resolve(schema);
            boolean structural = schema.entries().keySet().stream().anyMatch(Keywords.STRUCTURE::contains);
            return v31 && structural ? merged(List.of(target, without(schema, "$ref")), depth) : samples(target, depth);
        }
        List<SpecNode> branches = schema.list("oneOf").or(() -> schema.list("anyOf")).map(SpecList::items).orElse(List.of());
        if (!branches.isEmpty()) {
            return nested(schema, branches, depth);
        }
        if (schema.has("allOf")) {
            List<SpecNode> parts = new ArrayList<>(schema.list("allOf").orElseThrow().items());
            parts.add(without(schema, "allOf"));
            return merged(parts, depth);
        }
        if (schema.has("const")) {
            return List.of(literal(schema.get("const").orElseThrow()));
        }
        Optional<SpecNode> listed = schema.list("enum").flatMap(values -> values.items().stream()
                .filter(value -> !(value instanceof SpecScalar s && s.isNull())).findFirst());
        if (listed.isPresent()) {
            return List.of(literal(listed.get()));
        }
        List<String> types = types(schema);
        List<JsonNode> out = new ArrayList<>();
        for (String type : types) {
            out.addAll(ofType(schema, type, depth));
        }
        return limit(out);
    }

    private List<JsonNode> ofType(SpecMap schema, String type, int depth) {
        return switch (type) {
            case "string" -> text(schema).map(JSON::textNode).<List<JsonNode>>map(List::of).orElse(List.of());
            case "integer" -> List.of(JSON.numberNode(number(schema, true).toBigInteger()));
            case "number" -> List.of(JSON.numberNode(number(schema, false)));
            case "boolean" -> List.of(JSON.booleanNode(true));
            case "array" -> arrays(schema, depth);
            case "object" -> objects(properties(List.of(schema)), depth);
            default -> List.of(JSON.textNode("any"));
        };
    }

    /** One payload per branch of a nested union (two each at most), each with its discriminator value. */
    private List<JsonNode> nested(SpecMap schema, List<SpecNode> branches, int depth) {
        Optional<String> property = schema.map("discriminator").flatMap(d -> d.text("propertyName"));
        List<JsonNode> out = new ArrayList<>();
        for (SpecNode branch : branches) {
            List<JsonNode> samples = samples(branch, depth);
            for (JsonNode sample : samples.subList(0, Math.min(2, samples.size()))) {
                if (property.isPresent() && sample instanceof ObjectNode object) {
                    discriminatorValue(schema, branch).ifPresent(value -> object.put(property.get(), value));
                }
                out.add(sample);
            }
        }
        return limit(out);
    }

    /** The value a discriminator gives a branch: its mapped value, else the name of the schema it refers to. */
    public Optional<String> discriminatorValue(SpecMap union, SpecNode branch) {
        SpecNode target = specs.resolve(branch);
        Optional<SpecMap> mapping = union.map("discriminator").flatMap(d -> d.map("mapping"));
        if (mapping.isPresent()) {
            for (Map.Entry<String, SpecNode> entry : mapping.get().entries().entrySet()) {
                String ref = entry.getValue() instanceof SpecScalar scalar ? scalar.text() : "";
                SpecMap reference = SpecMap.derived(entry.getValue(), Map.of("$ref", SpecScalar.derived(entry.getValue(),
                        ref.contains("#") || ref.contains(".") ? ref : "#/components/schemas/" + ref)));
                if (specs.target(reference).map(specs::resolve).orElse(null) == target) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        String ref = SpecSet.referenceOf(branch).orElse("");
        return ref.isEmpty() ? Optional.empty() : Optional.of(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** An {@code allOf}: objects merged property by property, or the one typed part of scalars. */
    private List<JsonNode> merged(List<SpecNode> parts, int depth) {
        List<SpecMap> flat = new ArrayList<>();
        flatten(parts, flat, new LinkedHashSet<>());
        Properties merged = properties(flat);
        if (merged.declared.isEmpty() && flat.stream().noneMatch(p -> types(p).contains("object"))) {
            for (SpecMap part : flat) {
                if (!types(part).isEmpty() || part.has("enum") || part.has("const") || part.has("oneOf") || part.has("anyOf")) {
                    return samples(part, depth);
                }
            }
        }
        return objects(merged, depth);
    }

    private void flatten(List<SpecNode> parts, List<SpecMap> out, Set<SpecNode> seen) {
        for (SpecNode part : parts) {
            SpecNode resolved = specs.resolve(part);
            if (resolved instanceof SpecMap map && seen.add(resolved)) {
                map.list("allOf").ifPresent(inner -> flatten(inner.items(), out, seen));
                out.add(map);
            }
        }
    }

    /** The properties and required names of object schemas taken together. */
    private record Properties(Map<String, SpecNode> declared, Set<String> required) {
    }

    private static Properties properties(List<SpecMap> schemas) {
        Map<String, SpecNode> declared = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        for (SpecMap schema : schemas) {
            schema.map("properties").ifPresent(p -> declared.putAll(p.entries()));
            schema.list("required").ifPresent(list -> list.items().forEach(item -> required.add(((SpecScalar) item).text())));
        }
        return new Properties(declared, required);
    }

    /** The required properties; then with the optional properties whose one value tells the branch, where there are some. */
    private List<JsonNode> objects(Properties properties, int depth) {
        if (deep) {
            return deepObject(properties, depth);
        }
        ObjectNode base = JSON.objectNode();
        for (String name : properties.required()) {
            SpecNode schema = properties.declared().get(name);
            List<JsonNode> values = schema == null ? List.of(JSON.textNode("any")) : samples(schema, depth - 1);
            if (values.isEmpty()) {
                return List.of();
            }
            base.set(name, values.get(0));
        }
        ObjectNode discriminated = base.deepCopy();
        properties.declared().forEach((name, schema) -> {
            if (!base.has(name) && specs.resolve(schema) instanceof SpecMap map && isOneValue(map)) {
                samples(schema, depth - 1).stream().findFirst().ifPresent(value -> discriminated.set(name, value));
            }
        });
        ObjectNode every = discriminated.deepCopy();
        if (depth == DEPTH - 1 || depth == DEPTH) {
            properties.declared().forEach((name, schema) -> {
                if (!every.has(name)) {
                    samples(schema, depth - 1).stream().findFirst().ifPresent(value -> every.set(name, value));
                }
            });
        }
        List<JsonNode> out = new ArrayList<>(List.of(base));
        for (ObjectNode more : List.of(discriminated, every)) {
            if (!out.contains(more)) {
                out.add(more);
            }
        }
        return out;
    }

    /** The object with every property it declares, optional ones only {@value #DEEP} levels down. */
    private List<JsonNode> deepObject(Properties properties, int depth) {
        ObjectNode every = JSON.objectNode();
        for (Map.Entry<String, SpecNode> property : properties.declared().entrySet()) {
            boolean required = properties.required().contains(property.getKey());
            if (required || depth > DEPTH - DEEP) {
                List<JsonNode> values = samples(property.getValue(), depth - 1);
                if (values.isEmpty() && required) {
                    return List.of();
                }
                values.stream().findFirst().ifPresent(value -> every.set(property.getKey(), value));
            }
        }
        for (String name : properties.required()) {
            if (!every.has(name)) {
                every.set(name, JSON.textNode("any"));
            }
        }
        return List.of(every);
    }

    private static boolean isOneValue(SpecMap schema) {
        return schema.has("const") || schema.list("enum").map(values -> values.items().stream()
                .filter(v -> !(v instanceof SpecScalar s && s.isNull())).count() == 1).orElse(false);
    }

    /** An array for each kind of item, as many items as it must hold. */
    private List<JsonNode> arrays(SpecMap schema, int depth) {
        List<JsonNode> items = new ArrayList<>();
        schema.list("prefixItems").ifPresent(prefix -> prefix.items().forEach(item -> items.addAll(samples(item, depth - 1))));
        schema.get("items").ifPresent(item -> items.addAll(samples(item, depth - 1)));
        int min = count(schema, "minItems", 0);
        int max = count(schema, "maxItems", Integer.MAX_VALUE);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode item : items.isEmpty() ? List.<JsonNode>of(JSON.textNode("any")) : items) {
            ArrayNode array = JSON.arrayNode();
            for (int i = 0; i < Math.min(max, Math.max(1, min)); i++) {
                array.add(item);
            }
            out.add(array);
        }
        return limit(out);
    }

    private Optional<String> text(SpecMap schema) {
        int min = count(schema, "minLength", 0);
        int max = count(schema, "maxLength", Integer.MAX_VALUE);
        String format = schema.text("format").orElse("");
        String formatted = switch (format) {
            case "date-time" -> "2024-01-31T12:00:00Z";
            case "date" -> "2024-01-31";
            case "uuid" -> "123e4567-e89b-42d3-a456-426614174000";
            case "byte" -> "AQID";
            case "email" -> "ann@example.com";
            case "uri", "url" -> "https://example.com/a";
            default -> null;
        };
        if (formatted != null) {
            return Optional.of(formatted);
        }
        if (schema.text("pattern").isPresent()) {
            return RegexSamples.sample(schema.text("pattern").get(), text -> text.length() >= min && text.length() <= max);
        }
        int length = Math.max(min, Math.min(max, 4));
        return Optional.of("text".repeat(length / 4 + 1).substring(0, length));
    }

    private static BigDecimal number(SpecMap schema, boolean integer) {
        BigDecimal value = integer ? BigDecimal.ONE : new BigDecimal("1.5");
        Optional<BigDecimal> min = decimal(schema, "minimum");
        Optional<BigDecimal> max = decimal(schema, "maximum");
        boolean exclusiveMin = schema.flag("exclusiveMinimum", false);
        Optional<BigDecimal> exclusiveLow = decimal(schema, "exclusiveMinimum");
        if (exclusiveLow.isPresent()) {
            min = exclusiveLow;
            exclusiveMin = true;
        }
        if (min.isPresent() && value.compareTo(min.get()) <= 0) {
            value = min.get().add(exclusiveMin ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        if (max.isPresent() && value.compareTo(max.get()) > 0) {
            value = max.get();
        }
        return integer ? value.setScale(0, java.math.RoundingMode.CEILING) : value;
    }

    private static Optional<BigDecimal> decimal(SpecMap schema, String key) {
        return schema.scalar(key).map(SpecScalar::value).filter(Number.class::isInstance).map(v -> new BigDecimal(v.toString()));
    }

    private static int count(SpecMap schema, String key, int otherwise) {
        return decimal(schema, key).map(BigDecimal::intValue).orElse(otherwise);
    }

    /** The types a schema names, its null aside; inferred from its keywords when it names none. */
    private static List<String> types(SpecMap schema) {
        SpecNode type = schema.get("type").orElse(null);
        List<String> named = type instanceof SpecScalar scalar ? List.of(scalar.text())
                : type instanceof SpecList list ? list.items().stream().map(i -> ((SpecScalar) i).text()).toList() : List.of();
        List<String> types = named.stream().filter(t -> !t.equals("null")).toList();
        if (!types.isEmpty() || !named.isEmpty()) {
            return types;
        }
        if (schema.has("properties") || schema.has("additionalProperties")) {
            return List.of("object");
        }
        return schema.has("items") ? List.of("array") : List.of();
    }

    private static JsonNode literal(SpecNode value) {
        if (value instanceof SpecScalar scalar) {
            Object v = scalar.value();
            return v == null ? JSON.nullNode() : v instanceof Boolean b ? JSON.booleanNode(b)
                    : v instanceof Number ? JSON.numberNode(new BigDecimal(v.toString())) : JSON.textNode(scalar.text());
        }
        return JSON.textNode("any");
    }

    private static SpecMap without(SpecMap schema, String key) {
        Map<String, SpecNode> rest = new LinkedHashMap<>(schema.entries());
        rest.remove(key);
        return SpecMap.derived(schema, rest);
    }

    private static List<JsonNode> limit(List<JsonNode> samples) {
        return samples.size() <= MOST ? samples : samples.subList(0, MOST);
    }
}
