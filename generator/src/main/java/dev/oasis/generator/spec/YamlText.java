package dev.oasis.generator.spec;

/**
 * A YAML file's text as lines, for {@link BlockYamlReader}: where each line starts and ends, its
 * indentation, and the line and column SnakeYAML would give a position (lines counted from 1,
 * columns in code points from 1). Line breaks are LF or CRLF; a text with any other line break
 * (a lone CR, NEL, LS, PS), a character SnakeYAML refuses, or a tab where indentation is read is
 * {@link NotBlockYaml}.
 */
final class YamlText {

    private final String text;
    private final char[] chars;
    private final int[] lineStarts;
    /** Each line's indentation in spaces; -1 for a line whose indentation has a tab, -2 for a blank or comment line. */
    private final int[] indents;
    /** Lines holding a character outside the basic plane, whose columns count code points, not chars. */
    private final java.util.BitSet wideLines = new java.util.BitSet();

    private YamlText(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        int lines = 1;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n') {
                lines++;
            } else if (c < 0x20 && c != '\t' && !(c == '\r' && i + 1 < chars.length && chars[i + 1] == '\n')
                    || c >= 0x7F && c < 0xA0 || c == '\u2028' || c == '\u2029' || c == '\uFEFF' && i == 0 || c >= 0xFFFE) {
                throw NotBlockYaml.INSTANCE;
            } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                if (!Character.isHighSurrogate(c) || i + 1 >= chars.length || !Character.isLowSurrogate(chars[i + 1])) {
                    throw NotBlockYaml.INSTANCE;
                }
                wideLines.set(lines - 1);
                i++;
            }
        }
        this.lineStarts = new int[lines + 1];
        this.indents = new int[lines];
        int line = 0;
        int i = 0;
        while (line < lines) {
            lineStarts[line] = i;
            int spaces = 0;
            while (i < chars.length && chars[i] == ' ') {
                i++;
                spaces++;
            }
            char first = i < chars.length ? chars[i] : '\n';
            indents[line] = first == '\t' ? -1 : first == '\n' || first == '#' || first == '\r' && i + 1 < chars.length
                    && chars[i + 1] == '\n' ? -2 : spaces;
            while (i < chars.length && chars[i] != '\n') {
                i++;
            }
            i++;
            line++;
        }
        lineStarts[lines] = chars.length + 1;
    }

    /** The lines of {@code text}, after checking that every character is one this reader and SnakeYAML agree on. */
    static YamlText of(String text) {
        return new YamlText(text);
    }

    /** The characters of the text; read, never written. */
    char[] chars() {
        return chars;
    }

    String text() {
        return text;
    }

    char at(int position) {
        return chars[position];
    }

    /** The number of lines. */
    int lines() {
        return lineStarts.length - 1;
    }

    /** Where line {@code line} (0-based) starts. */
    int start(int line) {
        return lineStarts[line];
    }

    /** Where line {@code line}'s content ends: at its line break (a CRLF's CR included) or at the end of the text. */
    int end(int line) {
        int end = Math.min(lineStarts[line + 1] - 1, chars.length);
        return end > lineStarts[line] && chars[end - 1] == '\r' ? end - 1 : end;
    }

    /** True when line {@code line} ends with a line break rather than at the end of the text. */
    boolean hasBreak(int line) {
        return lineStarts[line + 1] - 1 < chars.length;
    }

    /** The number of spaces line {@code line} starts with; a tab among them is not read here. */
    int indent(int line) {
        int indent = indents[line];
        if (indent == -1) {
            throw NotBlockYaml.INSTANCE;
        }
        if (indent >= 0) {
            return indent;
        }
        int i = lineStarts[line];
        while (i < chars.length && chars[i] == ' ') {
            i++;
        }
        return i - lineStarts[line];
    }

    /** The first line from {@code line} on that is neither blank nor a comment; {@link #lines()} when there is none. */
    int nextContentLine(int line) {
        int current = line;
        int lines = lines();
        while (current < lines && indents[current] == -2) {
            current++;
        }
        if (current < lines && indents[current] == -1) {
            throw NotBlockYaml.INSTANCE;
        }
        return current;
    }

    /** The 1-based line number of line {@code line}. */
    static int lineNumber(int line) {
        return line + 1;
    }

    /** The 1-based column of {@code position} on line {@code line}, in code points as SnakeYAML counts. */
    int column(int line, int position) {
        return wideLines.get(line) ? text.codePointCount(lineStarts[line], position) + 1 : position - lineStarts[line] + 1;
    }

    /** The first position from {@code position} on that is not a space; a tab there is not read here. */
    int skipSpaces(int position, int end) {
        int i = position;
        while (i < end && chars[i] == ' ') {
            i++;
        }
        if (i < end && chars[i] == '\t') {
            throw NotBlockYaml.INSTANCE;
        }
        return i;
    }

    /** Checks that nothing but spaces and a comment follow {@code position} on its line. */
    void expectLineEnd(int line, int position) {
        int i = skipSpaces(position, end(line));
        if (i < end(line) && chars[i] != '#') {
            throw NotBlockYaml.INSTANCE;
        }
    }

    /** True when the character at {@code position} is a space, or the line ends there; a tab there is not read here. */
    boolean blankOrEnd(int position, int end) {
        if (position < end && chars[position] == '\t') {
            throw NotBlockYaml.INSTANCE;
        }
        return position >= end || chars[position] == ' ';
    }
}
