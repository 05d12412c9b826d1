package dev.oasis.generator.openapi;

/**
 * An object shape named instead of written out, so that the tables can be recursive (a schema's
 * properties are schemas); {@link ShapeTable#resolve} looks it up.
 *
 * @param name the object's name, such as {@code Schema}
 */
public record NamedShape(String name) implements Shape {

    @Override
    public String describe() {
        return ObjectShape.describe(name);
    }
}
