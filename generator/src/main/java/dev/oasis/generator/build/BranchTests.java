package dev.oasis.generator.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oasis.generator.model.ValueSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides the test of each union branch: its JSON token kind, then, for each other branch whose
 * payloads would still pass, the first facet of the branch that keeps them out, in this order:
 * a property with listed values ({@code enum}, {@code const}: an explicit or implicit discriminator,
 * used where present and required where the branch requires it), a required property, being closed
 * to undeclared properties, a property's kind, the facets of a property's value or of the items
 * (a nested discriminator, items of another kind), and last the absence of a property only the
 * other branch declares; then listed values, format, pattern, length and range of scalars. A facet
 * that keeps only some of the other branch's payloads out is taken when nothing keeps all of them
 * out and it keeps out their typical or their rich one, or else their deep one (every property of
 * every object in it, so that what tells them apart inside an optional property counts). Every facet
 * is something each payload of the branch has, so no payload of the branch fails its own test. A test holds what tells the branch
 * apart and, for an object branch that no discriminator tells apart, its required properties; a
 * payload that breaks the rest of the schema is still read as the branch and the difference reported.
 */
final class BranchTests {

    /** How many levels of properties and items a test looks into. */
    private static final int DEPTH = 4;

    /** How many facets are tried against one other branch before the search settles for what it found. */
    private static final int TRIES = 400;

    /** How many facets at most are added against one other branch whose payloads they only partly keep out. */
    private static final int ROUNDS = 3;

    private BranchTests() {
    }

