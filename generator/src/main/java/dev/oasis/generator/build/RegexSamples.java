package dev.oasis.generator.build;

import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Writes texts that match an ECMA-262 pattern, for the example payloads of union warnings: a walk of
 * the pattern that picks an alternative, a repeat count and a character for each part, tried with a
 * few fixed seeds (the first takes the first alternative and the fewest repeats) until a text matches
 * the translated pattern and the caller's own condition. Deterministic: the same pattern always gives
 * the same text.
 */
final class RegexSamples {

    private static final int ATTEMPTS = 32;
    private static final String ALPHABET = "aA0zZ9_-. @/:+bcxyq";

    private final String source;
    private final Random random;
    private final boolean simplest;
    private int at;

    private RegexSamples(String source, int seed) {
        this.source = source;
        this.random = new Random(seed);
        this.simplest = seed == 0;
    }

    /**
     * A text that matches {@code source} (found anywhere, as JSON Schema says) and satisfies {@code condition};
     * empty when none of the attempts gives one.
     */
    static Optional<String> sample(String source, Predicate<String> condition) {
        Optional<String> java = EcmaRegex.translate(source).java();
        if (java.isEmpty()) {
            return Optional.empty();
        }
        Pattern pattern = Pattern.compile(java.get());
        for (int seed = 0; seed < ATTEMPTS; seed++) {
            try {
                String text = new RegexSamples(source, seed).alternatives();
                if (pattern.matcher(text).find() && condition.test(text)) {
                    return Optional.of(text);
                }
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private String alternatives() {
        String chosen = null;
        int count = 0;
        while (true) {
            String branch = sequence();
            count++;
            if (chosen == null || (!simplest && random.nextInt(count) == 0)) {
                chosen = branch;
            }
            if (at < source.length() && source.charAt(at) == '|') {
                at++;
            } else {
                return chosen;
            }
        }
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            String atom = atom();
            int[] range = quantifier();
            int times = repeat(range[0], range[1]);
            for (int i = 0; i < times; i++) {
                out.append(atom);
            }
        }
        return out.toString();
    }

    private int repeat(int min, int max) {
        if (simplest) {
            return min;
        }
        int spread = max < 0 ? 2 + random.nextInt(1 + at % 7 + random.nextInt(24)) : max - min;
        return min + (spread <= 0 ? 0 : random.nextInt(spread + 1));
    }

    /** The repeat range of the quantifier that follows, {1, 1} when none; -1 for no upper limit. */
    private int[] quantifier() {
        if (at >= source.length()) {
            return new int[] {1, 1};
        }
        char c = source.charAt(at);
        int[] range = switch (c) {
            case '*' -> new int[] {0, -1};
            case '+' -> new int[] {1, -1};
            case '?' -> new int[] {0, 1};
            case '{' -> braces();
            default -> null;
        };
        if (range == null) {
            return new int[] {1, 1};
        }
        if (c != '{') {
            at++;
        }
        if (at < source.length() && source.charAt(at) == '?') {
            at++;
        }
        return range;
    }

    private int[] braces() {
        int end = source.indexOf('}', at);
        String body = end < 0 ? "" : source.substring(at + 1, end);
        if (!body.matches("\\d+(,\\d*)?")) {
            return null;
        }
        at = end + 1;
        String[] parts = body.split(",", -1);
        int min = Integer.parseInt(parts[0]);
        int max = parts.length == 1 ? min : parts[1].isEmpty() ? -1 : Integer.parseInt(parts[1]);
        return new int[] {min, max};
    }

    private String atom() {
        char c = source.charAt(at++);
        return switch (c) {
            case '^', '$' -> "";
            case '.' -> "a";
            case '[' -> characterClass();
            case '(' -> group();
            case '\\' -> escape();
            default -> String.valueOf(c);
        };
    }

    private String group() {
        boolean lookaround = false;
        if (source.startsWith("?", at)) {
            if (source.startsWith("?:", at)) {
                at += 2;
            } else if (source.startsWith("?<", at) && !source.startsWith("?<=", at) && !source.startsWith("?<!", at)) {
                at = source.indexOf('>', at) + 1;
            } else {
                lookaround = true;
                at += source.startsWith("?<", at) ? 3 : 2;
            }
        }
        String inner = alternatives();
        at++;
        return lookaround ? "" : inner;
    }

    private String escape() {
        char c = source.charAt(at++);
        return switch (c) {
            case 'd' -> simplest ? "0" : String.valueOf((char) ('0' + random.nextInt(10)));
            case 'w', 'D', 'S' -> "a";
            case 'W' -> "-";
            case 's' -> " ";
            case 'b', 'B' -> "";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'f' -> "\f";
            case 'v' -> "\u000B";
            case '0' -> "\0";
            case 'x' -> codePoint(source.substring(at, at += 2));
            case 'u' -> source.startsWith("{", at)
                    ? codePoint(source.substring(at + 1, at = source.indexOf('}', at) + 1).replace("}", ""))
                    : codePoint(source.substring(at, at += 4));
            case 'p', 'P' -> {
                int end = source.indexOf('}', at);
                String escape = "\\" + c + source.substring(at, end + 1);
                at = end + 1;
                yield firstMatching("[" + escape + "]", "");
            }
            default -> String.valueOf(c);
        };
    }

    private String characterClass() {
        int start = at;
        while (at < source.length() && source.charAt(at) != ']') {
            at += source.charAt(at) == '\\' ? 2 : 1;
        }
        at++;
        String body = source.substring(start, Math.min(at - 1, source.length()));
        String members = body.startsWith("^") ? "" : body.replaceAll("\\\\.", "");
        return firstMatching("[" + body + "]", members);
    }

    /** The first character of {@code preferred}, then of a fixed alphabet, that the class matches. */
    private String firstMatching(String ecmaClass, String preferred) {
        Pattern pattern = Pattern.compile(EcmaRegex.translate(ecmaClass).java().orElse("(?!)"));
        String candidates = preferred + ALPHABET;
        int offset = simplest || candidates.isEmpty() ? 0 : random.nextInt(candidates.length());
        for (int i = 0; i < candidates.length(); i++) {
            String candidate = String.valueOf(candidates.charAt((i + offset) % candidates.length()));
            if (pattern.matcher(candidate).matches()) {
                return candidate;
            }
        }
        for (char c = 0x21; c < 0x7f; c++) {
            if (pattern.matcher(String.valueOf(c)).matches()) {
                return String.valueOf(c);
            }
        }
        return "a";
    }

    private static String codePoint(String hex) {
        return new String(Character.toChars(Integer.parseInt(hex, 16)));
    }
}
