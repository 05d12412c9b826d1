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
                    at = EcmaEscapes.translate(source, at, EcmaEscapes.Place.OUTSIDE, out);
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
                case '\\' -> at = EcmaEscapes.translate(source, at,
                        negated ? EcmaEscapes.Place.NEGATED_CLASS : EcmaEscapes.Place.CLASS, out);
                case '[', '&', '^' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        throw new Refusal("a character class is not closed with ']'");
    }

    /** Why a pattern cannot be translated. */
    static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }
}