    /** The test of each branch, in the order of {@code branches}. */
    static List<ValueSet> of(List<ValueSet> branches) {
        List<ValueSet> tests = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            ValueSet branch = branches.get(i);
            ValueSet test = kindOf(branch);
            for (int j = 0; j < branches.size(); j++) {
                ValueSet other = branches.get(j);
                if (j == i || excludes(test, other)) {
                    continue;
                }
                test = narrowed(test, branch, other);
            }
            tests.add(withRequired(test, branch));
        }
        return tests;
    }

    /**
     * An object branch that no listed value tells apart (no discriminator, explicit or implicit) is
     * also tested for all its required properties, as JSON Schema reads it: an object without them
     * matches no branch, rather than being read as this one with every property missing.
     */
    private static ValueSet withRequired(ValueSet test, ValueSet branch) {
        if (!(branch instanceof ValueSet.Objects objects) || objects.required().isEmpty()
                || test instanceof ValueSet.Objects tested && tested.properties().values().stream().anyMatch(BranchTests::isListed)) {
            return test;
        }
        return Intersections.of(test, new ValueSet.Objects(Map.of(), objects.required(), Optional.empty(), false));
    }

    /**
     * The test narrowed by the first facet of the branch that keeps all of {@code other}'s payloads
     * out; failing that, by the first that keeps out {@code other}'s typical payload (when its smallest
     * one, such as {@code []} or {@code {}}, belongs to both), and so on for the typical payload of
     * what is left, a few times over.
     */
    private static ValueSet narrowed(ValueSet test, ValueSet branch, ValueSet other) {
        ValueSet narrowed = test;
        for (int round = 0; round < ROUNDS && !excludes(narrowed, other); round++) {
            ValueSet left = Intersections.naturalAnd(other, narrowed);
            List<JsonNode> payloads = new ArrayList<>();
            Samples.typical(left).ifPresent(payloads::add);
            Samples.rich(left).filter(rich -> !payloads.contains(rich)).ifPresent(payloads::add);
            Samples.deep(left).filter(deep -> !payloads.contains(deep)).ifPresent(payloads::add);
            ValueSet[] fallbacks = new ValueSet[payloads.size()];
            int tries = 0;
            for (Iterator<ValueSet> facets = facets(branch, other, DEPTH).iterator(); facets.hasNext() && tries++ < TRIES;) {
                ValueSet candidate = Intersections.of(narrowed, facets.next());
                if (excludes(candidate, other)) {
                    return candidate;
                }
                for (int i = 0; i < payloads.size(); i++) {
                    if (fallbacks[i] == null && !Acceptance.accepts(candidate, payloads.get(i), false)) {
                        fallbacks[i] = candidate;
                    }
                }
            }
            ValueSet fallback = java.util.Arrays.stream(fallbacks).filter(f -> f != null).findFirst().orElse(null);
            if (fallback == null) {
                break;
            }
            narrowed = fallback;
        }
        return narrowed;
    }

    /** True when no payload {@code other}'s producers write passes {@code test}, as far as the analysis can tell. */
    static boolean excludes(ValueSet test, ValueSet other) {
        return Intersections.isEmpty(Intersections.naturalAnd(other, test));
    }

    /** The kinds of token the set's values start with, and nothing more. */
    static ValueSet kindOf(ValueSet values) {
        if (values instanceof ValueSet.Numbers numbers) {
            return new ValueSet.Numbers(numbers.integer(), List.of(), Optional.empty(), Optional.empty());
        }
        if (values instanceof ValueSet.Texts) {
            return ValueSet.Texts.any();
        }
        if (values instanceof ValueSet.Booleans) {
            return new ValueSet.Booleans(Optional.empty());
        }
        if (values instanceof ValueSet.Arrays) {
            return new ValueSet.Arrays(new ValueSet.Anything(), 0, java.util.OptionalInt.empty());
        }
        if (values instanceof ValueSet.Objects) {
            return new ValueSet.Objects(Map.of(), List.of(), Optional.empty(), false);
        }
        if (values instanceof ValueSet.Either either) {
            List<ValueSet> kinds = either.options().stream().map(BranchTests::kindOf).distinct().toList();
            return kinds.contains(new ValueSet.Anything()) ? new ValueSet.Anything() : new ValueSet.Either(kinds);
        }
        return values;
    }

    /** The facets of {@code branch} that may keep {@code other}'s payloads out, cheapest first; lazily. */
    private static Stream<ValueSet> facets(ValueSet branch, ValueSet other, int depth) {
        if (branch instanceof ValueSet.Objects objects) {
            return objectFacets(objects, other, depth);
        }
        if (branch instanceof ValueSet.Arrays arrays) {
            Stream<ValueSet> counts = arrays.minItems() > 0 || arrays.maxItems().isPresent()
                    ? Stream.of(new ValueSet.Arrays(new ValueSet.Anything(), arrays.minItems(), arrays.maxItems())) : Stream.empty();
            Stream<ValueSet> items = Stream.of(itemsOf(kindOf(arrays.items())));
            Stream<ValueSet> nested = depth <= 1 ? Stream.empty() : optionsOf(other).stream()
                    .filter(ValueSet.Arrays.class::isInstance).map(ValueSet.Arrays.class::cast)
                    .flatMap(theirs -> facets(arrays.items(), theirs.items(), depth - 1))
                    .map(facet -> itemsOf(Intersections.of(kindOf(arrays.items()), facet)));
            return Stream.of(counts, items, nested).flatMap(s -> s);
        }
        if (branch instanceof ValueSet.Texts texts) {
            List<ValueSet> facets = new ArrayList<>();
            if (!texts.values().isEmpty()) {
                facets.add(new ValueSet.Texts(texts.values(), List.of(), Optional.empty(), 0, java.util.OptionalInt.empty()));
            }
            texts.format().ifPresent(format -> facets.add(new ValueSet.Texts(List.of(), List.of(), Optional.of(format), 0,
                    java.util.OptionalInt.empty())));
            texts.patterns().forEach(pattern -> facets.add(new ValueSet.Texts(List.of(), List.of(pattern), Optional.empty(), 0,
                    java.util.OptionalInt.empty())));
            if (texts.minLength() > 0 || texts.maxLength().isPresent()) {
                facets.add(new ValueSet.Texts(List.of(), List.of(), Optional.empty(), texts.minLength(), texts.maxLength()));
            }
            return facets.stream();
        }
        if (branch instanceof ValueSet.Numbers numbers) {
            List<ValueSet> facets = new ArrayList<>();
            if (!numbers.values().isEmpty()) {
                facets.add(new ValueSet.Numbers(numbers.integer(), numbers.values(), Optional.empty(), Optional.empty()));
            }
            if (numbers.minimum().isPresent() || numbers.maximum().isPresent()) {
                facets.add(new ValueSet.Numbers(numbers.integer(), List.of(), numbers.minimum(), numbers.maximum()));
            }
            return facets.stream();
        }
        if (branch instanceof ValueSet.Booleans booleans && booleans.value().isPresent()) {
            return Stream.of(booleans);
        }
        if (branch instanceof ValueSet.Either either) {
            List<ValueSet> options = new ArrayList<>();
            for (ValueSet option : either.options()) {
                ValueSet kind = kindOf(option);
                options.add(facets(option, other, depth).map(facet -> Intersections.of(kind, facet))
                        .filter(facet -> excludes(facet, other)).findFirst().orElse(kind));
            }
            return Stream.of(new ValueSet.Either(options));
        }
        return Stream.empty();
    }

    private static Stream<ValueSet> objectFacets(ValueSet.Objects objects, ValueSet other, int depth) {
        List<String> order = new ArrayList<>(objects.required());
        objects.properties().keySet().stream().filter(name -> !order.contains(name)).forEach(order::add);
        Stream<ValueSet> listed = order.stream().filter(name -> isListed(objects.properties().get(name)))
                .map(name -> property(objects, name, objects.properties().get(name)));
        Stream<ValueSet> required = objects.required().stream()
                .map(name -> new ValueSet.Objects(Map.of(), List.of(name), Optional.empty(), false));
        Stream<ValueSet> closed = objects.closed() ? Stream.of(closedOver(objects)) : Stream.empty();
        Stream<ValueSet> kinds = order.stream().filter(objects.properties()::containsKey)
                .map(name -> property(objects, name, kindOf(objects.properties().get(name))));
        Stream<ValueSet> nested = depth <= 1 ? Stream.empty() : order.stream().filter(objects.properties()::containsKey)
                .flatMap(name -> optionsOf(other).stream().filter(ValueSet.Objects.class::isInstance)
                        .map(theirs -> ((ValueSet.Objects) theirs).properties().get(name)).filter(v -> v != null)
                        .flatMap(theirs -> facets(objects.properties().get(name), theirs, depth - 1))
                        .map(facet -> property(objects, name, Intersections.of(kindOf(objects.properties().get(name)), facet))));
        Stream<ValueSet> absent = objects.additional().isPresent() ? Stream.empty() : optionsOf(other).stream()
                .filter(ValueSet.Objects.class::isInstance).flatMap(theirs -> ((ValueSet.Objects) theirs).properties().keySet().stream())
                .filter(name -> !objects.properties().containsKey(name)).distinct()
                .map(name -> new ValueSet.Objects(Map.of(name, ValueSets.nothing()), List.of(), Optional.empty(), false));
        return Stream.of(listed, required, closed, kinds, nested, absent).flatMap(s -> s);
    }

    /** A facet on one property: its value where present, and its presence where the branch requires it. */
    private static ValueSet property(ValueSet.Objects objects, String name, ValueSet value) {
        List<String> required = objects.required().contains(name) ? List.of(name) : List.of();
        return new ValueSet.Objects(Map.of(name, value), required, Optional.empty(), false);
    }

    private static ValueSet closedOver(ValueSet.Objects objects) {
        Map<String, ValueSet> declared = new LinkedHashMap<>();
        objects.properties().keySet().forEach(name -> declared.put(name, new ValueSet.Anything()));
        return new ValueSet.Objects(declared, List.of(), Optional.empty(), true);
    }

    private static ValueSet itemsOf(ValueSet items) {
        return new ValueSet.Arrays(items, 0, java.util.OptionalInt.empty());
    }

    /** True for a set of listed values: a const, an enum, or one of those or null. */
    static boolean isListed(ValueSet values) {
        if (values instanceof ValueSet.Either either) {
            return !either.options().isEmpty() && either.options().stream().allMatch(BranchTests::isListed);
        }
        return values instanceof ValueSet.Texts texts && !texts.values().isEmpty()
                || values instanceof ValueSet.Numbers numbers && !numbers.values().isEmpty()
                || values instanceof ValueSet.Booleans booleans && booleans.value().isPresent()
                || values instanceof ValueSet.Nulls;
    }

    private static List<ValueSet> optionsOf(ValueSet values) {
        return values instanceof ValueSet.Either either ? either.options() : List.of(values);
    }
}
