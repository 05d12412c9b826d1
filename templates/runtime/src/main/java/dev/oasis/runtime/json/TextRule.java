package dev.oasis.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Passes strings: any, or those listed, narrowed by a pattern, a format and a length. */
public final class TextRule extends Rule {

    private final Set<String> values;
    private final List<Pattern> patterns;
    private final Rules.Format format;
    private final int minLength;
    private final int maxLength;

    private TextRule(Set<String> values, List<Pattern> patterns, Rules.Format format, int minLength, int maxLength) {
        this.values = values;
        this.patterns = patterns;
        this.format = format;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    static TextRule of(List<String> values) {
        return new TextRule(Set.copyOf(values), List.of(), null, 0, Integer.MAX_VALUE);
    }

    /**
     * Narrows the rule to strings that match a pattern somewhere, as JSON Schema's {@code pattern} does.
     *
     * @param source the pattern as the spec writes it (ECMA-262), for messages
     * @param java the same pattern in {@code java.util.regex} syntax, compiled once here
     * @return the narrowed rule
     */
    public TextRule pattern(String source, String java) {
        List<Pattern> more = new java.util.ArrayList<>(patterns);
        more.add(Pattern.compile(java));
        return new TextRule(values, List.copyOf(more), format, minLength, maxLength);
    }

    /**
     * @param required the format strings must have
     * @return the narrowed rule
     */
    public TextRule format(Rules.Format required) {
        return new TextRule(values, patterns, required, minLength, maxLength);
    }

    /**
     * @param min the fewest characters (code points)
     * @param max the most characters
     * @return the narrowed rule
     */
    public TextRule length(int min, int max) {
        return new TextRule(values, patterns, format, min, max);
    }

    /** True when the current string is a listed value, compared in the parser's buffer without making a string of it. */
    private boolean isListed(JsonParser parser) throws IOException {
        char[] characters = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        for (String value : values) {
            if (value.length() == length && sameCharacters(value, characters, offset)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCharacters(String value, char[] characters, int offset) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) != characters[offset + i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    boolean startsWith(JsonToken token) {
        return token == JsonToken.VALUE_STRING;
    }

    @Override
    boolean firstTokenDecides() {
        return values.isEmpty() && patterns.isEmpty() && format == null && minLength == 0 && maxLength == Integer.MAX_VALUE;
    }

    @Override
    boolean test(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return false;
        }
        if (patterns.isEmpty() && format == null && minLength == 0 && maxLength == Integer.MAX_VALUE) {
            return values.isEmpty() || isListed(parser);
        }
        String text = parser.getText();
        if (!values.isEmpty() && !values.contains(text)) {
            return false;
        }
        if (minLength > 0 || maxLength < Integer.MAX_VALUE) {
            int length = text.codePointCount(0, text.length());
            if (length < minLength || length > maxLength) {
                return false;
            }
        }
        for (Pattern pattern : patterns) {
            if (!pattern.matcher(text).find()) {
                return false;
            }
        }
        return format == null || format.accepts(text);
    }
}
