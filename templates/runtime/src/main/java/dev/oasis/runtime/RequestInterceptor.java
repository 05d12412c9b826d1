package dev.oasis.runtime;

/**
 * Sees and changes every request just before it is sent, credentials included: to add a header,
 * to sign the request (method, URI, headers and, when held in memory, the body), to record it.
 * Runs once per attempt, so a retried request is seen (and can be signed) again. Whatever it
 * throws fails the call with an {@link ApiException} that names the exception's class only: its
 * message, which might hold a secret, is withheld, and its stack trace is kept.
 */
@FunctionalInterface
public interface RequestInterceptor {

    /**
     * Called before each attempt.
     *
     * @param request the request about to be sent; its headers can be changed
     * @throws Exception to fail the call
     */
    void beforeSend(OutgoingRequest request) throws Exception;
}
