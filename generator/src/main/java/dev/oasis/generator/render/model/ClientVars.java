package dev.oasis.generator.render.model;

import java.util.List;

/**
 * The data of {@code client.mustache}, the spec-specific part of the client ({@code ApiClient}:
 * servers, security schemes, defaults); the rest of the runtime is copied, not rendered. Also what
 * {@code once} extra templates get.
 *
 * @param project project-wide values
 * @param userAgentLiteral the default User-Agent without the Java version, as a Java string literal
 * @param unstableOperationLiterals the operationIds marked {@code x-unstable}, each as a Java string literal
 * @param servers the spec's servers in order; the first is the default
 * @param environmentDefaults the credentials read from environment variables ({@code x-env-name}), in scheme order
 * @param apiKeySchemes security schemes of type apiKey
 * @param bearerSchemes security schemes of type http bearer
 * @param basicSchemes security schemes of type http basic
 * @param oauthSchemes security schemes of type oauth2 or openIdConnect
 */
public record ClientVars(
        ProjectVars project,
        String userAgentLiteral,
        List<String> unstableOperationLiterals,
        List<ServerVars> servers,
        List<EnvironmentDefault> environmentDefaults,
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
     */
    public record ServerVars(String urlLiteral, List<String> docLines, List<VariableVars> variables) {
    }

    /**
     * A server variable.
     *
     * @param nameLiteral the variable name as a Java string literal
     * @param defaultLiteral the default value as a Java string literal
     * @param allowedLiterals the allowed values, each as a Java string literal; empty when any value goes
     */
    public record VariableVars(String nameLiteral, String defaultLiteral, List<String> allowedLiterals) {
    }

    /**
     * A credential the client builder reads from an environment variable unless set otherwise.
     *
     * @param variableLiteral the environment variable's name as a Java string literal
     * @param methodName the builder method that sets the credential
     */
    public record EnvironmentDefault(String variableLiteral, String methodName) {
    }

    /**
     * A security scheme.
     *
     * @param keyLiteral the scheme's key in the spec as a Java string literal
     * @param methodName the builder method that sets the credential, such as {@code apiKeyAuth}
     * @param parameterLiteral for API keys, the header, query or cookie name as a Java string literal
     * @param location for API keys, {@code HEADER}, {@code QUERY} or {@code COOKIE}
     * @param docLines the description as escaped Javadoc lines
     */
    public record SchemeVars(String keyLiteral, String methodName, String parameterLiteral, String location,
            List<String> docLines) {
    }
}
