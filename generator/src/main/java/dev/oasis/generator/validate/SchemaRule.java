package dev.oasis.generator.validate;

import dev.oasis.generator.openapi.ObjectShape;
import dev.oasis.generator.openapi.SpecVersion;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Schemas: an array schema says what its items are (OpenAPI 3.0 requires {@code items}), OpenAPI
 * 3.0's {@code nullable} in an OpenAPI 3.1 schema is pointed out (it is honoured), and no
 * schema includes itself through {@code allOf}, directly or through others; such a cycle has no
 * meaning, and would otherwise make its schemas vanish. Recursion through properties and items is fine.
 */
final class SchemaRule extends Rule {

    private final boolean v30;
    private final Resolver resolver;
    private final List<SpecMap> schemas = new ArrayList<>();

    SchemaRule(Findings findings, SpecVersion version, Resolver resolver) {
        super(findings);
        this.v30 = version != SpecVersion.OPENAPI_3_1;
        this.resolver = resolver;
    }

    @Override
    public void object(SpecMap node, ObjectShape shape) {
        if (!shape.name().equals("Schema")) {
            return;
        }
        if (node.has("allOf")) {
            schemas.add(node);
        }
        if (!v30 && node.has("nullable")) {
            findings.warning("schema.nullable", node.get("nullable").orElseThrow(),
                    "nullable is OpenAPI 3.0's keyword, which OpenAPI 3.1 dropped; it is honoured all the same",
                    "in OpenAPI 3.1, write type: [string, 'null'], or anyOf: [{$ref: ...}, {type: 'null'}]");
        }
        if (v30 && node.text("type").filter("array"::equals).isPresent() && !node.has("items")) {
            findings.warning("schema.items-missing", node.get("type").orElseThrow(), "an array schema without items",
                    "say what the items are, such as items: {type: string}; without it they are read as any JSON");
        }
    }

    @Override
    void finish() {
        Map<SpecMap, Boolean> done = new IdentityHashMap<>();
        for (SpecMap schema : schemas) {
            if (!done.containsKey(schema)) {
                search(schema, done);
            }
        }
    }

    /** A depth-first search over allOf parts, with an explicit stack; {@code done} maps a schema to true once finished. */
    private void search(SpecMap start, Map<SpecMap, Boolean> done) {
        Deque<Frame> path = new ArrayDeque<>();
        done.put(start, false);
        path.push(new Frame(start, parts(start)));
        while (!path.isEmpty()) {
            Frame frame = path.peek();
            if (frame.next >= frame.parts.size()) {
                done.put(frame.schema, true);
                path.pop();
                continue;
            }
            SpecNode item = frame.parts.get(frame.next++);
            SpecMap part = resolver.map(item).orElse(null);
            if (part == null) {
                continue;
            }
            Boolean state = done.get(part);
            if (state == null) {
                done.put(part, false);
                path.push(new Frame(part, parts(part)));
            } else if (!state) {
                report(item, part, path);
            }
        }
    }

    private void report(SpecNode item, SpecMap target, Deque<Frame> path) {
        List<String> names = new ArrayList<>();
        var fromRoot = path.descendingIterator();
        boolean inCycle = false;
        while (fromRoot.hasNext()) {
            SpecMap schema = fromRoot.next().schema;
            inCycle |= schema == target;
            if (inCycle) {
                names.add(Texts.name(schema));
            }
        }
        names.add(Texts.name(target));
        findings.error("schema.allof-cycle", item, "allOf cycle: " + names.stream().collect(Collectors.joining(" -> ")),
                "a schema cannot include itself through allOf; refer to it from a property instead");
    }

    private static List<SpecNode> parts(SpecMap schema) {
        return schema.list("allOf").map(SpecList::items).orElse(List.of());
    }

    private static final class Frame {
        private final SpecMap schema;
        private final List<SpecNode> parts;
        private int next;

        Frame(SpecMap schema, List<SpecNode> parts) {
            this.schema = schema;
            this.parts = parts;
        }
    }
}
