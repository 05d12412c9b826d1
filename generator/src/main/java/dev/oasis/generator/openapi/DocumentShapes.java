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
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The objects of an OpenAPI 3.0 or 3.1 document other than the Schema Object, field by field as
 * the specification lists them. {@code required} marks fields generated code depends on,
 * {@code expected} fields the specification requires but generated code can do without.
 */
final class DocumentShapes {

    /** The HTTP methods a Path Item Object holds operations for. */
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static final Pattern COMPONENT_NAME = Pattern.compile("[a-zA-Z0-9.\\-_]+");

    private final boolean v31;

    DocumentShapes(boolean v31) {
        this.v31 = v31;
    }

    List<ObjectShape> objects() {
        return List.of(openApi(), info(), contact(), license(), server(), serverVariable(), components(), paths(),
                pathItem(), operation(), externalDocs(), parameter(), requestBody(), mediaType(), encoding(), responses(),
                response(), callback(), example(), link(), header(), tag(), securityScheme(), oauthFlows(), oauthFlow(),
                discriminator(), xml());
    }

    private ObjectShape openApi() {
        ObjectShape.Builder root = ObjectShape.named("OpenAPI")
                .required("openapi", STRING)
                .expected("info", named("Info"))
                .field("servers", listOf(named("Server")))
                .field("components", named("Components"))
                .field("security", listOf(mapOf(STRINGS)))
                .field("tags", listOf(named("Tag")))
                .field("externalDocs", named("ExternalDocumentation"));
        if (v31) {
            root.field("jsonSchemaDialect", STRING).field("paths", named("Paths")).field("webhooks", mapOfRefOr("PathItem"));
        } else {
            root.expected("paths", named("Paths"));
        }
        return root.build();
    }

    private ObjectShape info() {
        ObjectShape.Builder info = ObjectShape.named("Info")
                .expected("title", STRING)
                .field("description", STRING)
                .field("termsOfService", STRING)
                .field("contact", named("Contact"))
                .field("license", named("License"))
                .expected("version", STRING);
        if (v31) {
            info.field("summary", STRING);
        }
        return info.build();
    }

    private ObjectShape contact() {
        return ObjectShape.named("Contact").field("name", STRING).field("url", STRING).field("email", STRING).build();
    }

    private ObjectShape license() {
        ObjectShape.Builder license = ObjectShape.named("License").expected("name", STRING).field("url", STRING);
        if (v31) {
            license.field("identifier", STRING);
        }
        return license.build();
    }

    private ObjectShape server() {
        return ObjectShape.named("Server")
                .required("url", STRING)
                .field("description", STRING)
                .field("variables", mapOf(named("ServerVariable")))
                .build();
    }

    private ObjectShape serverVariable() {
        return ObjectShape.named("ServerVariable")
                .field("enum", STRINGS)
                .required("default", STRING)
                .field("description", STRING)
                .build();
    }

    private ObjectShape components() {
        ObjectShape.Builder components = ObjectShape.named("Components")
                .field("schemas", new MapShape(SchemaShapes.schema(v31), Optional.of(COMPONENT_NAME)))
                .field("responses", mapOfRefOr("Response", COMPONENT_NAME))
                .field("parameters", mapOfRefOr("Parameter", COMPONENT_NAME))
                .field("examples", mapOfRefOr("Example", COMPONENT_NAME))
                .field("requestBodies", mapOfRefOr("RequestBody", COMPONENT_NAME))
                .field("headers", mapOfRefOr("Header", COMPONENT_NAME))
                .field("securitySchemes", mapOfRefOr("SecurityScheme", COMPONENT_NAME))
                .field("links", mapOfRefOr("Link", COMPONENT_NAME))
                .field("callbacks", mapOfRefOr("Callback", COMPONENT_NAME));
        if (v31) {
            components.field("pathItems", mapOfRefOr("PathItem", COMPONENT_NAME));
        }
        return components.build();
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

    private ObjectShape externalDocs() {
        return ObjectShape.named("ExternalDocumentation").field("description", STRING).expected("url", STRING).build();
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

    /** The fields a parameter and a header share. */
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

    private ObjectShape tag() {
        return ObjectShape.named("Tag")
                .expected("name", STRING)
                .field("description", STRING)
                .field("externalDocs", named("ExternalDocumentation"))
                .build();
    }

    private ObjectShape securityScheme() {
        List<String> types = v31 ? List.of("apiKey", "http", "mutualTLS", "oauth2", "openIdConnect")
                : List.of("apiKey", "http", "oauth2", "openIdConnect");
        return ObjectShape.named("SecurityScheme")
                .required("type", oneOf(types.toArray(String[]::new)))
                .field("description", STRING)
                .field("name", STRING)
                .field("in", oneOf("query", "header", "cookie"))
                .field("scheme", STRING)
                .field("bearerFormat", STRING)
                .field("flows", named("OAuthFlows"))
                .field("openIdConnectUrl", STRING)
                .build();
    }

    private ObjectShape oauthFlows() {
        return ObjectShape.named("OAuthFlows")
                .field("implicit", named("OAuthFlow"))
                .field("password", named("OAuthFlow"))
                .field("clientCredentials", named("OAuthFlow"))
                .field("authorizationCode", named("OAuthFlow"))
                .build();
    }

    private ObjectShape oauthFlow() {
        return ObjectShape.named("OAuthFlow")
                .field("authorizationUrl", STRING)
                .field("tokenUrl", STRING)
                .field("refreshUrl", STRING)
                .expected("scopes", mapOf(STRING))
                .build();
    }

    private ObjectShape discriminator() {
        return ObjectShape.named("Discriminator")
                .required("propertyName", STRING)
                .field("mapping", mapOf(STRING))
                .build();
    }

    private ObjectShape xml() {
        return ObjectShape.named("XML")
                .field("name", STRING)
                .field("namespace", STRING)
                .field("prefix", STRING)
                .field("attribute", BOOLEAN)
                .field("wrapped", BOOLEAN)
                .build();
    }
}
