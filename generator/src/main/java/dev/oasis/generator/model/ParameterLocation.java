package dev.oasis.generator.model;

/** Where an operation parameter travels ({@code in}). */
public enum ParameterLocation {
    /** A segment of the URL path. */
    PATH,
    /** The URL query string. */
    QUERY,
    /** A request header. */
    HEADER,
    /** A cookie. */
    COOKIE
}
