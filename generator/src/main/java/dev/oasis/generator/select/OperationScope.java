package dev.oasis.generator.select;

import dev.oasis.generator.spec.JsonPointers;
import dev.oasis.generator.spec.SpecDocument;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.generator.spec.SpecSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of an OpenAPI document that generating some of its operations needs: the document with
 * only the selected operations under {@code paths} (every operation without an operationId too, as
 * the model derives one) and, under {@code components/schemas}, only the schemas those operations
 * reach through references and discriminator mappings, with the schemas that extend a reached one
 * through {@code allOf}. Every other entry stays. The part is made of the document's own nodes, so
 * every message about it names the same file, line and pointer as for the whole document.
 *
 * <p>Only plain layouts are cut: a reference into another file, a reference to anything but a whole
 * entry of {@code components}, or an operation or path item written as a reference makes the scope
 * the whole document, which the generator then takes as it always did.
 */
public final class OperationScope {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String COMPONENTS = "components";
    private static final String SCHEMAS = "schemas";

    private final SpecDocument document;
    private final SpecMap schemas;
    private final Map<SpecNode, String> schemaNames = new IdentityHashMap<>();
    private final Map<SpecNode, List<SpecNode>> extensions = new IdentityHashMap<>();
    private final Set<SpecNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> reached = new HashSet<>();
    private final Deque<SpecNode> pending = new ArrayDeque<>();

    private OperationScope(SpecDocument document, SpecMap schemas) {
        this.document = document;
        this.schemas = schemas;
    }

    /**
     * The root of the part of {@code document} that {@code selection} needs, or empty when the
     * document is to be taken whole (no selection, or a layout this scope does not cut).
     */
    public static Optional<SpecMap> of(SpecDocument document, OperationSelection selection) {
        if (selection.isAll() || !(document.root() instanceof SpecMap root)) {
            return Optional.empty();
        }
        SpecMap schemas = root.map(COMPONENTS).flatMap(components -> components.map(SCHEMAS))
                .orElseGet(() -> SpecMap.derived(root, Map.of()));
        OperationScope scope = new OperationScope(document, schemas);
        Optional<SpecMap> paths = root.map("paths").map(all -> scope.selectedPaths(all, selection));
        if (paths.isEmpty() || !scope.reachAll()) {
            return Optional.empty();
        }
        return Optional.of(scope.part(root, paths.get()));
    }

    /** The selected operations of every path item, or null when an operation cannot be told apart without the model. */
    private SpecMap selectedPaths(SpecMap paths, OperationSelection selection) {
        Map<String, SpecNode> kept = new LinkedHashMap<>();
        for (Map.Entry<String, SpecNode> path : paths.entries().entrySet()) {
            if (!(path.getValue() instanceof SpecMap item) || SpecSet.isReference(item)) {
                return null;
            }
            Map<String, SpecNode> entries = new LinkedHashMap<>();
            boolean anySelected = false;
            for (Map.Entry<String, SpecNode> entry : item.entries().entrySet()) {
                if (!METHODS.contains(entry.getKey())) {
                    entries.put(entry.getKey(), entry.getValue());
                } else if (!(entry.getValue() instanceof SpecMap operation) || SpecSet.isReference(operation)) {
                    return null;
                } else if (selected(operation, selection)) {
                    entries.put(entry.getKey(), operation);
                    anySelected = true;
                }
            }
            if (anySelected) {
                SpecMap selectedItem = SpecMap.derived(item, entries);
                kept.put(path.getKey(), selectedItem);
                pending.push(selectedItem);
            }
        }
        return SpecMap.derived(paths, kept);
    }

    /** True for an operation the selection names, or one whose operationId the model derives. */
    private static boolean selected(SpecMap operation, OperationSelection selection) {
        Optional<String> operationId = operation.text("operationId");
        String tag = operation.list("tags").flatMap(tags -> tags.items().stream().findFirst())
                .filter(SpecScalar.class::isInstance).map(node -> ((SpecScalar) node).text()).orElse("Default");
        return operationId.isEmpty() || selection.operationIds().contains(operationId.get()) || selection.tags().contains(tag);
    }

