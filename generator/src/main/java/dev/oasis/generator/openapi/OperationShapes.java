package dev.oasis.generator.openapi;

import static dev.oasis.generator.openapi.Shapes.ANY;
import static dev.oasis.generator.openapi.Shapes.BOOLEAN;
import static dev.oasis.generator.openapi.Shapes.STRING;
import static dev.oasis.generator.openapi.Shapes.STRINGS;
import static dev.oasis.generator.openapi.Shapes.listOf;
import static dev.oasis.generator.openapi.Shapes.mapOf;
import static dev.oasis.generator.openapi.Shapes.mapOfRefOr;
import static dev.oasis.generator.openapi.Shapes.named;
import static dev.oasis.generator.openapi.Shapes.oneOf;
import static dev.oasis.generator.openapi.Shapes.refOr;

import java.util.List;

/**
 * The objects of an OpenAPI 3.0 or 3.1 document that describe its operations: paths, path items,
 * operations, parameters, bodies, responses and what they hold, field by field as the
 * specification lists them. {@code required} marks fields generated code depends on,
 * {@code expected} fields the specification requires but generated code can do without.
 */
final class OperationShapes {

    /** The HTTP methods a Path Item Object holds operations for. */
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final boolean v31;

    OperationShapes(boolean v31) {
        this.v31 = v31;
    }

    List<ObjectShape> objects() {
        return List.of(paths(), pathItem(), operation(), parameter(), header(), requestBody(), mediaType(), encoding(),
                responses(), response(), callback(), example(), link());
    }

    private ObjectShape paths() {
        return ObjectShape.named("Paths")
                .patterned("/.*", refOr("PathItem"))
                .keysHint("every path starts with '/', such as '/pets/{petId}'")
                .build();
    }

    private ObjectShape pathItem() {
        ObjectShape.Builder item = ObjectShape.named("PathItem")
                .field("summary", STRING)
                .field("description", STRING)
                .field("servers", listOf(named("Server")))
                .field("parameters", listOf(refOr("Parameter")));
        for (String method : METHODS) {
            item.field(method, new ReferenceOr(named("Operation"), false));
        }
        return item.keysHint("a path item holds the operations get, put, post, delete, options, head, patch and trace")
                .build();
    }

    private ObjectShape operation() {
        ObjectShape.Builder operation = ObjectShape.named("Operation")
                .field("tags", STRINGS)
                .field("summary", STRING)
                .field("description", STRING)
                .field("externalDocs", named("ExternalDocumentation"))
                .field("operationId", STRING)
                .field("parameters", listOf(refOr("Parameter")))
                .field("requestBody", refOr("RequestBody"))
                .field("callbacks", mapOfRefOr("Callback"))
                .field("deprecated", BOOLEAN)
                .field("security", listOf(mapOf(STRINGS)))
                .field("servers", listOf(named("Server")));
        if (v31) {
            operation.field("responses", named("Responses"));
        } else {
            operation.required("responses", named("Responses"));
        }
        return operation.build();
    }

    private ObjectShape parameter() {
        ObjectShape.Builder parameter = ObjectShape.named("Parameter")
                .required("name", STRING)
                .required("in", oneOf("query", "header", "path", "cookie"));
        return serialization(parameter).build();
    }

    private ObjectShape header() {
        return serialization(ObjectShape.named("Header")).build();
    }

    private ObjectShape.Builder serialization(ObjectShape.Builder builder) {
        return builder
                .field("description", STRING)
                .field("required", BOOLEAN)
                .field("deprecated", BOOLEAN)
                .field("allowEmptyValue", BOOLEAN)
                .field("style", oneOf("matrix", "label", "form", "simple", "spaceDelimited", "pipeDelimited", "deepObject"))
                .field("explode", BOOLEAN)
                .field("allowReserved", BOOLEAN)
                .field("schema", SchemaShapes.schema(v31))
                .field("example", ANY)
                .field("examples", mapOfRefOr("Example"))
                .field("content", mapOf(named("MediaType")));
    }

    private ObjectShape requestBody() {
        return ObjectShape.named("RequestBody")
                .field("description", STRING)
                .required("content", mapOf(named("MediaType")))
                .field("required", BOOLEAN)
                .build();
    }

    private ObjectShape mediaType() {
        return ObjectShape.named("MediaType")
                .field("schema", SchemaShapes.schema(v31))
                .field("example", ANY)
                .field("examples", mapOfRefOr("Example"))
                .field("encoding", mapOf(named("Encoding")))
                .build();
    }

    private ObjectShape encoding() {
        return ObjectShape.named("Encoding")
                .field("contentType", STRING)
                .field("headers", mapOfRefOr("Header"))
                .field("style", oneOf("form", "spaceDelimited", "pipeDelimited", "deepObject"))
                .field("explode", BOOLEAN)
                .field("allowReserved", BOOLEAN)
                .build();
    }

    private ObjectShape responses() {
        return ObjectShape.named("Responses")
                .field("default", refOr("Response"))
                .patterned("[1-5](?:[0-9]{2}|XX)", refOr("Response"))
                .keysHint("responses are keyed by HTTP status code, such as '200' or '4XX', or 'default'")
                .build();
    }

    private ObjectShape response() {
        return ObjectShape.named("Response")
                .expected("description", STRING)
                .field("headers", mapOfRefOr("Header"))
                .field("content", mapOf(named("MediaType")))
                .field("links", mapOfRefOr("Link"))
                .build();
    }

    private ObjectShape callback() {
        return ObjectShape.named("Callback").patterned(".*", refOr("PathItem")).build();
    }

    private ObjectShape example() {
        return ObjectShape.named("Example")
                .field("summary", STRING)
                .field("description", STRING)
                .field("value", ANY)
                .field("externalValue", STRING)
                .build();
    }

    private ObjectShape link() {
        return ObjectShape.named("Link")
                .field("operationRef", STRING)
                .field("operationId", STRING)
                .field("parameters", mapOf(ANY))
                .field("requestBody", ANY)
                .field("description", STRING)
                .field("server", named("Server"))
                .build();
    }
}
