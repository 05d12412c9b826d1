package dev.oasis.generator.model;

/** The type of a property, parameter, item or body, as the model builder resolved it. */
public sealed interface TypeRef {

    /** A scalar such as a string, an int64 or a date-time. */
    record Scalar(ScalarKind kind) implements TypeRef {
    }

    /** A named type: an object, enum or union defined once and referred to by name. */
    record Named(TypeDefinition definition) implements TypeRef {
    }

    /** A JSON array. */
    record ListOf(TypeRef items) implements TypeRef {
    }

    /** A JSON object used as a map from string keys to values of one type. */
    record MapOf(TypeRef values) implements TypeRef {
    }

    /** Any JSON value, kept as it came. */
    record Any() implements TypeRef {
    }
}
