package dev.oasis.runtime;

import java.io.IOException;

/** A response body longer than the client's limit, as received or once decompressed; the rest was not read. */
final class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;
    private final boolean inflated;

    /**
     * Creates the exception.
     *
     * @param limit the limit in bytes
     * @param inflated whether the limit was exceeded while decompressing rather than receiving
     */
    BodyTooLargeException(long limit, boolean inflated) {
        super((inflated ? "the decompressed body" : "the body") + " exceeds the limit of " + limit + " bytes");
        this.limit = limit;
        this.inflated = inflated;
    }

    /** @return the limit in bytes */
    long limit() {
        return limit;
    }

    /** @return whether the limit was exceeded while decompressing */
    boolean inflated() {
        return inflated;
    }
}
