package dev.oasis.generator.render;

import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.SecurityScheme;
import dev.oasis.generator.model.Server;
import dev.oasis.generator.refine.JavaIdentifiers;
import dev.oasis.generator.refine.NameAllocator;
import dev.oasis.generator.render.model.ClientVars;
import dev.oasis.generator.render.model.ProjectVars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the template data of the client runtime: servers and security schemes. */
final class ClientVarsFactory {

    private static final Set<String> BUILDER_METHODS = Set.of(
            "baseUrl", "server", "serverVariable", "httpClient", "build", "connectTimeout", "requestTimeout",
            "readMode", "userAgent", "header", "retryPolicy", "enableUnstableOperations", "deviationListener");

    private ClientVarsFactory() {
    }

    static ClientVars client(ProjectVars project, ApiModel model) {
        List<ClientVars.ServerVars> servers = new ArrayList<>();
        for (int i = 0; i < model.servers().size(); i++) {
            servers.add(server(model.servers().get(i), i == model.servers().size() - 1));
        }
        NameAllocator methods = new NameAllocator().reserve(BUILDER_METHODS);
        List<ClientVars.SchemeVars> apiKeys = new ArrayList<>();
        List<ClientVars.SchemeVars> bearer = new ArrayList<>();
        List<ClientVars.SchemeVars> basic = new ArrayList<>();
        List<ClientVars.SchemeVars> oauth = new ArrayList<>();
        for (SecurityScheme scheme : model.securitySchemes()) {
            ClientVars.SchemeVars vars = new ClientVars.SchemeVars(
                    JavaText.literal(scheme.key()),
                    methods.allocate(JavaIdentifiers.camel(scheme.key())),
                    JavaText.literal(scheme.parameterName()),
                    scheme.location() == null ? "HEADER" : scheme.location().name(),
                    scheme.environmentVariable().isEmpty() ? List.of() : List.of(JavaText.literal(scheme.environmentVariable())),
                    JavaText.docLines(scheme.description()));
            switch (scheme.kind()) {
                case API_KEY -> apiKeys.add(vars);
                case BEARER -> bearer.add(vars);
                case BASIC -> basic.add(vars);
                case OAUTH2 -> oauth.add(vars);
            }
        }
        String unstable = model.operations().stream().filter(Operation::unstable)
                .map(operation -> JavaText.literal(operation.operationId()))
                .collect(Collectors.joining(", ", "List.of(", ")"));
        return new ClientVars(project, JavaText.literal(userAgent(project)), unstable, servers, apiKeys, bearer, basic, oauth);
    }

    /**
     * {@code <title>-java-client/<spec version> oasis/<generator version>}: the title in lower case with
     * runs of other characters than letters, digits and dots made one {@code -}, versions with
     * other characters than letters, digits, {@code . _ -} made {@code _}.
     */
    static String userAgent(ProjectVars project) {
        String name = project.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        String version = version(project.specVersion());
        return (name.isEmpty() ? "openapi" : name) + "-java-client/" + (version.isEmpty() ? "0" : version)
                + " oasis/" + version(project.generatorVersion());
    }

    private static String version(String text) {
        return text.trim().replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    private static ClientVars.ServerVars server(Server server, boolean last) {
        List<ClientVars.VariableVars> variables = new ArrayList<>();
        for (int i = 0; i < server.variables().size(); i++) {
            Server.Variable v = server.variables().get(i);
            variables.add(new ClientVars.VariableVars(JavaText.literal(v.name()), JavaText.literal(v.defaultValue()),
                    v.allowed().stream().map(JavaText::literal).collect(Collectors.joining(", ", "List.of(", ")")),
                    i == server.variables().size() - 1));
        }
        return new ClientVars.ServerVars(JavaText.literal(server.url()), JavaText.docLines(server.description()),
                variables, last);
    }
}
