package dev.oasis.generator.build;

import dev.oasis.generator.model.Body;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.ParameterLocation;
import dev.oasis.generator.model.Response;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.runtime.ApiRequest.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link Operation}s from {@code paths}: parameters, request bodies, responses and security.
 * The spec was validated before; what validation reported (and a lenient level let through) is left out.
 */
final class OperationBuilder {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** The serialization styles each location allows, its default first; validation reports any other. */
    private static final Map<ParameterLocation, List<String>> STYLES = Map.of(
            ParameterLocation.PATH, List.of("simple", "label", "matrix"),
            ParameterLocation.QUERY, List.of("form", "spaceDelimited", "pipeDelimited", "deepObject"),
            ParameterLocation.HEADER, List.of("simple"),
            ParameterLocation.COOKIE, List.of("form"));

    private final SchemaTypes types;
    private final BodyRule bodies;
    private final PaginationRule paginations;

    OperationBuilder(SchemaTypes types) {
        this.types = types;
        this.bodies = new BodyRule(types);
        this.paginations = new PaginationRule(types);
    }

    List<Operation> build(SpecMap root, List<List<String>> defaultSecurity) {
        return pathItems(root.map("paths").orElse(null), defaultSecurity);
    }

    /**
     * Builds the operations of a map of path items, such as {@code paths}, OpenAPI 3.1's
     * {@code webhooks} or {@code components/pathItems}; empty for none.
     */
    List<Operation> pathItems(SpecMap paths, List<List<String>> defaultSecurity) {
        List<Operation> operations = new ArrayList<>();
        if (paths == null) {
            return operations;
        }
        for (Map.Entry<String, SpecNode> pathEntry : paths.entries().entrySet()) {
            SpecMap pathItem = types.schemaOf(pathEntry.getValue());
            if (pathItem == null) {
                continue;
            }
            for (String method : METHODS) {
                pathItem.get(method).map(types::schemaOf).ifPresent(op -> operations.add(
                        operation(pathEntry.getKey(), method, pathItem, op, defaultSecurity)));
            }
        }
        return operations;
    }

    private Operation operation(String path, String method, SpecMap pathItem, SpecMap op, List<List<String>> defaultSecurity) {
        String operationId = op.text("operationId").orElseGet(() -> derivedOperationId(method, path));
        String typePrefix = Names.pascal(operationId);
        List<Parameter> parameters = parameters(pathItem, op, typePrefix);
        Optional<Body> requestBody = Optional.empty();
        boolean bodyRequired = false;
        Optional<SpecNode> bodyNode = op.get("requestBody");
        if (bodyNode.isPresent()) {
            SpecMap body = types.schemaOf(bodyNode.get());
            bodyRequired = body != null && body.flag("required", false);
            requestBody = body == null ? Optional.empty() : bodies.request(body, typePrefix + "Request", bodyRequired);
        }
        List<Response> responses = new ArrayList<>();
        op.map("responses").ifPresent(map -> map.entries().forEach((status, node) -> {
            SpecMap response = types.schemaOf(node);
            String suffix = status.startsWith("2") ? "Response" : "Error" + status;
            responses.add(new Response(status, response == null ? "" : response.text("description").orElse(""),
                    response == null ? Optional.empty() : bodies.response(response, typePrefix + suffix)));
        }));
        Optional<Response> firstSuccess = responses.stream().filter(Response::isSuccess).findFirst();
        Optional<Body> success = firstSuccess.flatMap(Response::body);
        List<String> successHeaders = firstSuccess.flatMap(response -> op.map("responses").flatMap(map -> map.get(response.status())))
                .map(types::schemaOf).flatMap(response -> response.map("headers"))
                .map(headers -> List.copyOf(headers.entries().keySet())).orElse(List.of());
        List<List<String>> security = op.list("security").map(OperationBuilder::securityRequirements).orElse(defaultSecurity);
        String tag = op.list("tags").flatMap(tags -> tags.items().stream().findFirst())
                .filter(SpecScalar.class::isInstance).map(n -> ((SpecScalar) n).text()).orElse("Default");
        return new Operation(operationId, method.toUpperCase(Locale.ROOT), path, tag,
                op.text("summary").orElse(""), op.text("description").orElse(""), parameters, requestBody,
                bodyRequired, responses, op.has("x-unstable"), op.flag("deprecated", false), security,
                paginations.of(List.of(op, pathItem), op, parameters, requestBody, success, successHeaders), Origin.of(op));
    }

    private List<Parameter> parameters(SpecMap pathItem, SpecMap op, String typePrefix) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (SpecMap owner : List.of(pathItem, op)) {
            for (SpecNode node : owner.list("parameters").map(SpecList::items).orElse(List.of())) {
                SpecMap parameter = types.schemaOf(node);
                if (parameter == null) {
                    continue;
                }
                parameter(parameter, typePrefix).ifPresent(p -> byKey.put(p.location() + ":" + p.name(), p));
            }
        }
        return List.copyOf(byKey.values());
    }

    private Optional<Parameter> parameter(SpecMap parameter, String typePrefix) {
        String name = parameter.text("name").orElse("");
        Optional<ParameterLocation> in = ParameterLocation.of(parameter.text("in").orElse(""));
        if (in.isEmpty()) {
            return Optional.empty();
        }
        ParameterLocation location = in.get();
        TypeRef type = parameter.get("schema")
                .map(schema -> types.typeOf(schema, typePrefix + Names.pascal(name) + "Parameter"))
                .orElse(new TypeRef.Scalar(dev.oasis.generator.model.ScalarKind.STRING));
        List<String> styles = STYLES.get(location);
        String style = parameter.text("style").filter(styles::contains).orElse(styles.get(0));
        boolean explode = parameter.flag("explode", style.equals("form"));
        Style runtimeStyle = Style.valueOf(style.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        boolean required = location == ParameterLocation.PATH || parameter.flag("required", false);
        return Optional.of(new Parameter(name, location, required, type, parameter.text("description").orElse(""),
                runtimeStyle, explode, parameter.flag("deprecated", false), Origin.of(parameter)));
    }

    static List<List<String>> securityRequirements(SpecList list) {
        List<List<String>> alternatives = new ArrayList<>();
        for (SpecNode item : list.items()) {
            if (item instanceof SpecMap requirement) {
                alternatives.add(List.copyOf(requirement.entries().keySet()));
            }
        }
        return alternatives;
    }

    private static String derivedOperationId(String method, String path) {
        return method + Names.pascal(path.replace("{", "By_").replace("}", ""));
    }
}
