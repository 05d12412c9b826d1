package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * A successful response: status, headers, the typed body and where the body deviated from the spec.
 *
 * @param <T> the body type
 * @param statusCode the HTTP status code
 * @param headers the response headers
 * @param body the parsed body, or null when the response has none
 * @param deviations where the body differs from the spec; empty when it matches
 */
public record ApiResponse<T>(int statusCode, HttpHeaders headers, T body, List<Deviation> deviations) {

    public ApiResponse {
        deviations = List.copyOf(deviations);
    }

    /**
     * The status, the header names, the body's type and the number of deviations; not the values,
     * which may echo a credential.
     */
    @Override
    public String toString() {
        return "ApiResponse[statusCode=" + statusCode + ", headers=" + headers.map().keySet() + ", body="
                + (body == null ? "none" : body.getClass().getSimpleName()) + ", deviations=" + deviations.size() + "]";
    }
}
