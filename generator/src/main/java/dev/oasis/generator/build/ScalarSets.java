package dev.oasis.generator.build;

import dev.oasis.generator.model.Constraints.Bound;
import dev.oasis.generator.model.TextFormat;
import dev.oasis.generator.model.TextPattern;
import dev.oasis.generator.model.ValueSet;
import dev.oasis.runtime.json.Rules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Intersections and membership of string and number sets: listed values, patterns (two patterns
 * anchored on literal prefixes that differ share no text), formats, lengths and ranges.
 */
final class ScalarSets {

    private ScalarSets() {
    }

    static ValueSet numbers(ValueSet.Numbers a, ValueSet.Numbers b) {
        boolean integer = a.integer() || b.integer();
        Optional<Bound> min = tighter(a.minimum(), b.minimum(), true);
        Optional<Bound> max = tighter(a.maximum(), b.maximum(), false);
        List<BigDecimal> listed = a.values().isEmpty() ? b.values()
                : b.values().isEmpty() ? a.values() : a.values().stream().filter(v -> contains(b.values(), v)).toList();
        boolean wasListed = !a.values().isEmpty() || !b.values().isEmpty();
        ValueSet.Numbers range = new ValueSet.Numbers(integer, List.of(), min, max);
        List<BigDecimal> values = listed.stream().filter(v -> hasNumber(range, v)).toList();
        if (wasListed ? values.isEmpty() : lowest(range).isEmpty()) {
            return ValueSets.nothing();
        }
        return new ValueSet.Numbers(integer, values, min, max);
    }

    static ValueSet texts(ValueSet.Texts a, ValueSet.Texts b) {
        if (a.format().isPresent() && b.format().isPresent() && a.format().get() != b.format().get()) {
            return ValueSets.nothing();
        }
        List<TextPattern> patterns = new ArrayList<>(a.patterns());
        b.patterns().stream().filter(p -> !patterns.contains(p)).forEach(patterns::add);
        int minLength = Math.max(a.minLength(), b.minLength());
        OptionalInt maxLength = a.maxLength().isEmpty() ? b.maxLength() : b.maxLength().isEmpty() ? a.maxLength()
                : OptionalInt.of(Math.min(a.maxLength().getAsInt(), b.maxLength().getAsInt()));
        ValueSet.Texts merged = new ValueSet.Texts(List.of(), patterns, a.format().or(b::format), minLength, maxLength);
        List<String> listed = a.values().isEmpty() ? b.values()
                : b.values().isEmpty() ? a.values() : a.values().stream().filter(b.values()::contains).toList();
        boolean wasListed = !a.values().isEmpty() || !b.values().isEmpty();
        List<String> values = listed.stream().filter(v -> hasText(merged, v)).toList();
        if (wasListed ? values.isEmpty() : maxLength.isPresent() && minLength > maxLength.getAsInt() || prefixesConflict(patterns)) {
            return ValueSets.nothing();
        }
        return new ValueSet.Texts(values, patterns, merged.format(), minLength, maxLength);
    }

    /** True when {@code text} is in the set (its listed values aside). */
    static boolean hasText(ValueSet.Texts set, String text) {
        int length = text.codePointCount(0, text.length());
        return length >= set.minLength() && (set.maxLength().isEmpty() || length <= set.maxLength().getAsInt())
                && set.patterns().stream().allMatch(p -> Pattern.compile(p.java()).matcher(text).find())
                && set.format().map(format -> hasFormat(format, text)).orElse(true);
    }

    /** True when {@code text} has the format, as the generated reader checks it. */
    static boolean hasFormat(TextFormat format, String text) {
        return Rules.Format.valueOf(format.name()).accepts(text);
    }

