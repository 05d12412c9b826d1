package dev.oasis.runtime;

/**
 * Sees the status and headers of every response as it arrives, before its body is read (retried
 * responses and refused credentials included): to record metrics or log. Whatever it throws fails
 * the call with an {@link ApiException} that names the exception's class only, its message withheld.
 */
@FunctionalInterface
public interface ResponseInterceptor {

    /**
     * Called after each attempt that got a response.
     *
     * @param request the request as it was sent
     * @param response its status, headers and how long the attempt took
     * @throws Exception to fail the call
     */
    void afterResponse(OutgoingRequest request, ResponseInfo response) throws Exception;
}
