package dev.oasis.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The credentials of a client by security scheme: where each travels, and which texts must never
 * appear in a message.
 */
final class Credentials {

    /** How many tokens handed out by suppliers are remembered, so that messages can leave them out. */
    private static final int REMEMBERED_TOKENS = 16;

    private final Map<String, Credential> bySchemes;
    private final Map<String, TokenSupplier> tokenSuppliers;
    private final Set<String> suppliedTokens = new LinkedHashSet<>();

    Credentials(Map<String, Credential> bySchemes) {
        this(bySchemes, Map.of());
    }

    /**
     * @param bySchemes fixed credentials by security scheme
     * @param tokenSuppliers bearer token suppliers by security scheme, asked on every call
     */
    Credentials(Map<String, Credential> bySchemes, Map<String, TokenSupplier> tokenSuppliers) {
        this.bySchemes = Map.copyOf(bySchemes);
        this.tokenSuppliers = Map.copyOf(tokenSuppliers);
    }

    /**
     * Adds the credentials of the first security alternative whose schemes all have one; none when
     * no alternative is complete (the server then answers 401).
     *
     * @param security the operation's alternatives, each a list of scheme names used together
     * @param headers receives header names and values
     * @param query the encoded query pairs to add to
     * @param cookies the cookie pairs to add to
     * @param refresh whether token suppliers are asked for a new token, the last one having been refused
     * @return whether a token supplier was asked, so that a 401 may be answered by refreshing
     * @throws HookFailure when a token supplier fails
     */
    boolean apply(List<List<String>> security, BiConsumer<String, String> headers, List<String> query, List<String> cookies,
            boolean refresh) {
        for (List<String> alternative : security) {
            if (!alternative.stream().allMatch(scheme -> bySchemes.containsKey(scheme) || tokenSuppliers.containsKey(scheme))) {
                continue;
            }
            boolean supplied = false;
            for (String scheme : alternative) {
                Credential credential = bySchemes.get(scheme);
                if (credential == null) {
                    credential = supplied(scheme, refresh);
                    supplied = true;
                }
                switch (credential.location()) {
                    case HEADER:
                        headers.accept(credential.name(), ParameterStyles.checkedHeaderValue(credential.name(), credential.value()));
                        break;
                    case QUERY:
                        query.add(ParameterStyles.percentEncode(credential.name()) + "=" + ParameterStyles.percentEncode(credential.value()));
                        break;
                    case COOKIE:
                        cookies.add(credential.name() + "=" + ParameterStyles.percentEncode(credential.value()));
                        break;
                    default:
                        throw new IllegalStateException("credentials travel in a header, the query or a cookie");
                }
            }
            return supplied;
        }
        return false;
    }

    /** A bearer credential from a scheme's token supplier; the token is remembered for {@link #redact}. */
    private Credential supplied(String scheme, boolean refresh) {
        String token;
        try {
            token = tokenSuppliers.get(scheme).token(refresh);
        } catch (Exception e) {
            throw new HookFailure("the token supplier of security scheme '" + scheme + "'", e);
        }
        if (token == null || token.isEmpty()) {
            throw new HookFailure("the token supplier of security scheme '" + scheme + "'",
                    new IllegalStateException("no token"));
        }
        Credential credential = bearer(token);
        synchronized (suppliedTokens) {
            suppliedTokens.remove(token);
            suppliedTokens.add(token);
            while (suppliedTokens.size() > REMEMBERED_TOKENS) {
                suppliedTokens.remove(suppliedTokens.iterator().next());
            }
        }
        return credential;
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
        List<String> tokens;
        synchronized (suppliedTokens) {
            tokens = List.copyOf(suppliedTokens);
        }
        for (String token : tokens) {
            redacted = redacted.replace(token, "****").replace(ParameterStyles.percentEncode(token), "****");
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

    /** @return the names of the schemes that have a credential or a token supplier, sorted */
    List<String> schemes() {
        return Stream.concat(bySchemes.keySet().stream(), tokenSuppliers.keySet().stream()).sorted().toList();
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
