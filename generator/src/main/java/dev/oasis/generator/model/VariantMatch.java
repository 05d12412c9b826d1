package dev.oasis.generator.model;

import dev.oasis.runtime.json.Unions.Kind;
import java.util.List;

/**
 * How a payload is recognised as one subtype of a discriminated hierarchy, fixed at generation time
 * (a union branch has a {@link ValueSet} test instead).
 * A payload matches when it starts with the token {@code kind}, and, when given, its
 * {@code discriminatorProperty} is a string among {@code discriminatorValues}, and it has every
 * property in {@code requiredProperties}.
 *
 * @param kind the JSON token kind the payload must start with
 * @param discriminatorProperty the property whose string value tells the branch, or empty for none
 * @param discriminatorValues the values of {@code discriminatorProperty} that select this branch; empty for none
 * @param requiredProperties properties the payload must hold
 */
public record VariantMatch(Kind kind, String discriminatorProperty, List<String> discriminatorValues,
        List<String> requiredProperties) {

    public VariantMatch {
        discriminatorValues = List.copyOf(discriminatorValues);
        requiredProperties = List.copyOf(requiredProperties);
    }

    /** Matches an object by discriminator values. */
    public static VariantMatch byDiscriminator(String property, List<String> values, List<String> required) {
        return new VariantMatch(Kind.OBJECT, property, values, required);
    }

    /** True when a discriminator decides. */
    public boolean hasDiscriminator() {
        return !discriminatorValues.isEmpty();
    }
}
