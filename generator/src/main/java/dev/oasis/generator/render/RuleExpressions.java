package dev.oasis.generator.render;

import dev.oasis.generator.javasource.TypeMarkers;
import dev.oasis.generator.model.Constraints.Bound;
import dev.oasis.generator.model.ValueSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Spells a union branch's test, which the build stage decided as a {@link ValueSet}, as the Java
 * expression that builds the runtime's {@code Rule} once: {@code Rules.object().required("type")
 * .property("type", Rules.text("users"))}. The calls on the outermost rule go one per line.
 */
final class RuleExpressions {

    private static final String CONTINUATION = "\n                ";

    private final String rules;

    RuleExpressions(String jsonPackage) {
        this.rules = TypeMarkers.of(jsonPackage, "Rules");
    }

    /** The expression, its outermost calls on lines of their own. */
    String expression(ValueSet test) {
        List<String> parts = parts(test);
        return parts.size() <= 2 ? String.join("", parts) : parts.get(0) + String.join(CONTINUATION, parts.subList(1, parts.size()));
    }

    private String inline(ValueSet test) {
        return String.join("", parts(test));
    }

    /** The factory call, then one element per narrowing call. */
    private List<String> parts(ValueSet test) {
        List<String> parts = new ArrayList<>();
        if (test instanceof ValueSet.Texts texts) {
            parts.add(rules + ".text(" + literals(texts.values()) + ")");
            texts.format().ifPresent(format -> parts.add(".format(" + rules + ".Format." + format.name() + ")"));
            texts.patterns().forEach(p -> parts.add(".pattern(" + JavaText.literal(p.source()) + ", " + JavaText.literal(p.java()) + ")"));
            if (texts.minLength() > 0 || texts.maxLength().isPresent()) {
                parts.add(".length(" + texts.minLength() + ", " + limit(texts.maxLength()) + ")");
            }
        } else if (test instanceof ValueSet.Numbers numbers) {
            parts.add(rules + (numbers.integer() ? ".integer()" : ".number()"));
            if (!numbers.values().isEmpty()) {
                parts.add(".values(" + literals(numbers.values().stream().map(BigDecimal::toPlainString).toList()) + ")");
            }
            numbers.minimum().ifPresent(bound -> parts.add(".minimum(" + bound(bound) + ")"));
            numbers.maximum().ifPresent(bound -> parts.add(".maximum(" + bound(bound) + ")"));
        } else if (test instanceof ValueSet.Arrays arrays) {
            parts.add(rules + ".array(" + inline(arrays.items()) + ")");
            if (arrays.minItems() > 0 || arrays.maxItems().isPresent()) {
                parts.add(".size(" + arrays.minItems() + ", " + limit(arrays.maxItems()) + ")");
            }
        } else if (test instanceof ValueSet.Objects objects) {
            parts.add(rules + ".object()");
            if (!objects.required().isEmpty()) {
                parts.add(".required(" + literals(objects.required()) + ")");
            }
            List<String> absent = new ArrayList<>();
            for (Map.Entry<String, ValueSet> property : objects.properties().entrySet()) {
                if (isNothing(property.getValue())) {
                    absent.add(property.getKey());
                } else if (!(property.getValue() instanceof ValueSet.Anything)) {
                    parts.add(".property(" + JavaText.literal(property.getKey()) + ", " + inline(property.getValue()) + ")");
                }
            }
            if (!absent.isEmpty()) {
                parts.add(".absent(" + literals(absent) + ")");
            }
            if (objects.closed()) {
                parts.add(".closed(" + literals(List.copyOf(objects.properties().keySet())) + ")");
            }
        } else if (isNothing(test)) {
            parts.add(rules + ".none()");
        } else if (test instanceof ValueSet.Either either) {
            parts.add(rules + ".either(" + either.options().stream().map(this::inline).collect(Collectors.joining(", ")) + ")");
        } else if (test instanceof ValueSet.Booleans booleans) {
            parts.add(rules + ".bool(" + booleans.value().map(String::valueOf).orElse("") + ")");
        } else if (test instanceof ValueSet.Nulls) {
            parts.add(rules + ".nullValue()");
        } else {
            parts.add(rules + ".any()");
        }
        return parts;
    }

    private static boolean isNothing(ValueSet values) {
        return values instanceof ValueSet.Either either && either.options().isEmpty();
    }

    private static String bound(Bound bound) {
        return JavaText.literal(bound.value().toPlainString()) + ", " + bound.exclusive();
    }

    private static String limit(java.util.OptionalInt max) {
        return max.isPresent() ? String.valueOf(max.getAsInt()) : "Integer.MAX_VALUE";
    }

    private static String literals(List<String> texts) {
        return texts.stream().map(JavaText::literal).collect(Collectors.joining(", "));
    }
}
