package dev.oasis.generator.model;

import java.util.Optional;

/**
 * One declared response of an operation.
 *
 * @param status the status code ({@code 200}), a range ({@code 4XX}) or {@code default}
 * @param description the description, or empty
 * @param body the body, if the response declares content
 */
public record Response(String status, String description, Optional<Body> body) {

    /** True for 2xx codes and the {@code 2XX} range. */
    public boolean isSuccess() {
        return status.startsWith("2");
    }
}
