package dev.oasis.generator.spec;

import org.yaml.snakeyaml.scanner.ScannerImpl;

/**
 * Single- and double-quoted scalars for {@link BlockYamlReader}, read by the rules of SnakeYAML's
 * scanner: {@code ''} in single quotes, SnakeYAML's own table of escapes in double quotes, folding
 * over lines (a backslash at the end of a line joins without a space). An unknown escape, a document
 * marker inside and the end of the text before the closing quote are {@link NotBlockYaml}.
 */
final class YamlQuoted {

    private final YamlText text;
    private final char[] chars;
    private final YamlScalars scalars;
    int endLine;
    int endPosition;

    YamlQuoted(YamlText text, YamlScalars scalars) {
        this.text = text;
        this.chars = text.chars();
        this.scalars = scalars;
    }

    /**
     * A single- or double-quoted scalar starting at its quote, folded over as many lines as it takes;
     * {@link #endLine} and {@link #endPosition} are after the closing quote.
     */
    String read(int line, int position) {
        char quote = chars[position];
        boolean doubleQuoted = quote == '"';
        StringBuilder value = new StringBuilder();
        int current = line;
        int i = position + 1;
        int end = text.end(current);
        while (true) {
            if (i >= end) {
                if (!text.hasBreak(current)) {
                    throw NotBlockYaml.INSTANCE;
                }
                int next = afterBreaks(current);
                value.append(next == current + 1 ? " " : "\n".repeat(next - current - 1));
                current = next;
                i = firstNonWhitespace(current);
                end = text.end(current);
                continue;
            }
            char c = chars[i];
            if (c == quote) {
                if (!doubleQuoted && i + 1 < end && chars[i + 1] == '\'') {
                    value.append('\'');
                    i += 2;
                    continue;
                }
                endLine = current;
                endPosition = i + 1;
                return value.toString();
            }
            if (c == ' ' || c == '\t') {
                int run = i;
                while (i < end && (chars[i] == ' ' || chars[i] == '\t')) {
                    i++;
                }
                if (i < end) {
                    value.append(text.text(), run, i);
                }
                continue;
            }
            if (doubleQuoted && c == '\\') {
                if (i + 1 >= end) {
                    if (!text.hasBreak(current)) {
                        throw NotBlockYaml.INSTANCE;
                    }
                    int next = afterBreaks(current);
                    value.append("\n".repeat(next - current - 1));
                    current = next;
                    i = firstNonWhitespace(current);
                    end = text.end(current);
                    continue;
                }
                i = escape(i + 1, end, value);
                continue;
            }
            value.append(c);
            i++;
        }
    }

    /** Appends the character escaped at {@code position} (after the backslash); returns the position after the escape. */
    private int escape(int position, int end, StringBuilder value) {
        char c = chars[position];
        String replacement = ScannerImpl.ESCAPE_REPLACEMENTS.get(c);
        if (replacement != null) {
            value.append(replacement);
            return position + 1;
        }
        Integer length = ScannerImpl.ESCAPE_CODES.get(c);
        if (length == null || position + 1 + length > end) {
            throw NotBlockYaml.INSTANCE;
        }
        String hex = text.text().substring(position + 1, position + 1 + length);
        if (!hex.chars().allMatch(digit -> Character.digit(digit, 16) >= 0 && digit < 0x80)) {
            throw NotBlockYaml.INSTANCE;
        }
        long codePoint = Long.parseLong(hex, 16);
        if (codePoint > Character.MAX_CODE_POINT) {
            throw NotBlockYaml.INSTANCE;
        }
        value.appendCodePoint((int) codePoint);
        return position + 1 + length;
    }

    /** The line after the blank lines that follow {@code line}, inside a quoted scalar; a document marker there is not read. */
    private int afterBreaks(int line) {
        int next = line + 1;
        while (true) {
            if (scalars.isDocumentMarker(next)) {
                throw NotBlockYaml.INSTANCE;
            }
            if (firstNonWhitespace(next) < text.end(next) || !text.hasBreak(next)) {
                return next;
            }
            next++;
        }
    }

    private int firstNonWhitespace(int line) {
        int i = text.start(line);
        int end = text.end(line);
        while (i < end && (chars[i] == ' ' || chars[i] == '\t')) {
            i++;
        }
        return i;
    }
}
