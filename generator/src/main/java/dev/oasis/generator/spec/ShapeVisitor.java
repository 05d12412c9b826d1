package dev.oasis.generator.spec;

import dev.oasis.generator.openapi.MapShape;
import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.openapi.ReferenceOr;
import dev.oasis.generator.openapi.ScalarShape;
import dev.oasis.generator.openapi.Shape;

/**
 * Told about the nodes of a spec as {@link SpecSet#walk} reaches them, each with the shape OpenAPI
 * gives its place. Every method does nothing unless overridden.
 */
public interface ShapeVisitor {

    /** A mapping read as an OpenAPI object, such as a Parameter Object; each is visited once per shape. */
    default void object(SpecMap node, ObjectShape shape) {
    }

    /** A key that is neither a field of the object, nor one of its patterned fields, nor an allowed extension. */
    default void unknownField(SpecMap owner, String key, ObjectShape shape) {
    }

    /** A node of the wrong kind: a scalar where a mapping belongs, a string where a boolean does, and so on. */
    default void mismatch(SpecNode node, Shape expected) {
    }

    /** A scalar of the right kind whose value is not one of those allowed. */
    default void disallowed(SpecScalar node, ScalarShape shape) {
    }

    /** A key of a mapping that does not match the pattern its names should follow. */
    default void badKey(SpecMap owner, String key, MapShape shape) {
    }

    /** A Reference Object, before the walk goes on to its target. */
    default void reference(SpecMap site, ReferenceOr shape) {
    }
}
