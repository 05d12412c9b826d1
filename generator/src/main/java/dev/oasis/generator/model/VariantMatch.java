package dev.oasis.generator.model;

import java.util.List;

/**
 * How a payload is recognised as one union variant, fixed at generation time.
 *
 * @param kind the JSON token kind the payload must start with
 * @param discriminatorValues when not empty, the payload must be an object whose discriminator
 *     property holds one of these values
 * @param requiredProperties the payload must be an object holding all of these properties
 */
public record VariantMatch(JsonKind kind, List<String> discriminatorValues, List<String> requiredProperties) {

    /** Matches by token kind alone. */
    public static VariantMatch byKind(JsonKind kind) {
        return new VariantMatch(kind, List.of(), List.of());
    }
}
