package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a {@link StreamReader} knows of the response it reads.
 *
 * @param operationId the spec's operationId, for messages
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param deviations takes the deviations from the spec found in part of the body: passed to the
 *     client's deviation listener in tolerant mode, refused with an {@link ApiException} in strict mode
 */
public record StreamContext(String operationId, int statusCode, HttpHeaders headers, Consumer<List<Deviation>> deviations) {
}
