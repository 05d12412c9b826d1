package dev.oasis.generator.openapi;

/**
 * One fixed field of an object.
 *
 * @param shape what its value must be
 * @param presence whether the spec requires it, and what its absence costs
 */
public record Field(Shape shape, Presence presence) {

    /** Whether a field must be present. */
    public enum Presence {
        /** The field may be left out. */
        OPTIONAL,
        /** The spec requires the field, and generated code would be wrong without it. */
        REQUIRED,
        /** The spec requires the field, but generated code does not depend on it. */
        EXPECTED
    }
}
