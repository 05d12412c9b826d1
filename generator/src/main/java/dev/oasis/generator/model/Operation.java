package dev.oasis.generator.model;

import java.util.List;
import java.util.Optional;

/**
 * One HTTP operation.
 *
 * @param operationId the spec's operationId, or one derived from method and path
 * @param method the HTTP method in upper case
 * @param path the path template, such as {@code /api/v2/incidents/{incident_id}}
 * @param tag the first tag, which decides the API class; {@code Default} when untagged
 * @param summary the summary, or empty
 * @param description the description, or empty
 * @param parameters the parameters, path-level ones merged in, in spec order
 * @param requestBody the request body, if any
 * @param requestBodyRequired whether the request body is required
 * @param responses the declared responses in spec order
 * @param unstable whether the operation is marked {@code x-unstable}
 * @param deprecated whether the operation is deprecated
 * @param security the security requirements: alternatives, each a list of scheme names used together
 * @param pagination how its results come in pages, if they do
 * @param origin where the operation is defined
 */
public record Operation(
        String operationId,
        String method,
        String path,
        String tag,
        String summary,
        String description,
        List<Parameter> parameters,
        Optional<Body> requestBody,
        boolean requestBodyRequired,
        List<Response> responses,
        boolean unstable,
        boolean deprecated,
        List<List<String>> security,
        Optional<Pagination> pagination,
        Origin origin) {

    /** The first 2xx response, which decides the method's return type. */
    public Optional<Response> successResponse() {
        return responses.stream().filter(Response::isSuccess).findFirst();
    }
}
