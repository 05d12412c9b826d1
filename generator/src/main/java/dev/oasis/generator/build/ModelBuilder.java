package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.ParameterLocation;
import dev.oasis.generator.model.SecurityScheme;
import dev.oasis.generator.model.Server;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a loaded spec into an {@link ApiModel}: schemas, operations, servers and security schemes.
 * OpenAPI 3.1's {@code webhooks} and {@code components/pathItems} give models for the schemas they
 * use; only the path items under {@code paths} give client methods.
 */
public final class ModelBuilder {

    private ModelBuilder() {
    }

    /**
     * Builds the model. Problems are reported to {@code diagnostics}; the model is built as far as possible.
     */
    public static ApiModel build(SpecSet specs, Diagnostics diagnostics) {
        return build(specs, diagnostics, TypeMappings.NONE);
    }

    /**
     * Builds the model with the team's own types in place of the schemas and scalar types they map.
     * Problems are reported to {@code diagnostics}; the model is built as far as possible.
     */
    public static ApiModel build(SpecSet specs, Diagnostics diagnostics, TypeMappings mappings) {
        SpecMap root = specs.root();
        SchemaTypes types = new SchemaTypes(specs, diagnostics, mappings);
        SchemaMappingCheck.apply(specs.main().rootMap(), mappings, types, diagnostics);
        root.map("components").flatMap(c -> c.map("schemas")).ifPresent(schemas ->
                schemas.entries().forEach((name, schema) -> types.typeOf(schema, name)));
        List<List<String>> defaultSecurity = root.list("security").map(OperationBuilder::securityRequirements).orElse(List.of());
        OperationBuilder builder = new OperationBuilder(types);
        List<Operation> operations = builder.build(root, defaultSecurity);
        builder.pathItems(root.map("webhooks").orElse(null), defaultSecurity);
        builder.pathItems(root.map("components").flatMap(c -> c.map("pathItems")).orElse(null), defaultSecurity);
        DocumentNotes.report(root, diagnostics);
        types.completeAll();
        SpecMap info = root.map("info").orElse(null);
        return new ApiModel(
                info == null ? "" : info.text("title").orElse(""),
                info == null ? "" : info.text("version").orElse(""),
                info == null ? "" : info.text("description").orElse(""),
                servers(root),
                securitySchemes(specs, root),
                defaultSecurity,
                operations,
                types.definitions());
    }

    private static List<Server> servers(SpecMap root) {
        List<Server> servers = new ArrayList<>();
        for (SpecNode node : root.list("servers").map(SpecList::items).orElse(List.of())) {
            if (!(node instanceof SpecMap server)) {
                continue;
            }
            List<Server.Variable> variables = new ArrayList<>();
            server.map("variables").ifPresent(vars -> vars.entries().forEach((name, value) -> {
                if (value instanceof SpecMap variable) {
                    List<String> allowed = variable.list("enum").map(l -> l.items().stream()
                            .filter(SpecScalar.class::isInstance).map(n -> ((SpecScalar) n).text()).toList()).orElse(List.of());
                    variables.add(new Server.Variable(name, variable.text("default").orElse(""), allowed,
                            variable.text("description").orElse("")));
                }
            }));
            servers.add(new Server(server.text("url").orElse("/"), server.text("description").orElse(""), List.copyOf(variables)));
        }
        if (servers.isEmpty()) {
            servers.add(new Server("/", "", List.of()));
        }
        return servers;
    }

    private static List<SecurityScheme> securitySchemes(SpecSet specs, SpecMap root) {
        List<SecurityScheme> schemes = new ArrayList<>();
        SpecMap declared = root.map("components").flatMap(c -> c.map("securitySchemes")).orElse(null);
        if (declared == null) {
            return schemes;
        }
        for (Map.Entry<String, SpecNode> entry : declared.entries().entrySet()) {
            if (!(specs.resolve(entry.getValue()) instanceof SpecMap scheme)) {
                continue;
            }
            String type = scheme.text("type").orElse("");
            Optional<ParameterLocation> in = ParameterLocation.of(scheme.text("in").orElse("header"));
            String env = scheme.text("x-env-name").orElse("");
            String description = scheme.text("description").orElse("");
            SecurityScheme built = switch (type) {
                case "apiKey" -> in.isEmpty() ? null : new SecurityScheme(entry.getKey(), SecurityScheme.Kind.API_KEY,
                        scheme.text("name").orElse(entry.getKey()), in.get(), env, description);
                case "http" -> new SecurityScheme(entry.getKey(),
                        scheme.text("scheme").orElse("bearer").equalsIgnoreCase("basic")
                                ? SecurityScheme.Kind.BASIC : SecurityScheme.Kind.BEARER,
                        "", null, env, description);
                case "oauth2", "openIdConnect" -> new SecurityScheme(entry.getKey(), SecurityScheme.Kind.OAUTH2,
                        "", null, env, description);
                default -> null;
            };
            if (built != null) {
                schemes.add(built);
            }
        }
        return schemes;
    }
}
