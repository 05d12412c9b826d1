package dev.oasis.generator.openapi;

/**
 * What a node of an OpenAPI document must be at one place in it: pure data, from which the
 * tables of {@link ShapeTable} are built and against which documents are walked and checked.
 */
public sealed interface Shape permits AnyShape, ScalarShape, ListShape, MapShape, ObjectShape, ReferenceOr, EitherShape,
        NamedShape {

    /** How messages name what was expected, such as {@code a string} or {@code a Parameter Object}. */
    String describe();
}
