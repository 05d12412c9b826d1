package dev.oasis.generator.spec;

/**
 * Reads the YAML that specs are written in (block mappings and sequences, plain, quoted and block
 * scalars, comments, flow collections) straight into the node tree, several times faster
 * than SnakeYAML, giving each node the value and line:column SnakeYAML under Jackson gives it.
 * Anything else (anchors and aliases, tags, complex keys, document markers inside the text,
 * number forms other than plain decimals, and whatever is not valid
 * YAML) makes {@link #read} answer false, and the caller reads the file with SnakeYAML instead,
 * which also reports any error.
 */
final class BlockYamlReader {

    private static final String FLOW_INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String MERGE_KEY = "<<";

    private final YamlText text;
    private final char[] chars;
    private final YamlScalars scalars;
    private final YamlBlockScalar blocks;
    private final TreeBuilder tree;
    private int depth;
    private String keyText;
    private int keyEnd;

    private BlockYamlReader(YamlText text, TreeBuilder tree) {
        this.text = text;
        this.chars = text.chars();
        this.scalars = new YamlScalars(text);
        this.blocks = new YamlBlockScalar(text);
        this.tree = tree;
    }

    /** Reads {@code source} into {@code tree}; false when it leaves the style this reader reads, {@code tree} then unusable. */
    static boolean read(String source, TreeBuilder tree) {
        try {
            new BlockYamlReader(YamlText.of(source), tree).document();
            return true;
        } catch (NotBlockYaml e) {
            return false;
        }
    }

    private void document() {
        int line = text.nextContentLine(0);
        if (line < text.lines() && scalars.isDocumentMarker(line)) {
            if (chars[text.start(line)] != '-') {
                throw NotBlockYaml.INSTANCE;
            }
            text.expectLineEnd(line, text.start(line) + 3);
            line = text.nextContentLine(line + 1);
        }
        if (line >= text.lines()) {
            throw NotBlockYaml.INSTANCE;
        }
        int after = node(line, text.start(line) + text.indent(line), -1);
        if (text.nextContentLine(after) < text.lines()) {
            throw NotBlockYaml.INSTANCE;
        }
    }

    /** The node starting at {@code position}: a block sequence or mapping, or a scalar or flow collection. */
    private int node(int line, int position, int blockIndent) {
        if (chars[position] == '-' && text.blankOrEnd(position + 1, text.end(line))) {
            return sequence(line, position, false);
        }
        if (isKey(line, position)) {
            return mapping(line, position);
        }
        return inline(line, position, blockIndent);
    }

    private int mapping(int line, int position) {
        int indent = position - text.start(line);
        open();
        tree.startMap(YamlText.lineNumber(line), indent + 1);
        int current = line;
        int keyPosition = position;
        while (true) {
            if (!isKey(current, keyPosition)) {
                throw NotBlockYaml.INSTANCE;
            }
            tree.key(keyText, YamlText.lineNumber(current), indent + 1);
            current = value(current, keyEnd, indent);
            int next = text.nextContentLine(current);
            if (next >= text.lines() || text.indent(next) < indent) {
                current = next;
                break;
            }
            if (text.indent(next) > indent) {
                throw NotBlockYaml.INSTANCE;
            }
            current = next;
            keyPosition = text.start(next) + indent;
        }
        tree.end();
        depth--;
        return current;
    }

    /** The value after a key's colon: on the same line, on the lines below, an indentless sequence, or empty (the empty text, as Jackson gives it). */
    private int value(int line, int afterColon, int indent) {
        int position = text.skipSpaces(afterColon, text.end(line));
        if (position < text.end(line) && chars[position] != '#') {
            return inline(line, position, indent);
        }
        int next = text.nextContentLine(line + 1);
        if (next < text.lines()) {
            int nextIndent = text.indent(next);
            int start = text.start(next) + nextIndent;
            if (nextIndent > indent) {
                return node(next, start, indent);
            }
            if (nextIndent == indent && chars[start] == '-' && text.blankOrEnd(start + 1, text.end(next))) {
                return sequence(next, start, true);
            }
        }
        tree.scalar("", YamlText.lineNumber(line), text.column(line, afterColon));
        return line + 1;
    }

