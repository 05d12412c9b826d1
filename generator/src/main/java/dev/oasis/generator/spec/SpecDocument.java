package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One loaded spec file: its path and its root node. */
public final class SpecDocument {

    private final Path path;
    private final Path displayPath;
    private final List<Diagnostic> problems = new ArrayList<>();
    private SpecNode root;

    SpecDocument(Path path, Path displayPath) {
        this.path = path;
        this.displayPath = displayPath;
    }

    void root(SpecNode root) {
        this.root = root;
    }

    void problem(Diagnostic diagnostic) {
        problems.add(diagnostic);
    }

    /** Problems found while reading the file that did not stop the reading, such as duplicate keys. */
    public List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** The absolute, normalized path of the file. */
    public Path path() {
        return path;
    }

    /** The path as shown in messages: as the user gave it, or relative to the main spec. */
    public Path displayPath() {
        return displayPath;
    }

    /** The root node. */
    public SpecNode root() {
        return root;
    }

    /** The root node as a map; an OpenAPI document always has one. */
    public SpecMap rootMap() {
        return (SpecMap) root;
    }

    /** The node at a JSON pointer such as {@code /components/schemas/Foo}, if it exists. */
    public Optional<SpecNode> at(String pointer) {
        SpecNode node = root;
        for (String token : JsonPointers.split(pointer)) {
            if (node instanceof SpecMap map) {
                node = map.get(token).orElse(null);
            } else if (node instanceof SpecList list && isIndex(token, list.items().size())) {
                node = list.items().get(Integer.parseInt(token));
            } else {
                node = null;
            }
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    private static boolean isIndex(String token, int size) {
        if (token.isEmpty() || token.length() > 9 || !token.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(token) < size;
    }

    @Override
    public String toString() {
        return displayPath.toString();
    }
}
