package dev.oasis.generator.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The value constraints of a scalar or array schema that the generated reader checks:
 * {@code pattern}, {@code minLength}/{@code maxLength}, {@code minimum}/{@code maximum} (each
 * inclusive or exclusive) and {@code minItems}/{@code maxItems}. A value that breaks one is kept and
 * reported as a deviation.
 *
 * @param pattern the pattern strings must match, if any
 * @param minLength the fewest characters (Unicode code points) a string may have; 0 for no limit
 * @param maxLength the most characters a string may have, if limited
 * @param minimum the lower bound of numbers, if any
 * @param maximum the upper bound of numbers, if any
 * @param minItems the fewest items an array may have; 0 for no limit
 * @param maxItems the most items an array may have, if limited
 */
public record Constraints(Optional<TextPattern> pattern, int minLength, OptionalInt maxLength, Optional<Bound> minimum,
        Optional<Bound> maximum, int minItems, OptionalInt maxItems) {

    /** No constraint. */
    public static final Constraints NONE = new Constraints(Optional.empty(), 0, OptionalInt.empty(), Optional.empty(),
            Optional.empty(), 0, OptionalInt.empty());

    /**
     * A bound of numbers.
     *
     * @param value the bound
     * @param exclusive whether the bound itself is outside the range
     */
    public record Bound(BigDecimal value, boolean exclusive) {
    }

    /** True when nothing is constrained. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** True when a string constraint is set. */
    public boolean constrainsText() {
        return pattern.isPresent() || minLength > 0 || maxLength.isPresent();
    }

    /** True when a number constraint is set. */
    public boolean constrainsNumbers() {
        return minimum.isPresent() || maximum.isPresent();
    }

    /** True when an array constraint is set. */
    public boolean constrainsItems() {
        return minItems > 0 || maxItems.isPresent();
    }
}
