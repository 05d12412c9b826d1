package dev.oasis.generator.build;

import dev.oasis.generator.model.ValueSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Intersects {@link ValueSet}s. {@link #of} is JSON Schema's reading, where both sets apply (as in
 * {@code allOf}). {@link #naturalAnd} keeps the payloads a branch's own producers write (objects with
 * only the properties the branch declares, or any property when it declares {@code additionalProperties})
 * that also pass a test: what the union analysis asks of each pair of branches. The empty set is an
 * {@link ValueSet.Either} without options.
 */
final class Intersections {

    private static final ValueSet ANYTHING = new ValueSet.Anything();

    private final boolean naturalLeft;

    private Intersections(boolean naturalLeft) {
        this.naturalLeft = naturalLeft;
    }

    /** The values in both sets. */
    static ValueSet of(ValueSet a, ValueSet b) {
        return new Intersections(false).intersect(a, b);
    }

    /** The payloads {@code natural}'s producers write that are also in {@code test}. */
    static ValueSet naturalAnd(ValueSet natural, ValueSet test) {
        return new Intersections(true).intersect(natural, test);
    }

    /** True for the empty set. */
    static boolean isEmpty(ValueSet values) {
        return values instanceof ValueSet.Either either && either.options().stream().allMatch(Intersections::isEmpty);
    }

    private ValueSet intersect(ValueSet a, ValueSet b) {
        if (b instanceof ValueSet.Anything) {
            return a;
        }
        if (a instanceof ValueSet.Anything) {
            return b;
        }
        if (a instanceof ValueSet.Either either) {
            return either(either.options().stream().map(option -> intersect(option, b)).toList());
        }
        if (b instanceof ValueSet.Either either) {
            return either(either.options().stream().map(option -> intersect(a, option)).toList());
        }
        if (a instanceof ValueSet.Nulls && b instanceof ValueSet.Nulls) {
            return a;
        }
        if (a instanceof ValueSet.Booleans x && b instanceof ValueSet.Booleans y) {
            return x.value().isPresent() && y.value().isPresent() && !x.value().equals(y.value())
                    ? ValueSets.nothing() : new ValueSet.Booleans(x.value().or(y::value));
        }
        if (a instanceof ValueSet.Numbers x && b instanceof ValueSet.Numbers y) {
            return ScalarSets.numbers(x, y);
        }
        if (a instanceof ValueSet.Texts x && b instanceof ValueSet.Texts y) {
            return ScalarSets.texts(x, y);
        }
        if (a instanceof ValueSet.Arrays x && b instanceof ValueSet.Arrays y) {
            return arrays(x, y);
        }
        if (a instanceof ValueSet.Objects x && b instanceof ValueSet.Objects y) {
            return objects(x, y);
        }
        return ValueSets.nothing();
    }

    private ValueSet arrays(ValueSet.Arrays a, ValueSet.Arrays b) {
        ValueSet items = intersect(a.items(), b.items());
        int min = Math.max(a.minItems(), b.minItems());
        var max = a.maxItems().isEmpty() ? b.maxItems()
                : b.maxItems().isEmpty() ? a.maxItems() : java.util.OptionalInt.of(Math.min(a.maxItems().getAsInt(), b.maxItems().getAsInt()));
        if (isEmpty(items)) {
            max = java.util.OptionalInt.of(0);
        }
        if (max.isPresent() && min > max.getAsInt()) {
            return ValueSets.nothing();
        }
        return new ValueSet.Arrays(items, min, max);
    }

    private ValueSet objects(ValueSet.Objects a, ValueSet.Objects b) {
        Set<String> names = new LinkedHashSet<>(a.properties().keySet());
        names.addAll(b.properties().keySet());
        Set<String> required = new LinkedHashSet<>(a.required());
        required.addAll(b.required());
        names.addAll(required);
        Map<String, ValueSet> properties = new LinkedHashMap<>();
        for (String name : names) {
            ValueSet value = intersect(valueOf(a, name, naturalLeft), valueOf(b, name, false));
            if (isEmpty(value) && required.contains(name)) {
                return ValueSets.nothing();
            }
            properties.put(name, value);
        }
        Optional<ValueSet> additional;
        if (naturalLeft) {
            additional = a.additional().map(extras -> intersect(extras, extrasOf(b)));
        } else if (a.additional().isPresent() && b.additional().isPresent()) {
            additional = Optional.of(intersect(a.additional().get(), b.additional().get()));
        } else {
            additional = a.additional().map(extras -> b.closed() ? ValueSets.nothing() : extras)
                    .or(() -> b.additional().map(extras -> a.closed() ? ValueSets.nothing() : extras));
        }
        boolean closed = naturalLeft ? a.additional().isEmpty() || b.closed() : a.closed() || b.closed();
        return new ValueSet.Objects(properties, List.copyOf(required), additional, closed);
    }

    /**
     * What the value of a property is in an object set: its declared value, else the declared extras,
     * else nothing for a closed set (or a natural one, whose producers write only what it declares),
     * else anything.
     */
    static ValueSet valueOf(ValueSet.Objects objects, String name, boolean natural) {
        ValueSet declared = objects.properties().get(name);
        if (declared != null) {
            return declared;
        }
        if (objects.additional().isPresent()) {
            return objects.additional().get();
        }
        return objects.closed() || natural ? ValueSets.nothing() : ANYTHING;
    }

    private static ValueSet extrasOf(ValueSet.Objects objects) {
        return objects.additional().orElse(objects.closed() ? ValueSets.nothing() : ANYTHING);
    }

    private static ValueSet either(List<ValueSet> options) {
        List<ValueSet> kept = new ArrayList<>();
        for (ValueSet option : options) {
            if (option instanceof ValueSet.Either nested) {
                nested.options().stream().filter(o -> !isEmpty(o)).forEach(kept::add);
            } else if (!isEmpty(option)) {
                kept.add(option);
            }
        }
        return kept.size() == 1 ? kept.get(0) : new ValueSet.Either(kept);
    }
}
