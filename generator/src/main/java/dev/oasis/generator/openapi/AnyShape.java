package dev.oasis.generator.openapi;

/** Any value at all, never looked into: example values, defaults, enum entries, extensions. */
public record AnyShape() implements Shape {

    /** The one instance. */
    public static final AnyShape ANY = new AnyShape();

    @Override
    public String describe() {
        return "any value";
    }
}
