package dev.oasis.generator.render;

import dev.oasis.generator.model.ValueSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Says in words, for Javadoc, what a union branch's test asks of a payload: "an object whose type is users". */
final class RuleWords {

    private RuleWords() {
    }

    /** The words, escaped for Javadoc. */
    static String describe(ValueSet test) {
        return JavaText.docEscape(words(test));
    }

    private static String words(ValueSet test) {
        if (test instanceof ValueSet.Texts texts) {
            List<String> parts = new ArrayList<>();
            parts.add(texts.values().isEmpty() ? "a string" : texts.values().size() == 1 ? quote(texts.values().get(0))
                    : "one of " + texts.values().stream().map(RuleWords::quote).collect(Collectors.joining(", ")));
            texts.format().ifPresent(format -> parts.add("in " + format.name().toLowerCase(Locale.ROOT).replace('_', '-') + " format"));
            texts.patterns().forEach(pattern -> parts.add("matching " + pattern.source()));
            if (texts.minLength() > 0 || texts.maxLength().isPresent()) {
                parts.add("of " + texts.minLength() + " to " + (texts.maxLength().isPresent() ? texts.maxLength().getAsInt() : "any")
                        + " characters");
            }
            return String.join(" ", parts);
        }
        if (test instanceof ValueSet.Numbers numbers) {
            String kind = numbers.integer() ? "an integer" : "a number";
            if (!numbers.values().isEmpty()) {
                return kind + " among " + numbers.values().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
            }
            String from = numbers.minimum().map(b -> (b.exclusive() ? " above " : " from ") + b.value().toPlainString()).orElse("");
            String to = numbers.maximum().map(b -> (b.exclusive() ? " below " : " up to ") + b.value().toPlainString()).orElse("");
            return kind + from + to;
        }
        if (test instanceof ValueSet.Arrays arrays) {
            String items = arrays.items() instanceof ValueSet.Anything ? "an array" : "an array whose items are each " + words(arrays.items());
            return arrays.minItems() > 0 || arrays.maxItems().isPresent()
                    ? items + " of " + arrays.minItems() + " to " + (arrays.maxItems().isPresent() ? arrays.maxItems().getAsInt() : "any")
                            + " items"
                    : items;
        }
        if (test instanceof ValueSet.Objects objects) {
            List<String> parts = new ArrayList<>();
            if (!objects.required().isEmpty()) {
                parts.add("with " + String.join(", ", objects.required()));
            }
            for (Map.Entry<String, ValueSet> property : objects.properties().entrySet()) {
                if (property.getValue() instanceof ValueSet.Either either && either.options().isEmpty()) {
                    parts.add("without " + property.getKey());
                } else if (!(property.getValue() instanceof ValueSet.Anything)) {
                    parts.add("whose " + property.getKey() + " is " + words(property.getValue()));
                }
            }
            if (objects.closed()) {
                parts.add("without other properties");
            }
            return parts.isEmpty() ? "an object" : "an object " + String.join(", ", parts);
        }
        if (test instanceof ValueSet.Either either) {
            return either.options().stream().map(RuleWords::words).collect(Collectors.joining(" or "));
        }
        if (test instanceof ValueSet.Booleans booleans) {
            return booleans.value().map(String::valueOf).orElse("a boolean");
        }
        return test instanceof ValueSet.Nulls ? "null" : "any value";
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
