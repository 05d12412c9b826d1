package dev.oasis.generator.model;

/**
 * A security scheme from {@code components.securitySchemes}.
 *
 * @param key the scheme's key in the spec, as security requirements name it
 * @param kind what the scheme is
 * @param parameterName for API keys, the header, query parameter or cookie name; empty otherwise
 * @param location for API keys, where the key travels; null otherwise
 * @param environmentVariable the environment variable the credential defaults to ({@code x-env-name}), or empty
 * @param description the description, or empty
 */
public record SecurityScheme(
        String key,
        Kind kind,
        String parameterName,
        ParameterLocation location,
        String environmentVariable,
        String description) {

    /** The kinds of scheme the client supports. */
    public enum Kind {
        /** {@code type: apiKey}. */
        API_KEY,
        /** {@code type: http, scheme: bearer}. */
        BEARER,
        /** {@code type: http, scheme: basic}. */
        BASIC,
        /** {@code type: oauth2} or {@code openIdConnect}: an access token sent as a bearer token. */
        OAUTH2
    }
}
