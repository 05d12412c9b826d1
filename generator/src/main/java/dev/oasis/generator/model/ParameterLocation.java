package dev.oasis.generator.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an operation parameter travels ({@code in}). */
public enum ParameterLocation {
    /** A segment of the URL path. */
    PATH,
    /** The URL query string. */
    QUERY,
    /** A request header. */
    HEADER,
    /** A cookie. */
    COOKIE;

    /** The location an OpenAPI {@code in} value names, such as {@code query}; empty for any other text. */
    public static Optional<ParameterLocation> of(String in) {
        return Arrays.stream(values()).filter(location -> location.name().toLowerCase(Locale.ROOT).equals(in)).findFirst();
    }
}
