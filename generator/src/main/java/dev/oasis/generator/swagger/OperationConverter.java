package dev.oasis.generator.swagger;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts Swagger 2.0 paths: each operation's parameters are split into OpenAPI 3.0 parameters and
 * one request body (from its {@code body} or {@code formData} parameters, including those its path
 * item declares), its responses take the media types it produces, and its {@code schemes} become
 * servers. Parameters and responses given by reference are converted in place, since what they
 * become depends on the operation that uses them.
 */
final class OperationConverter {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private final Targets targets;
    private final ParameterConverter parameters;
    private final ResponseConverter responses;
    private final Servers servers;
    private final Diagnostics diagnostics;
    private final List<String> consumes;
    private final List<String> produces;

    OperationConverter(Targets targets, ParameterConverter parameters, ResponseConverter responses, Servers servers,
            Diagnostics diagnostics, SpecMap root) {
        this.targets = targets;
        this.parameters = parameters;
        this.responses = responses;
        this.servers = servers;
        this.diagnostics = diagnostics;
        this.consumes = texts(root.get("consumes").orElse(null));
        this.produces = texts(root.get("produces").orElse(null));
    }

    SpecMap paths(SpecMap paths) {
        MapBuilder out = new MapBuilder(paths);
        paths.entries().forEach((path, item) -> out.put(path, path.startsWith("x-") ? item : pathItem(item)));
        return out.build();
    }

    private SpecNode pathItem(SpecNode node) {
        SpecNode resolved = targets.resolve(node);
        if (!(resolved instanceof SpecMap item)) {
            return node;
        }
        List<SpecMap> shared = resolvedParameters(item);
        MapBuilder out = new MapBuilder(item);
        for (Map.Entry<String, SpecNode> entry : item.entries().entrySet()) {
            String key = entry.getKey();
            if (key.equals("parameters")) {
                List<SpecNode> kept = new ArrayList<>();
                shared.stream().filter(p -> !isBody(p) && !isForm(p)).forEach(p -> kept.add(parameters.parameter(p)));
                unresolved(item).forEach(kept::add);
                out.put(key, SpecList.derived(entry.getValue(), kept));
            } else if (METHODS.contains(key) && entry.getValue() instanceof SpecMap operation) {
                out.put(key, operation(operation, shared));
            } else {
                out.put(key, entry.getValue());
            }
        }
        return out.build();
    }

    private SpecMap operation(SpecMap operation, List<SpecMap> shared) {
        List<SpecMap> own = resolvedParameters(operation);
        Map<String, SpecMap> byKey = new LinkedHashMap<>();
        shared.forEach(p -> byKey.put(key(p), p));
        own.forEach(p -> byKey.put(key(p), p));
        List<String> accepted = operation.has("consumes") ? texts(operation.get("consumes").get()) : consumes;
        List<String> offered = operation.has("produces") ? texts(operation.get("produces").get()) : produces;
        MapBuilder out = new MapBuilder(operation);
        for (Map.Entry<String, SpecNode> entry : operation.entries().entrySet()) {
            String key = entry.getKey();
            SpecNode value = entry.getValue();
            switch (key) {
                case "consumes", "produces" -> { }
                case "parameters" -> {
                    List<SpecNode> kept = new ArrayList<>();
                    own.stream().filter(p -> !isBody(p) && !isForm(p)).forEach(p -> kept.add(parameters.parameter(p)));
                    unresolved(operation).forEach(kept::add);
                    out.put(key, SpecList.derived(value, kept));
                }
                case "responses" -> out.put(key, value instanceof SpecMap map ? responses(map, offered) : value);
                case "schemes" -> out.put("servers", servers.forSchemes(value));
                default -> out.put(key, value);
            }
        }
        requestBody(operation, new ArrayList<>(byKey.values()), accepted).ifPresent(body -> out.put("requestBody", body));
        return out.build();
    }

    private Optional<SpecMap> requestBody(SpecMap operation, List<SpecMap> all, List<String> accepted) {
        List<SpecMap> bodies = all.stream().filter(OperationConverter::isBody).toList();
        List<SpecMap> form = all.stream().filter(OperationConverter::isForm).toList();
        if (bodies.size() > 1 || !bodies.isEmpty() && !form.isEmpty()) {
            SpecNode at = bodies.size() > 1 ? bodies.get(1) : form.get(0);
            diagnostics.report(Diagnostic.error("swagger.body", at.location(), at.pointer(),
                    "an operation has at most one body parameter, and not both body and formData parameters",
                    "keep one body parameter, or describe the form's fields as formData parameters only"));
            return Optional.empty();
        }
        if (!bodies.isEmpty()) {
            return Optional.of(parameters.requestBody(bodies.get(0), accepted));
        }
        return form.isEmpty() ? Optional.empty() : Optional.of(parameters.formBody(form, accepted));
    }

    private SpecMap responses(SpecMap responses, List<String> offered) {
        MapBuilder out = new MapBuilder(responses);
        responses.entries().forEach((code, response) -> {
            SpecNode resolved = code.startsWith("x-") ? response : targets.resolve(response);
            out.put(code, resolved instanceof SpecMap map && !code.startsWith("x-") && !Targets.isReference(map)
                    ? this.responses.response(map, offered) : response);
        });
        return out.build();
    }

    /** The parameters of a path item or operation whose references could be followed. */
    private List<SpecMap> resolvedParameters(SpecMap owner) {
        List<SpecMap> resolved = new ArrayList<>();
        for (SpecNode node : owner.list("parameters").map(SpecList::items).orElse(List.of())) {
            if (targets.resolve(node) instanceof SpecMap map && !Targets.isReference(map)) {
                resolved.add(map);
            }
        }
        return resolved;
    }

    /** The parameter references that could not be followed; they stay, and are reported where they stand. */
    private List<SpecNode> unresolved(SpecMap owner) {
        return owner.list("parameters").map(SpecList::items).orElse(List.of()).stream()
                .filter(node -> Targets.isReference(targets.resolve(node))).toList();
    }

    private static String key(SpecMap parameter) {
        return parameter.text("in").orElse("") + ":" + parameter.text("name").orElse("");
    }

    private static boolean isBody(SpecMap parameter) {
        return parameter.text("in").filter("body"::equals).isPresent();
    }

    private static boolean isForm(SpecMap parameter) {
        return parameter.text("in").filter("formData"::equals).isPresent();
    }

    static List<String> texts(SpecNode node) {
        if (!(node instanceof SpecList list)) {
            return List.of();
        }
        return list.items().stream().filter(SpecScalar.class::isInstance).map(item -> ((SpecScalar) item).text()).toList();
    }
}
