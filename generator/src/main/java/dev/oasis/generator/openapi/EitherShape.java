package dev.oasis.generator.openapi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One of several shapes, told apart by the kind of node: a scalar, a list or a mapping. For
 * example {@code additionalProperties} is a boolean or a schema.
 *
 * @param alternatives the shapes, at most one per kind of node
 */
public record EitherShape(List<Shape> alternatives) implements Shape {

    public EitherShape {
        alternatives = List.copyOf(alternatives);
    }

    @Override
    public String describe() {
        return alternatives.stream().map(Shape::describe).collect(Collectors.joining(" or "));
    }
}
