package dev.oasis.generator.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The validation keywords of a schema: what the generated reader checks about a value (a value that
 * breaks one is kept and reported as a deviation) and what Bean Validation annotations say about a
 * property. Each is empty when the schema does not say it.
 *
 * @param minLength {@code minLength} of a string
 * @param maxLength {@code maxLength} of a string
 * @param pattern {@code pattern} of a string
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
     * @param regex the regular expression as the spec writes it (ECMA-262, which may match anywhere in the value)
     * @param origin where the keyword stands, for diagnostics
     * @param java the same expression in {@code java.util.regex} syntax, matching the same texts; empty
     *     when it has no certain translation (the build stage warned about it, and the reader does not check it)
     */
    public record Pattern(String regex, Origin origin, Optional<String> java) {
    }

    /**
     * A bound of a number.
     *
     * @param value the bound
     * @param exclusive whether the bound itself is excluded
     */
    public record Bound(BigDecimal value, boolean exclusive) {
    }

    /** True when the reader checks nothing. */
    public boolean isEmpty() {
        return !constrainsText() && !constrainsNumbers() && !constrainsItems();
    }

    /** True when the reader checks a string: a length, or a pattern it can check. */
    public boolean constrainsText() {
        return minLength.isPresent() || maxLength.isPresent() || pattern.flatMap(Pattern::java).isPresent();
    }

    /** True when the reader checks a number's range. */
    public boolean constrainsNumbers() {
        return minimum.isPresent() || maximum.isPresent();
    }

    /** True when the reader checks the number of an array's items. */
    public boolean constrainsItems() {
        return minItems.isPresent() || maxItems.isPresent();
    }

    /** These constraints with every one {@code more} sets in place of this one's. */
    public Constraints with(Constraints more) {
        return new Constraints(more.minLength.isPresent() ? more.minLength : minLength,
                more.maxLength.isPresent() ? more.maxLength : maxLength, more.pattern.or(() -> pattern),
                more.minimum.or(() -> minimum), more.maximum.or(() -> maximum),
                more.minItems.isPresent() ? more.minItems : minItems, more.maxItems.isPresent() ? more.maxItems : maxItems);
    }

    /** Only the string constraints. */
    public Constraints ofText() {
        return new Constraints(minLength, maxLength, pattern, Optional.empty(), Optional.empty(), OptionalLong.empty(),
                OptionalLong.empty());
    }

    /** Only the number constraints. */
    public Constraints ofNumbers() {
        return new Constraints(OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), minimum, maximum,
                OptionalLong.empty(), OptionalLong.empty());
    }

    /** Only the array constraints. */
    public Constraints ofItems() {
        return new Constraints(OptionalLong.empty(), OptionalLong.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), minItems, maxItems);
    }
}
