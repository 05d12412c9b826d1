package dev.oasis.generator;

/** How the generated client reads responses unless the caller chooses otherwise. */
public enum ReadMode {
    /** Responses that deviate from the spec are returned, each deviation reported. */
    TOLERANT,
    /** Responses that deviate from the spec are refused with one exception listing every deviation. */
    STRICT
}
