package dev.oasis.generator.openapi;

import java.util.List;

/**
 * A string, boolean, integer or number, optionally one of a fixed set of values.
 *
 * @param kind the kind of scalar
 * @param allowed the values allowed, in the order hints list them; empty for any value of the kind
 */
public record ScalarShape(Kind kind, List<String> allowed) implements Shape {

    /** The kinds of scalar an OpenAPI field can hold. */
    public enum Kind {
        /** Text. */
        STRING("a string"),
        /** {@code true} or {@code false}. */
        BOOLEAN("a boolean"),
        /** A whole number. */
        INTEGER("an integer"),
        /** Any number. */
        NUMBER("a number");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** How messages name the kind, such as {@code a string}. */
        public String description() {
            return description;
        }
    }

    public ScalarShape {
        allowed = List.copyOf(allowed);
    }

    @Override
    public String describe() {
        return allowed.isEmpty() ? kind.description() : "one of " + String.join(", ", allowed);
    }
}
