package dev.oasis.generator.spec;

/**
 * A flow collection ({@code [a, b]}, {@code {a: 1}}) for {@link BlockYamlReader}, over as many
 * lines as it takes: nested collections, quoted and plain scalars, comments between entries,
 * trailing commas, and single-pair mappings inside a sequence ({@code ["a": 1]}), read as SnakeYAML
 * reads them. An entry without a key or value, a key whose colon is on a later line, and a
 * collection as a key are {@link NotBlockYaml}. After {@link #read}, {@link #line} and
 * {@link #position} are just after the closing bracket.
 */
final class YamlFlow {

    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final YamlText text;
    private final char[] chars;
    private final YamlScalars scalars;
    private final TreeBuilder tree;
    private final Runnable open;
    private final Runnable close;
    int line;
    int position;

    YamlFlow(YamlText text, YamlScalars scalars, TreeBuilder tree, Runnable open, Runnable close) {
        this.text = text;
        this.chars = text.chars();
        this.scalars = scalars;
        this.tree = tree;
        this.open = open;
        this.close = close;
    }

    /** Reads the collection whose bracket is at {@code start} on {@code startLine}. */
    void read(int startLine, int start) {
        line = startLine;
        position = start;
        collection();
    }

    private void collection() {
        boolean map = chars[position] == '{';
        char closing = map ? '}' : ']';
        open.run();
        if (map) {
            tree.startMap(YamlText.lineNumber(line), text.column(line, position));
        } else {
            tree.startList(YamlText.lineNumber(line), text.column(line, position));
        }
        position++;
        skipBlank();
        while (chars[position] != closing) {
            if (map) {
                key(false);
                value();
            } else if (!pair()) {
                value();
            }
            skipBlank();
            if (chars[position] == ',') {
                position++;
                skipBlank();
            } else if (chars[position] != closing) {
                throw NotBlockYaml.INSTANCE;
            }
        }
        position++;
        tree.end();
        close.run();
    }

    /** An entry of a sequence written as {@code key: value}: a mapping of its own; false when the entry is no such pair. */
    private boolean pair() {
        int startLine = line;
        int start = position;
        char c = chars[start];
        if (c == '[' || c == '{') {
            return false;
        }
        scalar();
        int afterLine = scalars.endLine;
        int after = text.skipSpaces(scalars.endPosition, text.end(afterLine));
        if (after >= text.end(afterLine) || chars[after] != ':') {
            return false;
        }
        line = startLine;
        position = start;
        open.run();
        tree.startMap(YamlText.lineNumber(line), text.column(line, position));
        key(true);
        value();
        tree.end();
        close.run();
        return true;
    }

    /** A key and its colon, on one line as a simple key must be. */
    private void key(boolean pair) {
        int keyLine = line;
        int keyPosition = position;
        char c = chars[position];
        if (c == '[' || c == '{') {
            throw NotBlockYaml.INSTANCE;
        }
        String key = scalar();
        int end = text.end(scalars.endLine);
        int colon = text.skipSpaces(scalars.endPosition, end);
        if (scalars.endLine != keyLine || colon >= end || chars[colon] != ':') {
            throw NotBlockYaml.INSTANCE;
        }
        tree.key(key, YamlText.lineNumber(keyLine), text.column(keyLine, keyPosition));
        line = keyLine;
        position = colon + 1;
        skipBlank();
        char next = chars[position];
        if (next == ',' || next == (pair ? ']' : '}')) {
            throw NotBlockYaml.INSTANCE;
        }
    }

    /** A value: a nested collection or a scalar. */
    private void value() {
        char c = chars[position];
        if (c == '[' || c == '{') {
            collection();
            return;
        }
        int valueLine = line;
        int valuePosition = position;
        boolean quoted = c == '"' || c == '\'';
        String value = scalar();
        tree.scalar(quoted ? value : YamlTypes.of(value), YamlText.lineNumber(valueLine), text.column(valueLine, valuePosition));
        line = scalars.endLine;
        position = scalars.endPosition;
    }

    /** A quoted or plain scalar at the cursor, untyped; {@link YamlScalars#endLine} and {@link YamlScalars#endPosition} after it. */
    private String scalar() {
        char c = chars[position];
        if (c == '"' || c == '\'') {
            return scalars.quoted(line, position);
        }
        int end = text.end(line);
        if (INDICATORS.indexOf(c) >= 0 && !(c == '-' && position + 1 < end && " \t".indexOf(chars[position + 1]) < 0)) {
            throw NotBlockYaml.INSTANCE;
        }
        return scalars.flowPlain(line, position);
    }

    /** Moves past spaces, comments and line breaks to the next character; the end of the text inside a collection is not read. */
    private void skipBlank() {
        while (true) {
            int end = text.end(line);
            position = text.skipSpaces(position, end);
            if (position < end && chars[position] != '#') {
                return;
            }
            if (!text.hasBreak(line)) {
                throw NotBlockYaml.INSTANCE;
            }
            line++;
            position = text.start(line);
            if (scalars.isDocumentMarker(line)) {
                throw NotBlockYaml.INSTANCE;
            }
        }
    }
}
