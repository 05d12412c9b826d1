package dev.oasis.generator.model;

import dev.oasis.generator.model.Constraints.Bound;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A set of JSON values, described by the facets the generator reasons about and the generated reader
 * tests cheaply: token kinds, listed values ({@code enum}, {@code const}), patterns, formats, lengths,
 * ranges, array items, and the properties of objects. The build stage derives one from each union
 * branch's schema to decide how payloads are told apart; the test a generated reader runs for a
 * branch is one too.
 */
public sealed interface ValueSet {

    /** Every JSON value. */
    record Anything() implements ValueSet {
    }

    /** JSON null. */
    record Nulls() implements ValueSet {
    }

    /**
     * {@code true} and {@code false}, or one of them.
     *
     * @param value the one value allowed, if only one is
     */
    record Booleans(Optional<Boolean> value) implements ValueSet {
    }

    /**
     * Numbers.
     *
     * @param integer whether only numbers written without fraction or exponent belong
     * @param values the numbers listed by {@code enum} or {@code const}; empty for any
     * @param minimum the lower bound, if any
     * @param maximum the upper bound, if any
     */
    record Numbers(boolean integer, List<BigDecimal> values, Optional<Bound> minimum, Optional<Bound> maximum)
            implements ValueSet {

        public Numbers {
            values = List.copyOf(values);
        }
    }

    /**
     * Strings.
     *
     * @param values the strings listed by {@code enum} or {@code const}; empty for any
     * @param patterns the patterns a string matches, all of them
     * @param format the format a string has, if one that tells texts apart
     * @param minLength the fewest characters (code points)
     * @param maxLength the most characters, if limited
     */
    record Texts(List<String> values, List<TextPattern> patterns, Optional<TextFormat> format, int minLength,
            OptionalInt maxLength) implements ValueSet {

        public Texts {
            values = List.copyOf(values);
            patterns = List.copyOf(patterns);
        }

        /** Any string. */
        public static Texts any() {
            return new Texts(List.of(), List.of(), Optional.empty(), 0, OptionalInt.empty());
        }
    }

    /**
     * Arrays.
     *
     * @param items what every item is
     * @param minItems the fewest items
     * @param maxItems the most items, if limited
     */
    record Arrays(ValueSet items, int minItems, OptionalInt maxItems) implements ValueSet {
    }

    /**
     * Objects.
     *
     * @param properties the declared properties and what their values are, in spec order
     * @param required the properties an object must have
     * @param additional what the values of undeclared properties are, when the schema declares
     *     them ({@code additionalProperties} with a schema or {@code true})
     * @param closed whether undeclared properties are forbidden ({@code additionalProperties: false}
     *     or {@code unevaluatedProperties: false}); when neither this nor {@code additional} is set,
     *     undeclared properties are tolerated but belong to no value the schema describes
     */
    record Objects(Map<String, ValueSet> properties, List<String> required, Optional<ValueSet> additional, boolean closed)
            implements ValueSet {

        public Objects {
            properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
            required = List.copyOf(required);
        }
    }

    /**
     * The values of any of several sets, such as the branches of a nested union or the types of a type list.
     *
     * @param options the sets
     */
    record Either(List<ValueSet> options) implements ValueSet {

        public Either {
            options = List.copyOf(options);
        }
    }
}
