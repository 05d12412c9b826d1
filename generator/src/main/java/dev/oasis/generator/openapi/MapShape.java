package dev.oasis.generator.openapi;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mapping from names the spec's author chooses to values of one shape, such as
 * {@code components/schemas} or a schema's {@code properties}. Its keys are names, never references.
 *
 * @param values the shape of every value
 * @param keyPattern the pattern keys should match, if any
 */
public record MapShape(Shape values, Optional<Pattern> keyPattern) implements Shape {

    /** A mapping whose keys may be any text. */
    public MapShape(Shape values) {
        this(values, Optional.empty());
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
