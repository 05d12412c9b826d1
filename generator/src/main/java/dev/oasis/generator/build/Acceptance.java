package dev.oasis.generator.build;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oasis.generator.model.ValueSet;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether a JSON value belongs to a {@link ValueSet}: as JSON Schema reads it, or as the branch's own
 * producers write it (objects with only the properties it declares). A branch's test is read the
 * first way, as the generated reader runs it.
 */
final class Acceptance {

    private Acceptance() {
    }

    /** True when {@code value} is in {@code values}; with {@code natural}, undeclared properties are out. */
    static boolean accepts(ValueSet values, JsonNode value, boolean natural) {
        if (values instanceof ValueSet.Anything) {
            return true;
        }
        if (values instanceof ValueSet.Either either) {
            return either.options().stream().anyMatch(option -> accepts(option, value, natural));
        }
        if (values instanceof ValueSet.Nulls) {
            return value.isNull();
        }
        if (values instanceof ValueSet.Booleans booleans) {
            return value.isBoolean() && booleans.value().map(b -> b == value.booleanValue()).orElse(true);
        }
        if (values instanceof ValueSet.Numbers numbers) {
            return value.isNumber() && (!numbers.integer() || value.isIntegralNumber())
                    && (numbers.values().isEmpty() || numbers.values().stream().anyMatch(n -> n.compareTo(value.decimalValue()) == 0))
                    && ScalarSets.hasNumber(new ValueSet.Numbers(false, java.util.List.of(), numbers.minimum(), numbers.maximum()),
                            value.decimalValue());
        }
        if (values instanceof ValueSet.Texts texts) {
            return value.isTextual() && (texts.values().isEmpty() || texts.values().contains(value.textValue()))
                    && ScalarSets.hasText(texts, value.textValue());
        }
        if (values instanceof ValueSet.Arrays arrays) {
            if (!value.isArray() || value.size() < arrays.minItems() || value.size() > arrays.maxItems().orElse(Integer.MAX_VALUE)) {
                return false;
            }
            for (JsonNode item : value) {
                if (!accepts(arrays.items(), item, natural)) {
                    return false;
                }
            }
            return true;
        }
        ValueSet.Objects objects = (ValueSet.Objects) values;
        if (!value.isObject() || !objects.required().stream().allMatch(value::has)) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!accepts(Intersections.valueOf(objects, field.getKey(), natural), field.getValue(), natural)) {
                return false;
            }
        }
        return true;
    }
}
