package dev.oasis.runtime;

/** How responses that deviate from the spec are treated. */
public enum ReadMode {

    /**
     * Return the response with nothing lost and report each deviation with its JSON pointer through
     * {@link ApiResponse#deviations()} and the client's deviation listener.
     */
    TOLERANT,

    /** Refuse the response with one {@link ApiException} listing every deviation. */
    STRICT
}
