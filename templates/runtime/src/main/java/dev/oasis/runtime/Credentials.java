package dev.oasis.runtime;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The credentials of a client by security scheme: where each travels, and which texts must never
 * appear in a message.
 */
final class Credentials {

    private final Map<String, Credential> bySchemes;

    Credentials(Map<String, Credential> bySchemes) {
        this.bySchemes = Map.copyOf(bySchemes);
    }

    /**
     * Adds the credentials of the first security alternative whose schemes all have one; none when
     * no alternative is complete (the server then answers 401).
     *
     * @param security the operation's alternatives, each a list of scheme names used together
     * @param http the request to add headers to
     * @param query the encoded query pairs to add to
     * @param cookies the cookie pairs to add to
     */
    void apply(List<List<String>> security, HttpRequest.Builder http, List<String> query, List<String> cookies) {
        for (List<String> alternative : security) {
            if (!bySchemes.keySet().containsAll(alternative)) {
                continue;
            }
            for (String scheme : alternative) {
                Credential credential = bySchemes.get(scheme);
                switch (credential.location()) {
                    case HEADER:
                        http.header(credential.name(), ParameterStyles.checkedHeaderValue(credential.name(), credential.value()));
                        break;
                    case QUERY:
                        query.add(ParameterStyles.percentEncode(credential.name()) + "=" + ParameterStyles.percentEncode(credential.value()));
                        break;
                    case COOKIE:
                        cookies.add(credential.name() + "=" + ParameterStyles.percentEncode(credential.value()));
                        break;
                    default:
                        throw new IllegalStateException("credentials cannot travel in the path");
                }
            }
            return;
        }
    }

    /**
     * Replaces every secret text in a message with {@code ****}.
     *
     * @param text the message
     * @return the message without secrets
     */
    String redact(String text) {
        String redacted = text;
        for (Credential credential : bySchemes.values()) {
            for (String secret : credential.secrets()) {
                redacted = redacted.replace(secret, "****");
            }
        }
        return redacted;
    }

    /**
     * An API key sent as it is.
     *
     * @param location where it travels: header, query or cookie
     * @param name the header, query parameter or cookie name
     * @param key the key; never printed
     * @return the credential
     */
    static Credential apiKey(ApiRequest.Location location, String name, String key) {
        return Credential.of(location, name, Objects.requireNonNull(key, "key"));
    }

    /**
     * A bearer token (HTTP bearer, OAuth2 access token) sent in the Authorization header.
     *
     * @param token the token; never printed
     * @return the credential
     */
    static Credential bearer(String token) {
        return Credential.of(ApiRequest.Location.HEADER, "Authorization", "Bearer " + Objects.requireNonNull(token, "token"),
                token);
    }

    /**
     * HTTP basic authentication: user name and password, UTF-8 and base64, in the Authorization header.
     *
     * @param username the user name
     * @param password the password; never printed
     * @return the credential
     */
    static Credential basic(String username, String password) {
        String pair = Objects.requireNonNull(username, "username") + ":" + Objects.requireNonNull(password, "password");
        String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        return Credential.of(ApiRequest.Location.HEADER, "Authorization", "Basic " + encoded, encoded, password);
    }

    /** @return the names of the schemes that have a credential, sorted */
    List<String> schemes() {
        return bySchemes.keySet().stream().sorted().toList();
    }

    /**
     * Where and under which name a credential travels; its value is never printed.
     *
     * @param location where it travels
     * @param name the header, query parameter or cookie name
     * @param value the value as sent
     * @param secrets the non-empty secret texts the value is made of, plain and percent-encoded
     */
    record Credential(ApiRequest.Location location, String name, String value, List<String> secrets) {

        /**
         * A credential whose value and the given parts of it are secret.
         *
         * @param location where it travels
         * @param name the header, query parameter or cookie name
         * @param value the value as sent
         * @param parts secret parts of the value, such as the token inside {@code Bearer <token>}
         * @return the credential
         */
        static Credential of(ApiRequest.Location location, String name, String value, String... parts) {
            List<String> all = new ArrayList<>(List.of(parts));
            all.add(value);
            Set<String> secrets = new LinkedHashSet<>();
            for (String secret : all) {
                if (!secret.isEmpty()) {
                    secrets.add(secret);
                    secrets.add(ParameterStyles.percentEncode(secret));
                }
            }
            return new Credential(location, name, value, List.copyOf(secrets));
        }

        @Override
        public String toString() {
            return "Credential[" + location + " " + name + "=****]";
        }
    }
}
