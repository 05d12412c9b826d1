package dev.oasis.generator.openapi;

/**
 * A place where the spec allows a Reference Object ({@code $ref}) instead of the object itself.
 *
 * @param target the shape of the object, and of what the reference must lead to
 * @param standard false for a place where OpenAPI allows no reference but tools commonly resolve
 *     one anyway (an operation written as {@code get: {$ref: ...}})
 */
public record ReferenceOr(Shape target, boolean standard) implements Shape {

    @Override
    public String describe() {
        return target.describe() + " or a Reference Object";
    }
}