    /** Follows everything the pending nodes lead to; false when a reference is of a kind this scope does not cut. */
    private boolean reachAll() {
        schemas.entries().forEach((name, schema) -> schemaNames.put(schema, name));
        indexExtensions();
        while (!pending.isEmpty()) {
            SpecNode node = pending.pop();
            if (!seen.add(node)) {
                continue;
            }
            String name = schemaNames.get(node);
            if (name != null) {
                reached.add(name);
                pending.addAll(extensions.getOrDefault(node, List.of()));
            }
            if (node instanceof SpecList list) {
                list.items().forEach(pending::push);
            } else if (node instanceof SpecMap map && !follow(map)) {
                return false;
            }
        }
        return true;
    }

    private boolean follow(SpecMap map) {
        if (map.has("$ref")) {
            Optional<String> ref = SpecSet.referenceOf(map);
            if (ref.isPresent()) {
                Optional<SpecNode> target = componentEntry(ref.get());
                if (target.isEmpty()) {
                    return false;
                }
                pending.push(target.get());
            }
        }
        Optional<SpecMap> mapping = map.map("discriminator").flatMap(discriminator -> discriminator.map("mapping"));
        for (SpecNode value : mapping.map(m -> m.entries().values()).orElse(List.of())) {
            if (value instanceof SpecScalar scalar && !scalar.isNull()) {
                String text = scalar.text();
                Optional<SpecNode> target = componentEntry(text.startsWith("#") ? text : "#/components/schemas/" + JsonPointers.escape(text));
                if (target.isEmpty()) {
                    return false;
                }
                pending.push(target.get());
            }
        }
        map.entries().values().forEach(pending::push);
        return true;
    }

    /**
     * The entry of {@code components} a reference names, such as {@code #/components/schemas/Pet};
     * empty for any other reference, which this scope does not cut around. A reference to an entry
     * that does not exist leads nowhere, as validation will report.
     */
    private Optional<SpecNode> componentEntry(String ref) {
        if (!ref.startsWith("#/") || ref.indexOf('%') >= 0) {
            return Optional.empty();
        }
        List<String> tokens = JsonPointers.split(ref.substring(1));
        if (tokens.size() != 3 || !tokens.get(0).equals(COMPONENTS)) {
            return Optional.empty();
        }
        return Optional.of(document.at(ref.substring(1)).orElseGet(() -> SpecMap.derived(document.root(), Map.of())));
    }

    /** For each schema, the component schemas that extend it through a reference in their {@code allOf}. */
    private void indexExtensions() {
        for (SpecNode schema : schemas.entries().values()) {
            if (!(schema instanceof SpecMap map)) {
                continue;
            }
            for (SpecNode part : map.list("allOf").map(SpecList::items).orElse(List.of())) {
                SpecSet.referenceOf(part).flatMap(this::componentEntry)
                        .ifPresent(parent -> extensions.computeIfAbsent(parent, key -> new ArrayList<>()).add(schema));
            }
        }
    }

    private SpecMap part(SpecMap root, SpecMap paths) {
        Map<String, SpecNode> entries = new LinkedHashMap<>(root.entries());
        entries.put("paths", paths);
        root.map(COMPONENTS).ifPresent(components -> {
            Map<String, SpecNode> kept = new LinkedHashMap<>();
            schemas.entries().forEach((name, schema) -> {
                if (reached.contains(name)) {
                    kept.put(name, schema);
                }
            });
            Map<String, SpecNode> sections = new LinkedHashMap<>(components.entries());
            if (components.has(SCHEMAS)) {
                sections.put(SCHEMAS, SpecMap.derived(schemas, kept));
            }
            entries.put(COMPONENTS, SpecMap.derived(components, sections));
        });
        return SpecMap.derived(root, entries);
    }
}
