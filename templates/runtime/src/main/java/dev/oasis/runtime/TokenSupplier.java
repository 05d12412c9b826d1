package dev.oasis.runtime;

/**
 * Supplies a bearer or OAuth2 access token that expires: asked before every call (it may hand out
 * a cached token), and asked again with {@code refresh} set when the server refused the token with
 * 401, after which the call is sent once more. Its tokens are kept out of every message the client
 * writes; whatever it throws fails the call with an {@link ApiException} naming the exception's
 * class only.
 */
@FunctionalInterface
public interface TokenSupplier {

    /**
     * The token to send.
     *
     * @param refresh true when the server refused the token last handed out: return a new one
     * @return the token, without the {@code Bearer } prefix
     * @throws Exception when no token can be had; the call fails
     */
    String token(boolean refresh) throws Exception;
}
