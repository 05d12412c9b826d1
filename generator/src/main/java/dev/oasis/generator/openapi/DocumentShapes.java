package dev.oasis.generator.openapi;

import static dev.oasis.generator.openapi.Shapes.STRING;
import static dev.oasis.generator.openapi.Shapes.STRINGS;
import static dev.oasis.generator.openapi.Shapes.listOf;
import static dev.oasis.generator.openapi.Shapes.mapOf;
import static dev.oasis.generator.openapi.Shapes.mapOfRefOr;
import static dev.oasis.generator.openapi.Shapes.named;
import static dev.oasis.generator.openapi.Shapes.oneOf;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The objects of an OpenAPI 3.0 or 3.1 document around its operations and schemas (the document,
 * its info, servers, components, tags and security schemes), field by field as the specification
 * lists them. {@code required} marks fields generated code depends on,
 * {@code expected} fields the specification requires but generated code can do without.
 */
final class DocumentShapes {

    private static final Pattern COMPONENT_NAME = Pattern.compile("[a-zA-Z0-9.\\-_]+");

    private final boolean v31;

    DocumentShapes(boolean v31) {
        this.v31 = v31;
    }

    List<ObjectShape> objects() {
        return List.of(openApi(), info(), contact(), license(), server(), serverVariable(), components(), externalDocs(),
                tag(), securityScheme(), oauthFlows(), oauthFlow());
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

    private ObjectShape externalDocs() {
        return ObjectShape.named("ExternalDocumentation").field("description", STRING).expected("url", STRING).build();
    }

    /** The fields a parameter and a header share. */
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
}
