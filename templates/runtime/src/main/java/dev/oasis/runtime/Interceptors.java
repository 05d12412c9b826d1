package dev.oasis.runtime;

import java.util.List;

/**
 * The caller's interceptors, run in the order they were added; whatever they throw becomes a
 * {@link HookFailure}, its messages withheld.
 *
 * @param requestInterceptors run before each attempt
 * @param responseInterceptors run after each attempt that got a response
 */
record Interceptors(List<RequestInterceptor> requestInterceptors, List<ResponseInterceptor> responseInterceptors) {

    Interceptors {
        requestInterceptors = List.copyOf(requestInterceptors);
        responseInterceptors = List.copyOf(responseInterceptors);
    }

    /** @return no interceptors */
    static Interceptors none() {
        return new Interceptors(List.of(), List.of());
    }

    void beforeSend(OutgoingRequest request) {
        for (RequestInterceptor interceptor : requestInterceptors) {
            try {
                interceptor.beforeSend(request);
            } catch (Exception e) {
                throw new HookFailure("a request interceptor", e);
            }
        }
    }

    void afterResponse(OutgoingRequest request, ResponseInfo response) {
        for (ResponseInterceptor interceptor : responseInterceptors) {
            try {
                interceptor.afterResponse(request, response);
            } catch (Exception e) {
                throw new HookFailure("a response interceptor", e);
            }
        }
    }

    /** The number of interceptors, never the interceptors themselves. */
    @Override
    public String toString() {
        return "Interceptors[requestInterceptors=" + requestInterceptors.size() + ", responseInterceptors=" + responseInterceptors.size() + "]";
    }
}
