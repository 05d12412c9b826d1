package dev.oasis.generator.render;

import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.SecurityScheme;
import dev.oasis.generator.model.Server;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.render.model.ClientVars;
import dev.oasis.generator.render.model.ProjectVars;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the template data of the client runtime: servers and security schemes. */
final class ClientVarsFactory {

    private ClientVarsFactory() {
    }

    static ClientVars client(ProjectVars project, ApiModel model, JavaNames names) {
        List<ClientVars.ServerVars> servers = model.servers().stream().map(ClientVarsFactory::server).toList();
        List<ClientVars.EnvironmentDefault> environment = new ArrayList<>();
        List<ClientVars.SchemeVars> apiKeys = new ArrayList<>();
        List<ClientVars.SchemeVars> bearer = new ArrayList<>();
        List<ClientVars.SchemeVars> basic = new ArrayList<>();
        List<ClientVars.SchemeVars> oauth = new ArrayList<>();
        for (SecurityScheme scheme : model.securitySchemes()) {
            ClientVars.SchemeVars vars = new ClientVars.SchemeVars(
                    JavaText.literal(scheme.key()),
                    names.credentialSetterName(scheme),
                    JavaText.literal(scheme.parameterName()),
                    scheme.location() == null ? "HEADER" : scheme.location().name(),
                    JavaText.docLines(scheme.description()));
            switch (scheme.kind()) {
                case API_KEY -> apiKeys.add(vars);
                case BEARER -> bearer.add(vars);
                case BASIC -> basic.add(vars);
                case OAUTH2 -> oauth.add(vars);
            }
            if (!scheme.environmentVariable().isEmpty() && scheme.kind() != SecurityScheme.Kind.BASIC) {
                environment.add(new ClientVars.EnvironmentDefault(JavaText.literal(scheme.environmentVariable()), vars.methodName()));
            }
        }
        List<String> unstable = model.operations().stream().filter(Operation::unstable)
                .map(operation -> JavaText.literal(operation.operationId())).toList();
        return new ClientVars(project, JavaText.literal(userAgent(project)), unstable, servers, environment,
                apiKeys, bearer, basic, oauth);
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

    private static ClientVars.ServerVars server(Server server) {
        List<ClientVars.VariableVars> variables = server.variables().stream()
                .map(v -> new ClientVars.VariableVars(JavaText.literal(v.name()), JavaText.literal(v.defaultValue()),
                        v.allowed().stream().map(JavaText::literal).toList()))
                .toList();
        return new ClientVars.ServerVars(JavaText.literal(server.url()), JavaText.docLines(server.description()), variables);
    }
}
