package dev.oasis.generator.spec;

/**
 * A literal ({@code |}) or folded ({@code >}) block scalar for {@link BlockYamlReader}, read by the
 * rules of SnakeYAML's scanner: chomping and indentation indicators, the indentation found from the
 * first lines, folding, and the tail kept, clipped or stripped. After {@link #read},
 * {@link #nextLine} is the first line the scalar does not take.
 */
final class YamlBlockScalar {

    private final YamlText text;
    private final char[] chars;
    int nextLine;
    /** Where reading stands: a line and the number of spaces read at its start. */
    private int line;
    private int column;

    YamlBlockScalar(YamlText text) {
        this.text = text;
        this.chars = text.chars();
    }

    /**
     * Reads the block scalar whose indicator is at {@code position} on {@code line}, inside a block
     * collection indented {@code blockIndent} columns (-1 at the top of the document).
     */
    String read(int line, int position, int blockIndent) {
        boolean folded = chars[position] == '>';
        int end = text.end(line);
        int i = position + 1;
        Boolean keep = null;
        int increment = -1;
        for (int indicator = 0; indicator < 2 && i < end; indicator++) {
            char c = chars[i];
            if ((c == '+' || c == '-') && keep == null) {
                keep = c == '+';
                i++;
            } else if (c >= '1' && c <= '9' && increment < 0) {
                increment = c - '0';
                i++;
            } else {
                break;
            }
        }
        if (i < end && chars[i] != ' ') {
            throw NotBlockYaml.INSTANCE;
        }
        text.expectLineEnd(line, i);
        int minIndent = Math.max(blockIndent + 1, 1);
        StringBuilder value = new StringBuilder();
        if (!text.hasBreak(line)) {
            nextLine = line + 1;
            return "";
        }
        this.line = line + 1;
        this.column = 0;
        int indent;
        int breaks;
        if (increment < 0) {
            int[] found = indentation();
            breaks = found[0];
            indent = Math.max(minIndent, found[1]);
        } else {
            indent = minIndent + increment - 1;
            breaks = breaks(indent);
        }
        boolean lineBreak = false;
        boolean lastLineTaken = false;
        while (column == indent && !atEnd()) {
            value.append("\n".repeat(breaks));
            int start = text.start(this.line) + column;
            int contentEnd = text.end(this.line);
            boolean leadingNonSpace = start >= contentEnd || chars[start] != ' ' && chars[start] != '\t';
            value.append(text.text(), start, contentEnd);
            lineBreak = text.hasBreak(this.line);
            if (!lineBreak) {
                breaks = 0;
                lastLineTaken = true;
                break;
            }
            this.line++;
            column = 0;
            breaks = breaks(indent);
            if (column != indent || atEnd()) {
                break;
            }
            int next = text.start(this.line) + column;
            boolean nextNonSpace = next >= text.end(this.line) || chars[next] != ' ' && chars[next] != '\t';
            if (folded && leadingNonSpace && nextNonSpace) {
                if (breaks == 0) {
                    value.append(' ');
                }
            } else {
                value.append('\n');
            }
        }
        if (keep == null || keep) {
            value.append(lineBreak ? "\n" : "");
        }
        if (Boolean.TRUE.equals(keep)) {
            value.append("\n".repeat(breaks));
        }
        nextLine = lastLineTaken ? this.line + 1 : this.line;
        return value.toString();
    }

    /** True when reading stands at the end of the text. */
    private boolean atEnd() {
        return text.start(line) + column >= text.end(line) && !text.hasBreak(line);
    }

    /** Reads the blank lines before the first content line; returns their number and the deepest indentation among them and it. */
    private int[] indentation() {
        int breaks = 0;
        int deepest = 0;
        while (true) {
            int start = text.start(line);
            int end = text.end(line);
            while (start + column < end && chars[start + column] == ' ') {
                column++;
                deepest = Math.max(deepest, column);
            }
            if (start + column < end || !text.hasBreak(line)) {
                return new int[] {breaks, deepest};
            }
            breaks++;
            line++;
            column = 0;
        }
    }

    /** Reads up to {@code indent} spaces, then every following line that is blank within them; returns how many. */
    private int breaks(int indent) {
        int breaks = 0;
        while (true) {
            int start = text.start(line);
            int end = text.end(line);
            while (column < indent && start + column < end && chars[start + column] == ' ') {
                column++;
            }
            if (start + column < end || !text.hasBreak(line)) {
                return breaks;
            }
            breaks++;
            line++;
            column = 0;
        }
    }
}
