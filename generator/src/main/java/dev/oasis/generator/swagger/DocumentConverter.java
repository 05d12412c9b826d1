package dev.oasis.generator.swagger;

import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.List;
import java.util.Map;

/**
 * Converts a whole Swagger 2.0 document: {@code definitions}, {@code parameters}, {@code responses}
 * and {@code securityDefinitions} become components, {@code host}, {@code basePath} and
 * {@code schemes} servers, and {@code paths} are converted operation by operation. Extensions and
 * fields it does not know are kept as they are, so that validation reports the unknown ones.
 */
final class DocumentConverter {

    private final SchemaConverter schemas;
    private final ParameterConverter parameters;
    private final ResponseConverter responses;
    private final OperationConverter operations;
    private final Servers servers;
    private final List<String> consumes;
    private final List<String> produces;

    DocumentConverter(SpecMap root, Targets targets, SchemaConverter schemas, ParameterConverter parameters,
            Diagnostics diagnostics) {
        this.schemas = schemas;
        this.parameters = parameters;
        this.responses = new ResponseConverter(schemas, parameters);
        this.servers = new Servers(root);
        this.operations = new OperationConverter(targets, parameters, responses, servers, diagnostics, root);
        this.consumes = OperationConverter.texts(root.get("consumes").orElse(null));
        this.produces = OperationConverter.texts(root.get("produces").orElse(null));
    }

    SpecMap convert(SpecMap root) {
        MapBuilder out = new MapBuilder(root);
        MapBuilder components = null;
        for (Map.Entry<String, SpecNode> entry : root.entries().entrySet()) {
            String key = entry.getKey();
            SpecNode value = entry.getValue();
            switch (key) {
                case "swagger" -> out.put("openapi", SpecScalar.derived(value, "3.0.3"));
                case "host", "basePath", "schemes" -> {
                    if (!out.has("servers")) {
                        out.put("servers", servers.all());
                    }
                }
                case "consumes", "produces" -> { }
                case "paths" -> out.put(key, value instanceof SpecMap paths ? operations.paths(paths) : value);
                case "definitions", "parameters", "responses", "securityDefinitions" -> {
                    if (components == null) {
                        components = new MapBuilder(value);
                    }
                    component(key, value, components);
                }
                default -> out.put(key, value);
            }
        }
        if (components != null) {
            out.put("components", components.build());
        }
        return out.build();
    }

    private void component(String key, SpecNode value, MapBuilder components) {
        if (!(value instanceof SpecMap section)) {
            components.put(key, value);
            return;
        }
        MapBuilder converted = new MapBuilder(section);
        switch (key) {
            case "definitions" -> {
                section.entries().forEach((name, schema) -> converted.put(name, schemas.schema(schema)));
                components.put("schemas", converted.build());
            }
            case "parameters" -> {
                MapBuilder bodies = new MapBuilder(section);
                section.entries().forEach((name, node) -> {
                    if (!(node instanceof SpecMap parameter)) {
                        converted.put(name, node);
                    } else if (parameter.text("in").filter("body"::equals).isPresent()) {
                        bodies.put(name, parameters.requestBody(parameter, consumes));
                    } else if (parameter.text("in").filter("formData"::equals).isEmpty()) {
                        converted.put(name, parameters.parameter(parameter));
                    }
                });
                components.put("parameters", converted.isEmpty() ? null : converted.build());
                components.put("requestBodies", bodies.isEmpty() ? null : bodies.build());
            }
            case "responses" -> {
                section.entries().forEach((name, node) -> converted.put(name,
                        node instanceof SpecMap response ? responses.response(response, produces) : node));
                components.put("responses", converted.build());
            }
            default -> {
                section.entries().forEach((name, node) -> converted.put(name,
                        node instanceof SpecMap scheme ? SecuritySchemes.convert(scheme) : node));
                components.put("securitySchemes", converted.build());
            }
        }
    }
}
