package dev.oasis.generator.build;

import dev.oasis.generator.model.Constraints;
import dev.oasis.generator.model.Constraints.Bound;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecScalar;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the value constraints the generated reader checks: {@code pattern}, {@code minLength},
 * {@code maxLength}, {@code minimum}, {@code maximum}, {@code exclusiveMinimum} and
 * {@code exclusiveMaximum} (OpenAPI 3.0's flags and OpenAPI 3.1's numbers), {@code minItems} and
 * {@code maxItems}.
 */
final class ConstraintRule {

    private final Patterns patterns;

    ConstraintRule(Patterns patterns) {
        this.patterns = patterns;
    }

    /** The constraints of a string schema. */
    Constraints text(SpecMap schema) {
        return new Constraints(patterns.of(schema), count(schema, "minLength").orElse(0), count(schema, "maxLength"),
                Optional.empty(), Optional.empty(), 0, OptionalInt.empty());
    }

    /** The constraints of a number or integer schema. */
    Constraints number(SpecMap schema) {
        return new Constraints(Optional.empty(), 0, OptionalInt.empty(), bound(schema, "minimum", "exclusiveMinimum"),
                bound(schema, "maximum", "exclusiveMaximum"), 0, OptionalInt.empty());
    }

    /** The constraints of an array schema. */
    Constraints array(SpecMap schema) {
        return new Constraints(Optional.empty(), 0, OptionalInt.empty(), Optional.empty(), Optional.empty(),
                count(schema, "minItems").orElse(0), count(schema, "maxItems"));
    }

    /** The tighter of {@code inclusive} (with 3.0's boolean {@code exclusive} flag) and 3.1's numeric {@code exclusive}. */
    static Optional<Bound> bound(SpecMap schema, String inclusive, String exclusive) {
        Optional<BigDecimal> limit = number(schema, inclusive);
        boolean flag = schema.flag(exclusive, false);
        Optional<Bound> declared = limit.map(value -> new Bound(value, flag));
        Optional<BigDecimal> exclusiveLimit = number(schema, exclusive);
        if (exclusiveLimit.isEmpty()) {
            return declared;
        }
        Bound strict = new Bound(exclusiveLimit.get(), true);
        if (declared.isEmpty()) {
            return Optional.of(strict);
        }
        int order = exclusiveLimit.get().compareTo(declared.get().value());
        boolean lower = inclusive.equals("minimum");
        return Optional.of((lower ? order >= 0 : order <= 0) ? strict : declared.get());
    }

    static Optional<BigDecimal> number(SpecMap schema, String key) {
        return schema.scalar(key).map(SpecScalar::value).filter(Number.class::isInstance)
                .map(value -> new BigDecimal(value.toString()));
    }

    static OptionalInt count(SpecMap schema, String key) {
        Optional<BigDecimal> value = number(schema, key);
        if (value.isEmpty() || value.get().signum() < 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.get().min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue());
    }
}