    private int sequence(int line, int position, boolean indentless) {
        int indent = position - text.start(line);
        open();
        tree.startList(YamlText.lineNumber(line), indent + 1);
        int current = line;
        while (true) {
            int end = text.end(current);
            int item = text.skipSpaces(text.start(current) + indent + 1, end);
            if (item < end && chars[item] != '#') {
                current = node(current, item, indent);
            } else {
                int next = text.nextContentLine(current + 1);
                if (next >= text.lines() || text.indent(next) <= indent) {
                    throw NotBlockYaml.INSTANCE;
                }
                current = node(next, text.start(next) + text.indent(next), indent);
            }
            int next = text.nextContentLine(current);
            if (next >= text.lines()) {
                current = next;
                break;
            }
            int nextIndent = text.indent(next);
            int start = text.start(next) + nextIndent;
            boolean entry = chars[start] == '-' && text.blankOrEnd(start + 1, text.end(next));
            if (nextIndent == indent && entry) {
                current = next;
                continue;
            }
            if (nextIndent < indent || nextIndent == indent && indentless) {
                current = next;
                break;
            }
            throw NotBlockYaml.INSTANCE;
        }
        tree.end();
        depth--;
        return current;
    }

    /** A scalar or flow collection starting at {@code position}; returns the line after it. */
    private int inline(int line, int position, int blockIndent) {
        char c = chars[position];
        int column = text.column(line, position);
        if (c == '"' || c == '\'') {
            String value = scalars.quoted(line, position);
            text.expectLineEnd(scalars.endLine, scalars.endPosition);
            tree.scalar(value, YamlText.lineNumber(line), column);
            return scalars.endLine + 1;
        }
        if (c == '|' || c == '>') {
            String value = blocks.read(line, position, blockIndent);
            tree.scalar(value, YamlText.lineNumber(line), column);
            return blocks.nextLine;
        }
        if (c == '[' || c == '{') {
            YamlFlow flow = new YamlFlow(text, scalars, tree, this::open, () -> depth--);
            flow.read(line, position);
            text.expectLineEnd(flow.line, flow.position);
            return flow.line + 1;
        }
        if (FLOW_INDICATORS.indexOf(c) >= 0 && !(c == '-' && !text.blankOrEnd(position + 1, text.end(line)))) {
            throw NotBlockYaml.INSTANCE;
        }
        String value = scalars.blockPlain(line, position, blockIndent);
        tree.scalar(YamlTypes.of(value), YamlText.lineNumber(line), column);
        return scalars.endLine + 1;
    }

    /**
     * True when a block mapping key (plain or quoted, on one line, followed by {@code :} and a space
     * or the line's end) starts at {@code position}; its text and the position after the colon are kept.
     */
    private boolean isKey(int line, int position) {
        int end = text.end(line);
        char c = chars[position];
        if (c == '"' || c == '\'') {
            String key = scalars.quoted(line, position);
            if (scalars.endLine != line) {
                return false;
            }
            int after = text.skipSpaces(scalars.endPosition, end);
            return after < end && chars[after] == ':' && text.blankOrEnd(after + 1, end) && keep(key, after);
        }
        if (FLOW_INDICATORS.indexOf(c) >= 0 && !(c == '-' && !text.blankOrEnd(position + 1, end))) {
            return false;
        }
        for (int i = position; i < end; i++) {
            char ch = chars[i];
            if (ch == ':' && text.blankOrEnd(i + 1, end)) {
                int last = i;
                while (chars[last - 1] == ' ') {
                    last--;
                }
                return keep(text.text().substring(position, last), i);
            }
            if (ch == '\t' || i - position > 1000) {
                throw NotBlockYaml.INSTANCE;
            }
            if (ch == '#' && chars[i - 1] == ' ') {
                return false;
            }
        }
        return false;
    }

    private boolean keep(String key, int colon) {
        if (key.equals(MERGE_KEY)) {
            throw NotBlockYaml.INSTANCE;
        }
        keyText = key;
        keyEnd = colon + 1;
        return true;
    }

    /** Counts one more open collection; deeper than the loader accepts is left to SnakeYAML, which reports it. */
    private void open() {
        if (++depth >= SpecLoader.MAX_DEPTH) {
            throw NotBlockYaml.INSTANCE;
        }
    }
}
