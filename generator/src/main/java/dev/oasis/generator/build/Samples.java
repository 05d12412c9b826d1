package dev.oasis.generator.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oasis.generator.model.TextFormat;
import dev.oasis.generator.model.ValueSet;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one small JSON value of a {@link ValueSet}, for the example payload a union warning quotes:
 * the first listed value, a text matching the patterns and format, the lowest convenient number in
 * range, the fewest items, and only the required properties. A typical value has an item in each
 * array and, besides the required properties, those with listed values (the discriminators a
 * producer usually writes); a rich value has every property its outermost object declares, a deep
 * one every property of every object in it. Empty when the set is empty or holds no value the
 * generator can write (a pattern it cannot sample).
 */
final class Samples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<TextFormat, String> FORMATTED = Map.of(
            TextFormat.DATE_TIME, "2024-01-31T12:00:00Z",
            TextFormat.DATE, "2024-01-31",
            TextFormat.UUID, "123e4567-e89b-42d3-a456-426614174000");

    private final boolean typical;
    private final boolean deep;
    private boolean rich;

    private Samples(boolean typical, boolean rich, boolean deep) {
        this.typical = typical;
        this.rich = rich;
        this.deep = deep;
    }

    /** The smallest value of the set, if the generator can write one. */
    static Optional<JsonNode> of(ValueSet values) {
        return new Samples(false, false, false).sample(values);
    }

    /** A typical value of the set, if the generator can write one. */
    static Optional<JsonNode> typical(ValueSet values) {
        return new Samples(true, false, false).sample(values);
    }

    /** A typical value of the set whose outermost object has every property it declares, if the generator can write one. */
    static Optional<JsonNode> rich(ValueSet values) {
        return new Samples(true, true, false).sample(values);
    }

    /** A typical value of the set in which every object has every property it declares, if the generator can write one. */
    static Optional<JsonNode> deep(ValueSet values) {
        return new Samples(true, true, true).sample(values);
    }

    private Optional<JsonNode> sample(ValueSet values) {
        if (values instanceof ValueSet.Anything) {
            return Optional.of(JSON.textNode("any"));
        }
        if (values instanceof ValueSet.Nulls) {
            return Optional.of(JSON.nullNode());
        }
        if (values instanceof ValueSet.Booleans booleans) {
            return Optional.of(JSON.booleanNode(booleans.value().orElse(true)));
        }
        if (values instanceof ValueSet.Numbers numbers) {
            Optional<BigDecimal> number = numbers.values().isEmpty() ? ScalarSets.lowest(numbers) : Optional.of(numbers.values().get(0));
            return number.map(n -> n.stripTrailingZeros().scale() <= 0 && numbers.integer()
                    ? JSON.numberNode(n.toBigIntegerExact()) : JSON.numberNode(n));
        }
        if (values instanceof ValueSet.Texts texts) {
            return text(texts).map(JSON::textNode);
        }
        if (values instanceof ValueSet.Arrays arrays) {
            return array(arrays);
        }
        if (values instanceof ValueSet.Objects objects) {
            return object(objects);
        }
        for (ValueSet option : ((ValueSet.Either) values).options()) {
            Optional<JsonNode> sample = sample(option);
            if (sample.isPresent()) {
                return sample;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(ValueSet.Texts texts) {
        if (!texts.values().isEmpty()) {
            return Optional.of(texts.values().get(0));
        }
        if (texts.format().isPresent()) {
            return Optional.of(FORMATTED.get(texts.format().get())).filter(text -> ScalarSets.hasText(texts, text));
        }
        if (!texts.patterns().isEmpty()) {
            return RegexSamples.sample(texts.patterns().get(0).source(), text -> ScalarSets.hasText(texts, text));
        }
        int length = Math.max(texts.minLength(), Math.min(4, texts.maxLength().orElse(4)));
        return Optional.of("text".repeat(length / 4 + 1).substring(0, length));
    }

    private Optional<JsonNode> array(ValueSet.Arrays arrays) {
        ArrayNode array = JSON.arrayNode();
        int count = typical && arrays.maxItems().orElse(1) >= 1 ? Math.max(1, arrays.minItems()) : arrays.minItems();
        if (count == 0) {
            return Optional.of(array);
        }
        Optional<JsonNode> item = sample(arrays.items());
        if (item.isEmpty()) {
            return typical && arrays.minItems() == 0 ? Optional.of(array) : Optional.empty();
        }
        for (int i = 0; i < count; i++) {
            array.add(item.get());
        }
        return Optional.of(array);
    }

    private Optional<JsonNode> object(ValueSet.Objects objects) {
        ObjectNode object = JSON.objectNode();
        boolean every = rich;
        rich = deep;
        for (String name : objects.required()) {
            Optional<JsonNode> value = sample(Intersections.valueOf(objects, name, false));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            object.set(name, value.get());
        }
        if (typical) {
            objects.properties().forEach((name, value) -> {
                if (!object.has(name) && (every || BranchTests.isListed(value))) {
                    sample(value).ifPresent(sample -> object.set(name, sample));
                }
            });
        }
        return Optional.of(object);
    }
}
