package dev.oasis.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;

/**
 * What a {@link ResponseInterceptor} learns of a response.
 *
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param elapsed the time from sending the request to the response headers
 */
public record ResponseInfo(int statusCode, HttpHeaders headers, Duration elapsed) {
}
