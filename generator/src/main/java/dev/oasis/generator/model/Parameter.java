package dev.oasis.generator.model;

import dev.oasis.runtime.ApiRequest.Style;

/**
 * An operation parameter.
 *
 * @param name the parameter name on the wire
 * @param location where it travels
 * @param required whether the caller must give it (path parameters always are)
 * @param type the resolved type
 * @param description the description, or empty
 * @param style the serialization style, defaulted per location: the runtime's own constant, so the two cannot drift
 * @param explode whether arrays and objects explode into repeated parameters
 * @param deprecated whether the parameter is deprecated
 * @param origin where the parameter is defined
 */
public record Parameter(
        String name,
        ParameterLocation location,
        boolean required,
        TypeRef type,
        String description,
        Style style,
        boolean explode,
        boolean deprecated,
        Origin origin) {
}
