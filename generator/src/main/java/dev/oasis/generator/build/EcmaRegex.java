package dev.oasis.generator.build;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates a {@code pattern} from ECMA-262, the dialect JSON Schema names, to {@code java.util.regex}
 * with the same meaning: {@code $} is the end of the text and {@code .} excludes exactly ECMA's line
 * terminators; {@code \s} adds the Unicode spaces ECMA counts; {@code \b} uses ASCII word characters;
 * {@code [^]} is any character and {@code []} none; {@code [}, {@code &} and a {@code {} that starts no
 * quantifier are literal. What has no certain translation (Java-only syntax such as {@code (?i)},
 * {@code \A} or possessive quantifiers, which ECMA rejects or reads otherwise) is refused with the reason.
 */
final class EcmaRegex {

    private static final String SPACES = "\\s\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}";
    private static final String WORD_BOUNDARY = "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))";
    private static final String NOT_WORD_BOUNDARY = "(?:(?<=[A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<![A-Za-z0-9_])(?![A-Za-z0-9_]))";

    /**
     * The outcome of a translation.
     *
     * @param java the translated expression, when the pattern could be translated
     * @param problem why it could not be, otherwise
     */
    record Translation(Optional<String> java, String problem) {
    }

    private final String source;
    private final StringBuilder out = new StringBuilder();
    private int at;

    private EcmaRegex(String source) {
        this.source = source;
    }

    /** Translates {@code source}; the result compiles with {@link Pattern#compile(String)}. */
    static Translation translate(String source) {
        EcmaRegex regex = new EcmaRegex(source);
        try {
            regex.translate();
            Pattern.compile(regex.out.toString());
            return new Translation(Optional.of(regex.out.toString()), "");
        } catch (Refusal refusal) {
            return new Translation(Optional.empty(), refusal.getMessage());
        } catch (PatternSyntaxException e) {
            return new Translation(Optional.empty(), "it is not a valid regular expression (" + e.getDescription() + ")");
        }
    }

    private void translate() {
        boolean quantifiable = false;
        while (at < source.length()) {
            char c = source.charAt(at++);
            switch (c) {
                case '\\' -> {
                    escape(false);
                    quantifiable = true;
                }
                case '[' -> {
                    characterClass();
                    quantifiable = true;
                }
                case '$' -> {
                    out.append("\\z");
                    quantifiable = false;
                }
                case '.' -> {
                    out.append("[^\\n\\r\\u2028\\u2029]");
                    quantifiable = true;
                }
                case '(' -> {
                    group();
                    quantifiable = false;
                }
                case ')' -> {
                    out.append(')');
                    quantifiable = true;
                }
                case '{' -> {
                    if (quantifiable && quantifier()) {
                        possessiveCheck();
                        quantifiable = false;
                    } else {
                        out.append("\\{");
                        quantifiable = true;
                    }
                }
                case '}' -> {
                    out.append("\\}");
                    quantifiable = true;
                }
                case '*', '+', '?' -> {
                    out.append(c);
                    possessiveCheck();
                    quantifiable = false;
                }
                default -> {
                    out.append(c);
                    quantifiable = c != '|' && c != '^';
                }
            }
        }
    }

    /** After a quantifier: a lazy {@code ?} is common to both; a {@code +} makes it possessive in Java only. */
    private void possessiveCheck() {
        if (at < source.length() && source.charAt(at) == '?') {
            out.append('?');
            at++;
        } else if (at < source.length() && source.charAt(at) == '+') {
            throw new Refusal("'" + source.substring(at - 1, at + 1) + "' is a possessive quantifier in Java and an error in ECMA-262");
        }
    }

    /** Copies {@code {n}}, {@code {n,}} or {@code {n,m}} when that is what follows; otherwise leaves the position. */
    private boolean quantifier() {
        int end = source.indexOf('}', at);
        if (end < 0 || !source.substring(at, end).matches("\\d+(,\\d*)?")) {
            return false;
        }
        out.append('{').append(source, at, end + 1);
        at = end + 1;
        return true;
    }

    private void group() {
        out.append('(');
        if (at >= source.length() || source.charAt(at) != '?') {
            return;
        }
        String rest = source.substring(at);
        for (String kind : new String[] {"?:", "?=", "?!", "?<=", "?<!"}) {
            if (rest.startsWith(kind)) {
                out.append(kind);
                at += kind.length();
                return;
            }
        }
        if (rest.startsWith("?<")) {
            int end = rest.indexOf('>');
            String name = end < 0 ? "" : rest.substring(2, end);
            if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new Refusal("the group name '" + name + "' is not one Java accepts (letters and digits)");
            }
            out.append(rest, 0, end + 1);
            at += end + 1;
            return;
        }
        throw new Refusal("'(" + rest.substring(0, Math.min(3, rest.length())) + "' is not a group ECMA-262 knows (inline flags and atomic groups are Java only)");
    }

    private void characterClass() {
        if (source.startsWith("^]", at)) {
            out.append("[\\s\\S]");
            at += 2;
            return;
        }
        if (source.startsWith("]", at)) {
            out.append("(?!)");
            at += 1;
            return;
        }
        boolean negated = source.startsWith("^", at);
        out.append('[');
        if (negated) {
            out.append('^');
            at++;
        }
        while (at < source.length()) {
            char c = source.charAt(at++);
            switch (c) {
                case ']' -> {
                    out.append(']');
                    return;
                }
                case '\\' -> classEscape(negated);
                case '[', '&', '^' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        throw new Refusal("a character class is not closed with ']'");
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

    /** Why a pattern cannot be translated. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }
}
