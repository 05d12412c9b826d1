package dev.oasis.generator.spec;

/**
 * Plain and quoted scalars for {@link BlockYamlReader}, read by the rules of SnakeYAML's scanner
 * (folding, comments, where a plain scalar ends; quoted ones by {@link YamlQuoted}); what those
 * rules would turn into an error is {@link NotBlockYaml}. After each scan, {@link #endLine} and
 * {@link #endPosition} tell where the scalar ended. {@link YamlTypes} types plain scalars.
 */
final class YamlScalars {

    private final YamlText text;
    private final char[] chars;
    private final YamlQuoted quoted;
    int endLine;
    int endPosition;

    YamlScalars(YamlText text) {
        this.text = text;
        this.chars = text.chars();
        this.quoted = new YamlQuoted(text, this);
    }

    /**
     * A plain scalar in block context starting at {@code position} on {@code line}, continued on the
     * lines that follow as long as they are indented deeper than {@code blockIndent}. Ends with
     * {@link #endLine} on its last line and the rest of that line read (a comment at most).
     */
    String blockPlain(int line, int position, int blockIndent) {
        int indent = blockIndent + 1;
        StringBuilder value = new StringBuilder();
        String spaces = "";
        int current = line;
        int i = position;
        int end = text.end(current);
        while (true) {
            if (i < end && chars[i] == '#') {
                break;
            }
            int start = i;
            while (i < end && chars[i] != ' ' && chars[i] != '\t') {
                if (chars[i] == ':' && (i + 1 >= end || chars[i + 1] == ' ' || chars[i + 1] == '\t')) {
                    throw NotBlockYaml.INSTANCE;
                }
                i++;
            }
            if (i == start) {
                break;
            }
            value.append(spaces).append(text.text(), start, i);
            endLine = current;
            int whitespace = i;
            while (i < end && (chars[i] == ' ' || chars[i] == '\t')) {
                i++;
            }
            if (i < end) {
                spaces = text.text().substring(whitespace, i);
                continue;
            }
            int next = continuation(current, indent);
            if (next < 0) {
                break;
            }
            spaces = breaksBetween(current, next);
            current = next;
            i = text.start(current) + text.indent(current);
            end = text.end(current);
        }
        return value.toString();
    }

    /** The line a plain scalar ending on {@code line} goes on to, or -1 when it ends there. */
    private int continuation(int line, int indent) {
        if (!text.hasBreak(line)) {
            return -1;
        }
        int next = line + 1;
        while (true) {
            if (isDocumentMarker(next)) {
                throw NotBlockYaml.INSTANCE;
            }
            int spaces = 0;
            int start = text.start(next);
            int end = text.end(next);
            while (start + spaces < end && chars[start + spaces] == ' ') {
                spaces++;
            }
            if (start + spaces < end) {
                char first = chars[start + spaces];
                if (first == '\t') {
                    throw NotBlockYaml.INSTANCE;
                }
                return first == '#' || spaces < indent ? -1 : next;
            }
            if (!text.hasBreak(next)) {
                return -1;
            }
            next++;
        }
    }

    private static String breaksBetween(int line, int next) {
        return next == line + 1 ? " " : "\n".repeat(next - line - 1);
    }

    /** True when line {@code line} starts with a document marker, {@code ---} or {@code ...}. */
    boolean isDocumentMarker(int line) {
        int start = text.start(line);
        int end = text.end(line);
        if (end - start < 3) {
            return false;
        }
        String prefix = text.text().substring(start, start + 3);
        return (prefix.equals("---") || prefix.equals("...")) && (start + 3 == end || chars[start + 3] == ' '
                || chars[start + 3] == '\t');
    }

    /**
     * A plain scalar in a flow collection: ends before a flow indicator, a {@code :} followed by a
     * space or flow indicator, or a comment, and may go on over lines, folded, whatever their
     * indentation; {@link #endLine} and {@link #endPosition} are after its last character.
     */
    String flowPlain(int line, int position) {
        StringBuilder value = new StringBuilder();
        String spaces = "";
        int current = line;
        int i = position;
        int end = text.end(current);
        while (i >= end || chars[i] != '#') {
            int start = i;
            while (i < end && chars[i] != ' ' && chars[i] != '\t' && ",?[]{}".indexOf(chars[i]) < 0
                    && !(chars[i] == ':' && (i + 1 >= end || " \t,[]{}".indexOf(chars[i + 1]) >= 0))) {
                i++;
            }
            if (i == start) {
                break;
            }
            value.append(spaces).append(text.text(), start, i);
            endLine = current;
            endPosition = i;
            if (i < end && chars[i] == '?') {
                throw NotBlockYaml.INSTANCE;
            }
            int whitespace = i;
            while (i < end && (chars[i] == ' ' || chars[i] == '\t')) {
                i++;
            }
            if (i < end) {
                if (i == whitespace) {
                    break;
                }
                spaces = text.text().substring(whitespace, i);
                continue;
            }
            int next = continuation(current, -1);
            if (next < 0) {
                break;
            }
            spaces = breaksBetween(current, next);
            current = next;
            i = text.start(current) + text.indent(current);
            end = text.end(current);
        }
        if (value.length() == 0) {
            throw NotBlockYaml.INSTANCE;
        }
        return value.toString();
    }

    /**
     * A single- or double-quoted scalar starting at its quote, folded over as many lines as it takes;
     * {@link #endLine} and {@link #endPosition} are after the closing quote.
     */
    String quoted(int line, int position) {
        String value = quoted.read(line, position);
        endLine = quoted.endLine;
        endPosition = quoted.endPosition;
        return value;
    }
}
