package dev.oasis.generator.swagger;

import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.List;
import java.util.Map;

/**
 * Converts Swagger 2.0 responses: the schema is served as each media type the operation produces,
 * the examples go to their media types, and each header's value keywords move into a schema.
 */
final class ResponseConverter {

    private final SchemaConverter schemas;
    private final ParameterConverter parameters;

    ResponseConverter(SchemaConverter schemas, ParameterConverter parameters) {
        this.schemas = schemas;
        this.parameters = parameters;
    }

    SpecMap response(SpecMap response, List<String> produces) {
        MapBuilder out = new MapBuilder(response);
        for (Map.Entry<String, SpecNode> entry : response.entries().entrySet()) {
            String key = entry.getKey();
            SpecNode value = entry.getValue();
            if (key.equals("schema")) {
                out.put("content", content(response, value, produces));
            } else if (key.equals("headers") && value instanceof SpecMap headers) {
                MapBuilder converted = new MapBuilder(headers);
                headers.entries().forEach((name, header) -> converted.put(name, header instanceof SpecMap map ? header(map) : header));
                out.put(key, converted.build());
            } else if (!key.equals("examples")) {
                out.put(key, value);
            }
        }
        return out.build();
    }

    private SpecMap content(SpecMap response, SpecNode schema, List<String> produces) {
        SpecNode converted = schemas.schema(schema);
        SpecMap examples = response.map("examples").orElse(null);
        MapBuilder content = new MapBuilder(schema);
        for (String mediaType : produces.isEmpty() ? List.of("application/json") : produces) {
            MapBuilder media = new MapBuilder(schema).put("schema", converted);
            if (examples != null) {
                media.put("example", examples.get(mediaType).orElse(null));
            }
            content.put(mediaType, media.build());
        }
        return content.build();
    }

    private SpecMap header(SpecMap header) {
        MapBuilder out = new MapBuilder(header);
        header.entries().forEach((key, value) -> {
            if (key.equals("description") || key.startsWith("x-")) {
                out.put(key, value);
            }
        });
        return out.put("schema", parameters.valueSchema(header)).build();
    }
}
