package dev.oasis.generator.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The validation keywords of a property's schema: what Bean Validation annotations can say about
 * its value. Each is empty when the schema does not say it.
 *
 * @param minLength {@code minLength} of a string
 * @param maxLength {@code maxLength} of a string
 * @param pattern {@code pattern} of a string, as the spec writes it (a regular expression that may
 *     match anywhere in the value)
 * @param minimum {@code minimum}, or {@code exclusiveMinimum}, of a number
 * @param maximum {@code maximum}, or {@code exclusiveMaximum}, of a number
 * @param minItems {@code minItems} of an array
 * @param maxItems {@code maxItems} of an array
 */
public record Constraints(
        OptionalLong minLength,
        OptionalLong maxLength,
        Optional<Pattern> pattern,
        Optional<Bound> minimum,
        Optional<Bound> maximum,
        OptionalLong minItems,
        OptionalLong maxItems) {

    /** A schema that constrains nothing. */
    public static final Constraints NONE = new Constraints(OptionalLong.empty(), OptionalLong.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty());

    /**
     * A {@code pattern} keyword.
     *
     * @param regex the regular expression as the spec writes it
     * @param origin where the keyword stands, for diagnostics
     */
    public record Pattern(String regex, Origin origin) {
    }

    /**
     * A bound of a number.
     *
     * @param value the bound
     * @param exclusive whether the bound itself is excluded
     */
    public record Bound(BigDecimal value, boolean exclusive) {
    }
}
