package dev.oasis.generator.build;

import dev.oasis.generator.model.Constraints;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a schema's validation keywords: {@code minLength}, {@code maxLength}, {@code pattern}
 * (translated to Java once, through {@link Patterns}), {@code minimum}, {@code maximum},
 * {@code exclusiveMinimum}, {@code exclusiveMaximum} (a flag in OpenAPI 3.0, a number in 3.1),
 * {@code minItems} and {@code maxItems}. For a property, its own schema wins over the schema it refers to.
 */
final class ConstraintRule {

    private final Patterns patterns;

    ConstraintRule(Patterns patterns) {
        this.patterns = patterns;
    }

    /** The constraints of a property whose schema is {@code own}, referring to {@code target}; either may be null. */
    Constraints of(SpecMap own, SpecMap target) {
        return new Constraints(count(own, target, "minLength"), count(own, target, "maxLength"),
                keyword(own, target, "pattern").filter(s -> s.value() instanceof String).map(patterns::of),
                bound(own, target, "minimum", "exclusiveMinimum"), bound(own, target, "maximum", "exclusiveMaximum"),
                count(own, target, "minItems"), count(own, target, "maxItems"));
    }

    /** The constraints of one schema. */
    Constraints of(SpecMap schema) {
        return of(schema, null);
    }

    /** A number bound of one schema: its exclusive bound if it has a numeric one, else its inclusive one (with 3.0's flag). */
    static Optional<Constraints.Bound> bound(SpecMap schema, String key, String exclusiveKey) {
        return bound(schema, null, key, exclusiveKey);
    }

    private static Optional<SpecScalar> keyword(SpecMap own, SpecMap target, String key) {
        Optional<SpecScalar> value = own == null ? Optional.empty() : own.scalar(key).filter(s -> !s.isNull());
        return value.isPresent() || target == null ? value : target.scalar(key).filter(s -> !s.isNull());
    }

    private static OptionalLong count(SpecMap own, SpecMap target, String key) {
        Optional<BigDecimal> number = keyword(own, target, key).flatMap(ConstraintRule::number);
        if (number.isEmpty() || number.get().signum() < 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(number.get().longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    private static Optional<Constraints.Bound> bound(SpecMap own, SpecMap target, String key, String exclusiveKey) {
        Optional<SpecScalar> exclusive = keyword(own, target, exclusiveKey);
        Optional<BigDecimal> exclusiveValue = exclusive.flatMap(ConstraintRule::number);
        if (exclusiveValue.isPresent()) {
            return Optional.of(new Constraints.Bound(exclusiveValue.get(), true));
        }
        boolean excluded = exclusive.map(s -> Boolean.TRUE.equals(s.value())).orElse(false);
        return keyword(own, target, key).flatMap(ConstraintRule::number).map(value -> new Constraints.Bound(value, excluded));
    }

    private static Optional<BigDecimal> number(SpecScalar scalar) {
        Object value = scalar.value();
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof BigInteger integer) {
            return Optional.of(new BigDecimal(integer));
        }
        if (value instanceof Long || value instanceof Integer) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? Optional.of(new BigDecimal(Double.toString(number))) : Optional.empty();
        }
        return Optional.empty();
    }
}
