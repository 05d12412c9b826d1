package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The main spec file and every file its {@code $ref}s reach, with reference resolution.
 *
 * <p>{@link #open} loads the main file and follows every {@code $ref} once, so that all missing
 * targets are reported together before any model is built. After that, {@link #resolve} never fails.
 */
public final class SpecSet {

    private static final String REF = "$ref";

    private final SpecLoader loader;
    private final SpecDocument main;
    private final Map<Path, SpecDocument> documents = new LinkedHashMap<>();

    private SpecSet(SpecLoader loader, SpecDocument main) {
        this.loader = loader;
        this.main = main;
        documents.put(main.path(), main);
    }

    /**
     * Loads the spec at {@code path} and every file it references, and checks every reference.
     *
     * @throws GenerationException listing every unreadable file and missing reference target
     */
    public static SpecSet open(Path path, SpecLoader loader) {
        SpecSet set = new SpecSet(loader, loader.load(path, path));
        Diagnostics diagnostics = new Diagnostics();
        set.checkReferences(diagnostics);
        diagnostics.throwIfErrors();
        return set;
    }

    /** The main spec document. */
    public SpecDocument main() {
        return main;
    }

    /** Every loaded file, the main one first. */
    public Collection<SpecDocument> documents() {
        return List.copyOf(documents.values());
    }

    /** True when the node is a map holding a {@code $ref}. */
    public static boolean isReference(SpecNode node) {
        return node instanceof SpecMap map && map.has(REF);
    }

    /** The {@code $ref} text of a reference node. */
    public static Optional<String> referenceOf(SpecNode node) {
        return node instanceof SpecMap map ? map.text(REF) : Optional.empty();
    }

    /**
     * Follows {@code $ref}s from {@code node} until a node that is not a reference.
     * References were checked when the set was opened, so this only fails for a reference cycle
     * made purely of {@code $ref}s, which is reported as an error.
     */
    public SpecNode resolve(SpecNode node) {
        SpecNode current = node;
        Set<SpecNode> seen = new HashSet<>();
        while (isReference(current)) {
            if (!seen.add(current)) {
                throw GenerationException.of(Diagnostic.error("ref.cycle", node.location(), node.pointer(),
                        "the $ref chain starting here never reaches a schema", "make one of the references a real schema"));
            }
            current = target((SpecMap) current).orElseThrow();
        }
        return current;
    }

    /** The node a reference map points at, if it exists. */
    public Optional<SpecNode> target(SpecMap reference) {
        String ref = reference.text(REF).orElse("");
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        SpecDocument document = file.isEmpty() ? reference.document() : documents.get(resolvePath(reference, file));
        return document == null ? Optional.empty() : document.at(pointer);
    }

    private Path resolvePath(SpecNode from, String file) {
        Path base = from.document().path().getParent();
        return base.resolve(file).normalize();
    }

    private Path displayPathFor(SpecNode from, String file) {
        Path base = from.document().displayPath().getParent();
        return base == null ? Path.of(file).normalize() : base.resolve(file).normalize();
    }

    private void checkReferences(Diagnostics diagnostics) {
        Deque<SpecDocument> pending = new ArrayDeque<>(List.of(main));
        while (!pending.isEmpty()) {
            SpecDocument document = pending.pop();
            for (SpecMap reference : referencesIn(document)) {
                SpecScalar refNode = reference.scalar(REF).orElse(null);
                if (refNode == null || refNode.isNull()) {
                    diagnostics.report(Diagnostic.error("ref.not-text", reference.location(), reference.pointer() + "/$ref",
                            "$ref must be a string", "write it as $ref: '#/components/schemas/Name'"));
                    continue;
                }
                String ref = refNode.text();
                int hash = ref.indexOf('#');
                String file = hash < 0 ? ref : ref.substring(0, hash);
                if (!file.isEmpty()) {
                    if (file.contains("://")) {
                        diagnostics.report(Diagnostic.error("ref.remote", refNode.location(), refNode.pointer(),
                                "remote reference '" + ref + "' is not supported", "download the file and refer to it by a relative path"));
                        continue;
                    }
                    Path path = resolvePath(reference, file);
                    if (!documents.containsKey(path)) {
                        try {
                            SpecDocument loaded = loader.load(path, displayPathFor(reference, file));
                            documents.put(path, loaded);
                            pending.add(loaded);
                        } catch (GenerationException e) {
                            e.diagnostics().forEach(diagnostics::report);
                            diagnostics.report(Diagnostic.error("ref.file", refNode.location(), refNode.pointer(),
                                    "cannot load '" + file + "' referenced here", "check the relative path of the referenced file"));
                            continue;
                        }
                    }
                }
                if (target(reference).isEmpty()) {
                    diagnostics.report(Diagnostic.error("ref.missing", refNode.location(), refNode.pointer(),
                            "$ref target '" + ref + "' does not exist",
                            hintFor(ref)));
                }
            }
        }
    }

    private String hintFor(String ref) {
        int slash = ref.lastIndexOf('/');
        if (ref.startsWith("#/components/") && slash > 0) {
            String section = ref.substring(2, slash);
            return "define '" + ref.substring(slash + 1) + "' under " + section.replace('/', '.')
                    + ", or correct the name (names are case-sensitive)";
        }
        return "a local reference looks like '#/components/schemas/Name'";
    }

    private static List<SpecMap> referencesIn(SpecDocument document) {
        List<SpecMap> found = new ArrayList<>();
        Deque<SpecNode> stack = new ArrayDeque<>();
        stack.push(document.root());
        while (!stack.isEmpty()) {
            SpecNode node = stack.pop();
            if (node instanceof SpecMap map) {
                if (map.has(REF)) {
                    found.add(map);
                }
                map.entries().values().forEach(stack::push);
            } else if (node instanceof SpecList list) {
                list.items().forEach(stack::push);
            }
        }
        found.sort((a, b) -> Integer.compare(a.location().line(), b.location().line()));
        return found;
    }
}
