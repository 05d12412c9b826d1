package dev.oasis.generator.swagger;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts Swagger 2.0 parameters: a query, path or header parameter's value keywords move into a
 * schema and its {@code collectionFormat} becomes a style; a {@code body} parameter becomes a
 * request body; {@code formData} parameters become the properties of an object schema sent as
 * {@code multipart/form-data} or {@code application/x-www-form-urlencoded}.
 */
final class ParameterConverter {

    /** The keywords of a parameter, header or items object that describe its value. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("type", "format", "items", "default", "maximum",
            "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems",
            "minItems", "uniqueItems", "enum", "multipleOf", "x-nullable");

    static final String MULTIPART = "multipart/form-data";
    static final String URLENCODED = "application/x-www-form-urlencoded";

    private final SchemaConverter schemas;
    private final Diagnostics diagnostics;
    private final Map<SpecNode, SpecMap> converted = new IdentityHashMap<>();

    ParameterConverter(SchemaConverter schemas, Diagnostics diagnostics) {
        this.schemas = schemas;
        this.diagnostics = diagnostics;
    }

    /** An OpenAPI 3.0 query, path, header or cookie parameter. */
    SpecMap parameter(SpecMap parameter) {
        return converted.computeIfAbsent(parameter, p -> {
            MapBuilder out = new MapBuilder(parameter);
            parameter.entries().forEach((key, value) -> {
                if (!VALUE_KEYWORDS.contains(key) && !key.equals("collectionFormat")) {
                    out.put(key, value);
                }
            });
            out.put("schema", valueSchema(parameter));
            style(parameter).ifPresent(style -> {
                out.put("style", style);
                out.put("explode", SpecScalar.derived(style, style.text().equals("form") && isMulti(parameter)));
            });
            return out.build();
        });
    }

    /** The schema of a non-body parameter, header or items object, made of its value keywords. */
    SpecMap valueSchema(SpecMap owner) {
        MapBuilder schema = new MapBuilder(owner);
        owner.entries().forEach((key, value) -> {
            if (key.equals("items") && value instanceof SpecMap items) {
                schema.put(key, valueSchema(items));
            } else if (VALUE_KEYWORDS.contains(key)) {
                schema.put(key, value);
            }
        });
        return (SpecMap) schemas.schema(schema.build());
    }

    /** A request body made of a {@code body} parameter, sent as each media type the operation consumes. */
    SpecMap requestBody(SpecMap body, List<String> consumes) {
        SpecNode schema = body.get("schema").map(schemas::schema).orElse(null);
        MapBuilder content = new MapBuilder(body.get("schema").orElse(body));
        for (String mediaType : consumes.isEmpty() ? List.of("application/json") : consumes) {
            content.put(mediaType, new MapBuilder(body.get("schema").orElse(body)).put("schema", schema).build());
        }
        MapBuilder out = new MapBuilder(body).put("description", body.get("description").orElse(null))
                .put("content", content.build()).put("required", body.get("required").orElse(null));
        body.entries().forEach((key, value) -> {
            if (key.startsWith("x-")) {
                out.put(key, value);
            }
        });
        return out.build();
    }

    /** A request body made of {@code formData} parameters: an object schema with one property each. */
    SpecMap formBody(List<SpecMap> form, List<String> consumes) {
        SpecMap first = form.get(0);
        MapBuilder properties = new MapBuilder(first);
        List<SpecNode> required = new ArrayList<>();
        boolean file = false;
        for (SpecMap parameter : form) {
            SpecNode name = parameter.get("name").orElse(parameter);
            MapBuilder property = new MapBuilder(parameter);
            valueSchema(parameter).entries().forEach(property::put);
            property.put("description", parameter.get("description").orElse(null));
            properties.put(name instanceof SpecScalar scalar ? scalar.text() : "", property.build());
            if (parameter.flag("required", false)) {
                required.add(name);
            }
            file |= parameter.text("type").filter("file"::equals).isPresent();
        }
        MapBuilder schema = new MapBuilder(first).scalar("type", "object").put("properties", properties.build());
        if (!required.isEmpty()) {
            schema.put("required", SpecList.derived(first, required));
        }
        SpecMap formSchema = schema.build();
        List<String> mediaTypes = consumes.stream().filter(type -> type.equals(MULTIPART) || type.equals(URLENCODED)).toList();
        if (mediaTypes.isEmpty()) {
            mediaTypes = List.of(file ? MULTIPART : URLENCODED);
        }
        MapBuilder content = new MapBuilder(first);
        for (String mediaType : mediaTypes) {
            content.put(mediaType, new MapBuilder(first).put("schema", formSchema).build());
        }
        MapBuilder out = new MapBuilder(first).put("content", content.build());
        if (!required.isEmpty()) {
            out.scalar("required", true);
        }
        return out.build();
    }

    /** The OpenAPI 3.0 style of an array parameter's {@code collectionFormat}; empty for other parameters. */
    private Optional<SpecScalar> style(SpecMap parameter) {
        if (parameter.text("type").filter("array"::equals).isEmpty()) {
            return Optional.empty();
        }
        SpecNode origin = parameter.get("collectionFormat").orElse(parameter);
        String format = parameter.text("collectionFormat").orElse("csv");
        boolean query = parameter.text("in").filter("query"::equals).isPresent();
        String style = switch (format) {
            case "csv" -> query ? "form" : "simple";
            case "multi" -> query ? "form" : null;
            case "ssv" -> query ? "spaceDelimited" : null;
            case "pipes" -> query ? "pipeDelimited" : null;
            default -> null;
        };
        if (style == null) {
            diagnostics.report(Diagnostic.error("swagger.collection-format", origin.location(), origin.pointer(),
                    "collectionFormat '" + format + "' of a " + parameter.text("in").orElse("") + " parameter has no OpenAPI 3.0 equivalent",
                    "use csv, or for a query parameter multi, ssv or pipes"));
            return Optional.empty();
        }
        return Optional.of(SpecScalar.derived(origin, style));
    }

    private static boolean isMulti(SpecMap parameter) {
        return parameter.text("collectionFormat").filter("multi"::equals).isPresent();
    }
}
