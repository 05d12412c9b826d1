package dev.oasis.runtime;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The caller's code around the attempts of one {@link Call}: each attempt after the first is
 * prepared again (request interceptors see it, token suppliers are asked), response interceptors see
 * every response, and a 401 to a supplied token asks for a refreshed one, once per call, when the
 * request's body can be sent again.
 */
final class AttemptHooks {

    private final RequestPreparer preparer;
    private final Interceptors interceptors;
    private final Failures failures;
    private final ApiRequest request;
    private final boolean repeatable;
    private volatile RequestPreparer.Prepared current;
    private volatile long sentAt;
    private boolean refreshed;

    AttemptHooks(RequestPreparer preparer, Interceptors interceptors, Failures failures, ApiRequest request, RequestPreparer.Prepared first) {
        this.preparer = preparer;
        this.interceptors = interceptors;
        this.failures = failures;
        this.request = request;
        this.repeatable = request.body() == null || request.body().repeatable();
        this.current = first;
    }

    /** @return the attempt prepared last */
    HttpRequest current() {
        return current.http();
    }

    /**
     * Prepares the next attempt.
     *
     * @param attempt its number, from 2
     * @param refresh whether token suppliers are asked for a new token
     * @return the request to send
     * @throws ApiException when an interceptor or a token supplier fails, or a header cannot be sent
     */
    HttpRequest next(int attempt, boolean refresh) {
        try {
            current = preparer.prepare(request, attempt, refresh);
        } catch (IllegalArgumentException e) {
            throw failures.failed(request, "could not be sent again: " + e.getMessage(), e);
        }
        return current.http();
    }

    /** Notes that an attempt is being sent, for the duration response interceptors see. */
    void sending() {
        sentAt = System.nanoTime();
    }

    /**
     * Runs the response interceptors.
     *
     * @param response the response of the attempt prepared last
     * @throws ApiException when one fails
     */
    void responded(HttpResponse<?> response) {
        try {
            interceptors.afterResponse(current.outgoing(), new ResponseInfo(response.statusCode(), response.headers(),
                    Duration.ofNanos(System.nanoTime() - sentAt)));
        } catch (HookFailure e) {
            throw failures.failed(request, e.getMessage(), e.getCause());
        }
    }

    /**
     * Whether a response asks for the call to be sent again with a refreshed token: a 401 to a
     * supplied token, the first in this call, for a request whose body can be sent again.
     */
    boolean refreshes(HttpResponse<?> response) {
        if (response.statusCode() != 401 || !current.suppliedToken() || refreshed || !repeatable) {
            return false;
        }
        refreshed = true;
        return true;
    }

    /** @return whether the request's body can be sent again: false when it is streamed from an {@code InputStream} */
    boolean repeatable() {
        return repeatable;
    }
}
