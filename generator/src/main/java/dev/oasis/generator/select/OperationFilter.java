package dev.oasis.generator.select;

import dev.oasis.generator.diagnostic.Closest;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.Body;
import dev.oasis.generator.model.HierarchyType;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.Response;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.model.UnionType;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A pass over the {@link ApiModel} that keeps only the selected operations and the types they
 * reach, directly or through properties, items, map values and union branches.
 */
public final class OperationFilter {

    private OperationFilter() {
    }

    /**
     * Drops the warnings about schemas and paths the selection left out, so that generating a few
     * operations of a large spec does not report problems in parts that are not generated. A
     * warning under {@code /components/schemas/X} (or a Swagger 2.0 document's {@code /definitions/X}) is kept when a kept type is defined under that
     * schema, one under {@code /paths/p} when a kept operation is; all others are kept.
     */
    public static void retainRelevantWarnings(ApiModel selected, Diagnostics diagnostics) {
        Set<String> keptRoots = new java.util.HashSet<>();
        selected.types().forEach(type -> keptRoots.add(root(type.origin().location().file(), type.origin().pointer())));
        selected.operations().forEach(operation -> keptRoots.add(
                root(operation.origin().location().file(), operation.origin().pointer())));
        diagnostics.retainIf(diagnostic -> diagnostic.isError()
                || !isSelectable(diagnostic.pointer())
                || keptRoots.contains(root(diagnostic.location().file(), diagnostic.pointer())));
    }

    private static boolean isSelectable(String pointer) {
        return pointer.startsWith("/components/schemas/") || pointer.startsWith("/definitions/") || pointer.startsWith("/paths/");
    }

    /** The file plus {@code /components/schemas/X}, {@code /definitions/X} or {@code /paths/p} the pointer lies under, or the whole pointer. */
    private static String root(java.nio.file.Path file, String pointer) {
        int segments = pointer.startsWith("/paths/") || pointer.startsWith("/definitions/") ? 2 : 3;
        int end = 0;
        for (int i = 0; i < segments && end >= 0; i++) {
            end = pointer.indexOf('/', end + 1);
        }
        return file + "#" + (end < 0 ? pointer : pointer.substring(0, end));
    }

    /**
     * The model reduced to the selection. An operationId or tag in the selection that matches no
     * operation is reported as an error, with the closest existing name as a hint.
     */
    public static ApiModel apply(ApiModel model, OperationSelection selection, SourceLocation spec, Diagnostics diagnostics) {
        if (selection.isAll()) {
            return model;
        }
        reportUnmatched(selection.operationIds(), model.operations().stream().map(Operation::operationId).collect(Collectors.toSet()),
                "operationId", spec, diagnostics);
        reportUnmatched(selection.tags(), model.operations().stream().map(Operation::tag).collect(Collectors.toSet()),
                "tag", spec, diagnostics);
        List<Operation> kept = model.operations().stream()
                .filter(operation -> selection.operationIds().contains(operation.operationId())
                        || selection.tags().contains(operation.tag()))
                .toList();
        Set<TypeDefinition> reached = reachedTypes(model, kept);
        List<TypeDefinition> types = model.types().stream().filter(reached::contains).toList();
        return new ApiModel(model.title(), model.version(), model.description(), model.servers(),
                model.securitySchemes(), model.defaultSecurity(), kept, types);
    }

    private static void reportUnmatched(Set<String> wanted, Set<String> existing, String what, SourceLocation spec,
            Diagnostics diagnostics) {
        for (String name : wanted) {
            if (!existing.contains(name)) {
                String hint = Closest.among(name, existing).map(closest -> "did you mean '" + closest + "'?")
                        .orElse("the spec has no operations");
                diagnostics.report(Diagnostic.error("filter.unmatched", spec, "",
                        "the operation filter names " + what + " '" + name + "', which no operation has", hint));
            }
        }
    }

    private static Set<TypeDefinition> reachedTypes(ApiModel model, List<Operation> operations) {
        Set<TypeDefinition> reached = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<TypeRef> pending = new ArrayDeque<>();
        for (Operation operation : operations) {
            operation.parameters().stream().map(Parameter::type).forEach(pending::add);
            operation.requestBody().ifPresent(body -> {
                pending.add(body.type());
                body.fields().forEach(field -> {
                    pending.add(field.type());
                    field.headers().forEach(header -> pending.add(header.type()));
                });
            });
            operation.responses().stream().map(Response::body).flatMap(java.util.Optional::stream).map(Body::type)
                    .forEach(pending::add);
        }
        while (!pending.isEmpty()) {
            TypeRef type = pending.pop();
            if (type instanceof TypeRef.ListOf list) {
                pending.push(list.items());
            } else if (type instanceof TypeRef.MapOf map) {
                pending.push(map.values());
            } else if (type instanceof TypeRef.Named named && reached.add(named.definition())) {
                pending.addAll(referencedBy(model, named.definition()));
            }
        }
        return reached;
    }

    /** The types a type refers to: its properties', its branches', its subtypes and the hierarchies it extends. */
    private static List<TypeRef> referencedBy(ApiModel model, TypeDefinition definition) {
        if (definition instanceof ObjectType object) {
            List<TypeRef> types = new java.util.ArrayList<>(object.properties().stream().map(Property::type).toList());
            object.additionalProperties().ifPresent(types::add);
            model.supertypesOf(object).forEach(parent -> types.add(new TypeRef.Named(parent)));
            return types;
        }
        if (definition instanceof UnionType union) {
            return union.variants().stream().map(UnionType.Variant::type).toList();
        }
        if (definition instanceof HierarchyType hierarchy) {
            return hierarchy.subtypes().stream().<TypeRef>map(subtype -> new TypeRef.Named(subtype.type())).toList();
        }
        return List.of();
    }
}
