package dev.oasis.generator.openapi;

import dev.oasis.generator.openapi.ScalarShape.Kind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Short names for the shapes the tables are written with. */
final class Shapes {

    static final Shape STRING = new ScalarShape(Kind.STRING, List.of());
    static final Shape BOOLEAN = new ScalarShape(Kind.BOOLEAN, List.of());
    static final Shape INTEGER = new ScalarShape(Kind.INTEGER, List.of());
    static final Shape NUMBER = new ScalarShape(Kind.NUMBER, List.of());
    static final Shape ANY = AnyShape.ANY;
    static final Shape STRINGS = new ListShape(STRING);

    private Shapes() {
    }

    /** A string that must be one of {@code values}. */
    static Shape oneOf(String... values) {
        return new ScalarShape(Kind.STRING, List.of(values));
    }

    static Shape named(String name) {
        return new NamedShape(name);
    }

    static Shape listOf(Shape items) {
        return new ListShape(items);
    }

    static Shape mapOf(Shape values) {
        return new MapShape(values);
    }

    /** The named object, or a Reference Object leading to one. */
    static Shape refOr(String name) {
        return new ReferenceOr(named(name), true);
    }

    /** A mapping of names to the named object or references to it, the names matching {@code keys}. */
    static Shape mapOfRefOr(String name, Pattern keys) {
        return new MapShape(refOr(name), Optional.of(keys));
    }

    static Shape mapOfRefOr(String name) {
        return new MapShape(refOr(name));
    }
}
