package dev.oasis.generator.render.model;

import java.util.List;

/**
 * The data of the runtime templates under {@code runtime/}, rendered once per project.
 *
 * @param project project-wide values
 * @param userAgentLiteral the default User-Agent without the Java version, as a Java string literal
 * @param unstableOperationsLiteral the operationIds marked {@code x-unstable}, as a Java {@code List.of(...)} expression
 * @param servers the spec's servers in order; the first is the default
 * @param apiKeySchemes security schemes of type apiKey
 * @param bearerSchemes security schemes of type http bearer
 * @param basicSchemes security schemes of type http basic
 * @param oauthSchemes security schemes of type oauth2 or openIdConnect
 */
public record ClientVars(
        ProjectVars project,
        String userAgentLiteral,
        String unstableOperationsLiteral,
        List<ServerVars> servers,
        List<SchemeVars> apiKeySchemes,
        List<SchemeVars> bearerSchemes,
        List<SchemeVars> basicSchemes,
        List<SchemeVars> oauthSchemes) {

    /**
     * A server entry.
     *
     * @param urlLiteral the URL template as a Java string literal
     * @param docLines the description as escaped Javadoc lines
     * @param variables the URL template's variables
     * @param last whether this is the last server, for separators
     */
    public record ServerVars(String urlLiteral, List<String> docLines, List<VariableVars> variables, boolean last) {
    }

    /**
     * A server variable.
     *
     * @param nameLiteral the variable name as a Java string literal
     * @param defaultLiteral the default value as a Java string literal
     * @param allowedLiteral the allowed values as a Java {@code List.of(...)} expression; empty list when any value goes
     * @param last whether this is the server's last variable, for separators
     */
    public record VariableVars(String nameLiteral, String defaultLiteral, String allowedLiteral, boolean last) {
    }

    /**
     * A security scheme.
     *
     * @param keyLiteral the scheme's key in the spec as a Java string literal
     * @param methodName the builder method that sets the credential, such as {@code apiKeyAuth}
     * @param parameterLiteral for API keys, the header, query or cookie name as a Java string literal
     * @param location for API keys, {@code HEADER}, {@code QUERY} or {@code COOKIE}
     * @param environmentLiterals the environment variable the credential defaults to ({@code x-env-name}), as a Java
     *     string literal in a list of one; empty when the spec names none
     * @param docLines the description as escaped Javadoc lines
     */
    public record SchemeVars(
            String keyLiteral, String methodName, String parameterLiteral, String location, List<String> environmentLiterals,
            List<String> docLines) {
    }
}