    /** True when {@code value} is in the set's range and, for an integer set, whole (its listed values aside). */
    static boolean hasNumber(ValueSet.Numbers set, BigDecimal value) {
        return (!set.integer() || value.stripTrailingZeros().scale() <= 0)
                && set.minimum().map(b -> b.exclusive() ? value.compareTo(b.value()) > 0 : value.compareTo(b.value()) >= 0).orElse(true)
                && set.maximum().map(b -> b.exclusive() ? value.compareTo(b.value()) < 0 : value.compareTo(b.value()) <= 0).orElse(true);
    }

    /**
     * The smallest convenient number of the set's range: 1 for an integer set, 1.5 otherwise, moved into
     * the range; empty when the range holds no number.
     */
    static Optional<BigDecimal> lowest(ValueSet.Numbers set) {
        BigDecimal candidate = set.integer() ? BigDecimal.ONE : new BigDecimal("1.5");
        if (set.minimum().isPresent() && !hasNumber(new ValueSet.Numbers(false, List.of(), set.minimum(), Optional.empty()), candidate)) {
            BigDecimal bound = set.minimum().get().value();
            candidate = set.integer() ? bound.setScale(0, RoundingMode.CEILING) : bound;
            if (set.minimum().get().exclusive() && candidate.compareTo(bound) <= 0) {
                candidate = candidate.add(set.integer() ? BigDecimal.ONE : new BigDecimal("0.5"));
            }
        } else if (set.maximum().isPresent() && !hasNumber(new ValueSet.Numbers(false, List.of(), Optional.empty(), set.maximum()), candidate)) {
            BigDecimal bound = set.maximum().get().value();
            candidate = set.integer() ? bound.setScale(0, RoundingMode.FLOOR) : bound;
            if (set.maximum().get().exclusive() && candidate.compareTo(bound) >= 0) {
                candidate = candidate.subtract(set.integer() ? BigDecimal.ONE : new BigDecimal("0.5"));
            }
        }
        if (!hasNumber(set, candidate) && set.minimum().isPresent() && set.maximum().isPresent() && !set.integer()) {
            candidate = set.minimum().get().value().add(set.maximum().get().value()).divide(BigDecimal.valueOf(2));
        }
        return hasNumber(set, candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** True when two of the patterns are anchored on literal prefixes neither of which starts the other. */
    static boolean prefixesConflict(List<TextPattern> patterns) {
        List<String> prefixes = patterns.stream().map(p -> literalPrefix(p.source())).flatMap(Optional::stream).toList();
        for (String a : prefixes) {
            for (String b : prefixes) {
                if (!a.startsWith(b) && !b.startsWith(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The literal text an anchored pattern starts with, such as {@code item_} for {@code ^item_[0-9]+$}. */
    static Optional<String> literalPrefix(String pattern) {
        if (!pattern.startsWith("^") || pattern.contains("|")) {
            return Optional.empty();
        }
        StringBuilder prefix = new StringBuilder();
        int i = 1;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int width = 1;
            char literal = c;
            if (c == '\\' && i + 1 < pattern.length() && !Character.isLetterOrDigit(pattern.charAt(i + 1))) {
                literal = pattern.charAt(i + 1);
                width = 2;
            } else if ("\\.[](){}*+?^$|".indexOf(c) >= 0) {
                break;
            }
            if (i + width < pattern.length() && "*+?{".indexOf(pattern.charAt(i + width)) >= 0) {
                break;
            }
            prefix.append(literal);
            i += width;
        }
        return prefix.length() == 0 ? Optional.empty() : Optional.of(prefix.toString());
    }

    private static boolean contains(List<BigDecimal> values, BigDecimal value) {
        return values.stream().anyMatch(v -> v.compareTo(value) == 0);
    }

    private static Optional<Bound> tighter(Optional<Bound> a, Optional<Bound> b, boolean lower) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.or(() -> b);
        }
        int order = a.get().value().compareTo(b.get().value());
        if (order == 0) {
            return Optional.of(a.get().exclusive() ? a.get() : b.get());
        }
        return (lower ? order > 0 : order < 0) ? a : b;
    }
}
