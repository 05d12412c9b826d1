package dev.oasis.generator.openapi;

import static dev.oasis.generator.openapi.Shapes.ANY;
import static dev.oasis.generator.openapi.Shapes.BOOLEAN;
import static dev.oasis.generator.openapi.Shapes.INTEGER;
import static dev.oasis.generator.openapi.Shapes.NUMBER;
import static dev.oasis.generator.openapi.Shapes.STRING;
import static dev.oasis.generator.openapi.Shapes.STRINGS;
import static dev.oasis.generator.openapi.Shapes.listOf;
import static dev.oasis.generator.openapi.Shapes.mapOf;
import static dev.oasis.generator.openapi.Shapes.named;
import static dev.oasis.generator.openapi.Shapes.oneOf;
import static dev.oasis.generator.openapi.Shapes.refOr;

import java.util.List;

/**
 * The Schema Object: OpenAPI 3.0's subset of JSON Schema with its own additions, and OpenAPI 3.1's
 * full JSON Schema 2020-12 vocabulary, where a schema may also be {@code true} or {@code false}.
 */
final class SchemaShapes {

    /** The types of OpenAPI 3.0; 3.1 adds {@code null}. */
    static final List<String> TYPES_3_0 = List.of("array", "boolean", "integer", "number", "object", "string");

    private SchemaShapes() {
    }

    /** What stands where a schema is expected. */
    static Shape schema(boolean v31) {
        return v31 ? new EitherShape(List.of(BOOLEAN, refOr("Schema"))) : refOr("Schema");
    }

    static ObjectShape object(boolean v31) {
        return v31 ? schema31() : schema30();
    }

    private static ObjectShape schema30() {
        Shape schema = schema(false);
        return common(ObjectShape.named("Schema"), schema)
                .field("type", oneOf(TYPES_3_0.toArray(String[]::new)))
                .field("exclusiveMaximum", BOOLEAN)
                .field("exclusiveMinimum", BOOLEAN)
                .field("items", schema)
                .field("additionalProperties", new EitherShape(List.of(BOOLEAN, schema)))
                .field("nullable", BOOLEAN)
                .field("example", ANY)
                .build();
    }

    private static ObjectShape schema31() {
        Shape schema = schema(true);
        Shape type = oneOf("array", "boolean", "integer", "null", "number", "object", "string");
        return common(ObjectShape.named("Schema"), schema)
                .field("$schema", STRING)
                .field("$id", STRING)
                .field("$ref", STRING)
                .field("$anchor", STRING)
                .field("$dynamicAnchor", STRING)
                .field("$dynamicRef", STRING)
                .field("$comment", STRING)
                .field("$defs", mapOf(schema))
                .field("$vocabulary", mapOf(BOOLEAN))
                .field("type", new EitherShape(List.of(type, listOf(type))))
                .field("const", ANY)
                .field("exclusiveMaximum", NUMBER)
                .field("exclusiveMinimum", NUMBER)
                .field("maxContains", INTEGER)
                .field("minContains", INTEGER)
                .field("dependentRequired", mapOf(STRINGS))
                .field("if", schema)
                .field("then", schema)
                .field("else", schema)
                .field("dependentSchemas", mapOf(schema))
                .field("prefixItems", listOf(schema))
                .field("items", schema)
                .field("contains", schema)
                .field("patternProperties", mapOf(schema))
                .field("additionalProperties", schema)
                .field("propertyNames", schema)
                .field("unevaluatedItems", schema)
                .field("unevaluatedProperties", schema)
                .field("contentEncoding", STRING)
                .field("contentMediaType", STRING)
                .field("contentSchema", schema)
                .field("examples", listOf(ANY))
                .field("example", ANY)
                .field("nullable", BOOLEAN)
                .build();
    }

    /** The keywords both versions share. */
    private static ObjectShape.Builder common(ObjectShape.Builder builder, Shape schema) {
        return builder
                .field("title", STRING)
                .field("description", STRING)
                .field("multipleOf", NUMBER)
                .field("maximum", NUMBER)
                .field("minimum", NUMBER)
                .field("maxLength", INTEGER)
                .field("minLength", INTEGER)
                .field("pattern", STRING)
                .field("maxItems", INTEGER)
                .field("minItems", INTEGER)
                .field("uniqueItems", BOOLEAN)
                .field("maxProperties", INTEGER)
                .field("minProperties", INTEGER)
                .field("required", STRINGS)
                .field("enum", listOf(ANY))
                .field("allOf", listOf(schema))
                .field("oneOf", listOf(schema))
                .field("anyOf", listOf(schema))
                .field("not", schema)
                .field("properties", mapOf(schema))
                .field("format", STRING)
                .field("default", ANY)
                .field("discriminator", named("Discriminator"))
                .field("readOnly", BOOLEAN)
                .field("writeOnly", BOOLEAN)
                .field("xml", named("XML"))
                .field("externalDocs", named("ExternalDocumentation"))
                .field("deprecated", BOOLEAN);
    }

    static ObjectShape discriminator() {
        return ObjectShape.named("Discriminator")
                .required("propertyName", STRING)
                .field("mapping", mapOf(STRING))
                .build();
    }

    static ObjectShape xml() {
        return ObjectShape.named("XML")
                .field("name", STRING)
                .field("namespace", STRING)
                .field("prefix", STRING)
                .field("attribute", BOOLEAN)
                .field("wrapped", BOOLEAN)
                .build();
    }
}
