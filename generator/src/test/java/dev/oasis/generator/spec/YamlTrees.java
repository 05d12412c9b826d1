package dev.oasis.generator.spec;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;

/** Reads YAML text both ways, the block reader's and SnakeYAML's, and prints trees so they can be compared. */
final class YamlTrees {

    private static final Path FILE = Path.of("test.yaml");

    private YamlTrees() {
    }

    /**
     * The block reader's tree and problems, printed; empty when it leaves the text to SnakeYAML, or
     * when the tree is empty (a null root), which the loader refuses whichever way it was read.
     */
    static Optional<String> fast(String text) {
        SpecDocument document = new SpecDocument(FILE, FILE);
        TreeBuilder builder = new TreeBuilder(document);
        if (!BlockYamlReader.read(text, builder) || builder.root() instanceof SpecScalar scalar && scalar.isNull()) {
            return Optional.empty();
        }
        document.root(builder.root());
        return Optional.of(print(document));
    }

    /** SnakeYAML's tree and problems (through Jackson), printed; empty when it refuses the text, or the loader an empty file. */
    static Optional<String> snakeYaml(String text) {
        try {
            return Optional.of(print(new SpecLoader().loadThroughJackson(FILE, FILE, text)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String print(SpecDocument document) {
        StringBuilder out = new StringBuilder();
        if (document.root() != null) {
            print(document.root(), out);
        }
        document.problems().forEach(problem -> out.append(problem.format()).append('\n'));
        return out.toString();
    }

    /** One line per node: pointer, line:column, kind, and a scalar's type and value (a decimal's scale too). */
    private static void print(SpecNode node, StringBuilder out) {
        out.append(node.pointer()).append(' ').append(node.location().line()).append(':').append(node.location().column()).append(' ');
        if (node instanceof SpecMap map) {
            out.append("map ").append(map.entries().keySet()).append('\n');
            map.entries().values().forEach(value -> print(value, out));
        } else if (node instanceof SpecList list) {
            out.append("list ").append(list.items().size()).append('\n');
            list.items().forEach(item -> print(item, out));
        } else {
            Object value = ((SpecScalar) node).value();
            String text = value instanceof BigDecimal decimal ? decimal + " scale " + decimal.scale() : String.valueOf(value);
            out.append(value == null ? "null" : value.getClass().getSimpleName()).append(' ')
                    .append(text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")).append('\n');
        }
    }
}
