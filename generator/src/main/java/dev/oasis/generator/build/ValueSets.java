package dev.oasis.generator.build;

import dev.oasis.generator.model.Constraints;
import dev.oasis.generator.model.TextPattern;
import dev.oasis.generator.model.ValueSet;
import dev.oasis.generator.spec.SchemaType;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.generator.spec.SpecSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what values a schema accepts as a {@link ValueSet}, for the union analysis: types and type
 * lists, {@code enum} and {@code const}, formats that tell texts apart, patterns, lengths, ranges,
 * items, properties, {@code additionalProperties}/{@code unevaluatedProperties}, {@code allOf} (every
 * part), {@code oneOf}/{@code anyOf} (any branch, with a discriminator's values) and the nullability
 * idioms. {@code additionalProperties: true} (or {@code {}}) says what JSON Schema says anyway, that
 * other properties are allowed, and does not make them the schema's own, as a schema for their values
 * does; a discriminated parent's payloads hold its subtypes' properties too. It looks
 * {@value #DEPTH} levels deep, and takes anything below, so a recursive schema ends.
 */
final class ValueSets {

    /** How many levels of properties and items the analysis looks into. */
    static final int DEPTH = 5;

    private static final ValueSet ANYTHING = new ValueSet.Anything();

    private final SchemaTypes types;
    private final ConstraintRule constraints;
    private final Map<SpecNode, Map<Integer, ValueSet>> known = new IdentityHashMap<>();

    ValueSets(SchemaTypes types) {
        this.types = types;
        this.constraints = types.constraints();
    }

    /** The values {@code schema} accepts, looking {@link #DEPTH} levels deep. */
    ValueSet of(SpecNode schema) {
        return of(schema, DEPTH);
    }

    ValueSet of(SpecNode schema, int depth) {
        if (depth <= 0) {
            return ANYTHING;
        }
        Map<Integer, ValueSet> byDepth = known.computeIfAbsent(schema, node -> new HashMap<>());
        ValueSet cached = byDepth.get(depth);
        if (cached != null) {
            return cached;
        }
        byDepth.put(depth, ANYTHING);
        ValueSet values = read(schema, depth);
        byDepth.put(depth, values);
        return values;
    }

    private ValueSet read(SpecNode node, int depth) {
        if (node instanceof SpecScalar scalar) {
            return scalar.text().equals("false") ? ValueSets.nothing() : ANYTHING;
        }
        if (!(node instanceof SpecMap schema)) {
            return ANYTHING;
        }
        if (SpecSet.isReference(schema)) {
            ValueSet target = of(types.specs().resolve(schema), depth);
            SpecMap siblings = siblings(schema);
            ValueSet values = siblings.entries().isEmpty() || !types.siblingsApply() ? target
                    : Intersections.of(target, own(siblings, depth));
            return Keywords.allowsNull(schema) ? either(values, new ValueSet.Nulls()) : values;
        }
        ValueSet values = own(schema, depth);
        List<SpecNode> branches = Keywords.branches(schema);
        if (!branches.isEmpty()) {
            values = Intersections.of(values, branches(schema, branches, depth));
        }
        for (SpecNode part : schema.list("allOf").map(SpecList::items).orElse(List.of())) {
            values = Intersections.of(values, of(part, depth));
        }
        return Keywords.allowsNull(schema) ? either(values, new ValueSet.Nulls()) : values;
    }

    /** Any branch, each with the values a discriminator maps to it. */
    private ValueSet branches(SpecMap schema, List<SpecNode> branches, int depth) {
        Optional<Discriminator> discriminator = Discriminator.of(schema, types);
        List<ValueSet> options = new ArrayList<>();
        for (SpecNode branch : branches) {
            if (Keywords.isNullOnly(branch)) {
                continue;
            }
            ValueSet values = of(branch, depth);
            if (discriminator.isPresent()) {
                values = Intersections.of(values, discriminator.get().valueSetFor(branch, types));
            }
            options.add(values);
        }
        return options.size() == 1 ? options.get(0) : new ValueSet.Either(options);
    }

    /** The schema's own keywords, without its {@code allOf} and branches. */
    private ValueSet own(SpecMap schema, int depth) {
        Optional<ValueSet> listed = listed(schema);
        if (listed.isPresent()) {
            return listed.get();
        }
        List<String> named = SchemaType.names(schema).stream().filter(type -> !type.equals("null")).distinct().toList();
        if (named.size() > 1) {
            return new ValueSet.Either(named.stream().map(type -> ofType(schema, type, depth)).toList());
        }
        String type = SchemaType.of(schema).orElse("");
        if (type.isEmpty() && SchemaType.names(schema).isEmpty()) {
            boolean object = schema.has("properties") || schema.has("additionalProperties") || schema.has("unevaluatedProperties");
            type = object ? "object" : schema.has("items") || schema.has("prefixItems") ? "array" : "";
        }
        return ofType(schema, type, depth);
    }

    private ValueSet ofType(SpecMap schema, String type, int depth) {
        return switch (type) {
            case "string" -> {
                Constraints text = constraints.of(schema);
                List<TextPattern> patterns = text.pattern().flatMap(p -> p.java().map(java -> new TextPattern(p.regex(), java)))
                        .map(List::of).orElse(List.of());
                yield new ValueSet.Texts(List.of(), patterns, FormatRule.textFormat(schema), clamp(text.minLength()).orElse(0),
                        clamp(text.maxLength()));
            }
            case "integer", "number" -> new ValueSet.Numbers(type.equals("integer"), List.of(),
                    ConstraintRule.bound(schema, "minimum", "exclusiveMinimum"), ConstraintRule.bound(schema, "maximum", "exclusiveMaximum"));
            case "boolean" -> new ValueSet.Booleans(Optional.empty());
            case "array" -> array(schema, depth);
            case "object" -> object(schema, depth);
            default -> ANYTHING;
        };
    }

    private ValueSet array(SpecMap schema, int depth) {
        List<ValueSet> items = new ArrayList<>();
        schema.list("prefixItems").ifPresent(prefix -> prefix.items().forEach(item -> items.add(of(item, depth - 1))));
        schema.get("items").ifPresent(item -> items.add(of(item, depth - 1)));
        Constraints counts = constraints.of(schema);
        ValueSet itemValues = items.isEmpty() ? ANYTHING : items.size() == 1 ? items.get(0) : new ValueSet.Either(items);
        return new ValueSet.Arrays(itemValues, clamp(counts.minItems()).orElse(0), clamp(counts.maxItems()));
    }

    private ValueSet object(SpecMap schema, int depth) {
        Map<String, ValueSet> properties = new LinkedHashMap<>();
        schema.map("properties").ifPresent(map -> map.entries().forEach((name, node) -> properties.put(name, of(node, depth - 1))));
        List<String> required = schema.list("required").map(list -> list.items().stream()
                .filter(SpecScalar.class::isInstance).map(item -> ((SpecScalar) item).text()).toList()).orElse(List.of());
        Optional<SpecNode> additional = schema.get("additionalProperties");
        boolean closed = isFalse(additional) || isFalse(schema.get("unevaluatedProperties"));
        Optional<ValueSet> extras = additional.filter(node -> !isFalse(Optional.of(node))).map(node -> of(node, depth - 1))
                .filter(values -> !(values instanceof ValueSet.Anything));
        if (schema.has("discriminator")) {
            extras = Optional.of(ANYTHING);
        }
        return new ValueSet.Objects(properties, required, extras, closed);
    }

    /** {@code enum} or {@code const}: the listed values, by kind. */
    private static Optional<ValueSet> listed(SpecMap schema) {
        List<SpecNode> values = schema.get("const").map(List::of)
                .orElseGet(() -> schema.list("enum").map(SpecList::items).orElse(null));
        if (values == null) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        List<ValueSet> options = new ArrayList<>();
        for (SpecNode value : values) {
            switch (Keywords.typeOfValue(value)) {
                case "string" -> texts.add(((SpecScalar) value).text());
                case "integer", "number" -> numbers.add(new BigDecimal(((SpecScalar) value).value().toString()));
                case "boolean" -> options.add(new ValueSet.Booleans(Optional.of((Boolean) ((SpecScalar) value).value())));
                case "null" -> options.add(new ValueSet.Nulls());
                default -> options.add(ANYTHING);
            }
        }
        if (!texts.isEmpty()) {
            options.add(new ValueSet.Texts(texts, List.of(), Optional.empty(), 0, java.util.OptionalInt.empty()));
        }
        if (!numbers.isEmpty()) {
            options.add(new ValueSet.Numbers(false, numbers, Optional.empty(), Optional.empty()));
        }
        return Optional.of(options.size() == 1 ? options.get(0) : new ValueSet.Either(options));
    }

    /** The keywords beside a {@code $ref}, without the reference and its annotations. */
    private static SpecMap siblings(SpecMap reference) {
        Map<String, SpecNode> rest = new LinkedHashMap<>();
        reference.entries().forEach((key, value) -> {
            if (!Keywords.ANNOTATIONS.contains(key) && !key.equals("type")) {
                rest.put(key, value);
            }
        });
        return SpecMap.derived(reference, rest);
    }

    private static boolean isFalse(Optional<SpecNode> node) {
        return node.orElse(null) instanceof SpecScalar scalar && Boolean.FALSE.equals(scalar.value());
    }

    private static ValueSet either(ValueSet values, ValueSet more) {
        List<ValueSet> options = new ArrayList<>(values instanceof ValueSet.Either either ? either.options() : List.of(values));
        options.add(more);
        return new ValueSet.Either(options);
    }

    /** A count as an int, a larger one as the largest int. */
    private static java.util.OptionalInt clamp(java.util.OptionalLong count) {
        return count.isEmpty() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of((int) Math.min(Integer.MAX_VALUE, count.getAsLong()));
    }

    /** The empty set. */
    static ValueSet nothing() {
        return new ValueSet.Either(List.of());
    }
}
