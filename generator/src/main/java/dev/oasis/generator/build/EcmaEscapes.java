package dev.oasis.generator.build;

import dev.oasis.generator.build.EcmaRegex.Refusal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates one ECMA-262 escape (digit, word and space classes, word boundaries, hexadecimal and
 * Unicode code points, Unicode properties, named back references) to {@code java.util.regex}, inside
 * or outside a character class, refusing those whose meaning differs and has no certain translation.
 */
final class EcmaEscapes {

    /** Where an escape stands. */
    enum Place {
        /** Outside a character class. */
        OUTSIDE,
        /** Inside a character class. */
        CLASS,
        /** Inside a negated character class. */
        NEGATED_CLASS
    }

    private static final String SPACES = "\\s\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}";
    private static final String WORD_BOUNDARY = "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))";
    private static final String NOT_WORD_BOUNDARY = "(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))";

    private final String source;
    private final StringBuilder out;
    private int at;

    private EcmaEscapes(String source, int at, StringBuilder out) {
        this.source = source;
        this.at = at;
        this.out = out;
    }

    /**
     * Appends the translation of the escape whose backslash was just read to {@code out}.
     *
     * @param source the pattern
     * @param at the position after the backslash
     * @param place where the escape stands
     * @param out the translation so far
     * @return the position after the escape
     * @throws Refusal when the escape has no certain translation
     */
    static int translate(String source, int at, Place place, StringBuilder out) {
        EcmaEscapes escapes = new EcmaEscapes(source, at, out);
        if (place == Place.OUTSIDE) {
            escapes.escape(false);
        } else {
            escapes.classEscape(place == Place.NEGATED_CLASS);
        }
        return escapes.at;
    }

    private void classEscape(boolean negated) {
        char c = next();
        switch (c) {
            case 'b' -> out.append("\\x08");
            case 's' -> out.append(SPACES);
            case 'S' -> {
                if (negated) {
                    throw new Refusal("'\\S' inside a negated character class has no certain Java translation");
                }
                out.append('[').append('^').append(SPACES).append(']');
            }
            case '-' -> out.append("\\-");
            case 'B', 'k' -> throw new Refusal("'\\" + c + "' inside a character class means something else in Java");
            default -> {
                at--;
                escape(true);
            }
        }
    }

    private void escape(boolean inClass) {
        char c = next();
        switch (c) {
            case 'd', 'D', 'w', 'W', 'f', 'n', 'r', 't' -> out.append('\\').append(c);
            case 's' -> out.append('[').append(SPACES).append(']');
            case 'S' -> out.append("[^").append(SPACES).append(']');
            case 'b' -> out.append(WORD_BOUNDARY);
            case 'B' -> out.append(NOT_WORD_BOUNDARY);
            case 'v' -> out.append("\\x0B");
            case '0' -> {
                if (at < source.length() && Character.isDigit(source.charAt(at))) {
                    throw new Refusal("octal escapes such as '\\0" + source.charAt(at) + "' are read differently in Java");
                }
                out.append("\\x00");
            }
            case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> out.append('\\').append(c);
            case 'c' -> {
                char letter = next();
                if (!Character.isLetter(letter)) {
                    throw new Refusal("'\\c' must be followed by a letter");
                }
                out.append("\\c").append(Character.toUpperCase(letter));
            }
            case 'x' -> out.append("\\x").append(hex(2));
            case 'u' -> unicodeEscape();
            case 'p', 'P' -> property(c);
            case 'k' -> {
                int end = source.indexOf('>', at);
                if (inClass || !source.startsWith("<", at) || end < 0) {
                    throw new Refusal("'\\k' must name a group, as in \\k<name>");
                }
                out.append("\\k").append(source, at, end + 1);
                at = end + 1;
            }
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new Refusal("'\\" + c + "' is not an escape ECMA-262 knows, or means something else in Java");
                }
                out.append('\\').append(c);
            }
        }
    }

    private void unicodeEscape() {
        if (source.startsWith("{", at)) {
            int end = source.indexOf('}', at);
            String digits = end < 0 ? "" : source.substring(at + 1, end);
            if (!digits.matches("[0-9A-Fa-f]{1,6}")) {
                throw new Refusal("'\\u{' must hold 1 to 6 hexadecimal digits");
            }
            out.append("\\x{").append(digits).append('}');
            at = end + 1;
        } else {
            out.append("\\u").append(hex(4));
        }
    }

    /** {@code \p{L}}, {@code \p{Lu}}, {@code \p{Script=Greek}}, {@code \p{General_Category=Lu}}, {@code \p{Alphabetic}}. */
    private void property(char letter) {
        int end = source.indexOf('}', at);
        if (!source.startsWith("{", at) || end < 0) {
            throw new Refusal("'\\" + letter + "' must be followed by a property in braces, as in \\p{L}");
        }
        String name = source.substring(at + 1, end);
        at = end + 1;
        String java;
        int equals = name.indexOf('=');
        if (equals >= 0) {
            String key = name.substring(0, equals);
            String value = name.substring(equals + 1);
            java = switch (key) {
                case "Script", "sc" -> "sc=" + value;
                case "General_Category", "gc" -> "gc=" + value;
                default -> throw new Refusal("the property '" + name + "' has no Java counterpart");
            };
        } else {
            java = name.length() <= 2 ? name : "Is" + name;
        }
        String escape = "\\" + letter + "{" + java + "}";
        try {
            Pattern.compile(escape);
        } catch (PatternSyntaxException e) {
            throw new Refusal("the property '" + name + "' has no Java counterpart");
        }
        out.append(escape);
    }

    private String hex(int digits) {
        if (at + digits > source.length() || !source.substring(at, at + digits).matches("[0-9A-Fa-f]+")) {
            throw new Refusal("an escape needs " + digits + " hexadecimal digits");
        }
        at += digits;
        return source.substring(at - digits, at);
    }

    private char next() {
        if (at >= source.length()) {
            throw new Refusal("it ends with a lone backslash");
        }
        return source.charAt(at++);
    }

}
