package dev.oasis.generator.openapi;

/**
 * A list whose every item has one shape.
 *
 * @param items the shape of each item
 */
public record ListShape(Shape items) implements Shape {

    @Override
    public String describe() {
        return items instanceof ScalarShape scalar && scalar.allowed().isEmpty()
                ? "a list of " + plural(scalar.kind())
                : "a list";
    }

    private static String plural(ScalarShape.Kind kind) {
        return switch (kind) {
            case STRING -> "strings";
            case BOOLEAN -> "booleans";
            case INTEGER -> "integers";
            case NUMBER -> "numbers";
        };
    }
}
