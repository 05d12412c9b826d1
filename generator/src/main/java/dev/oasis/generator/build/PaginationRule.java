package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.model.Body;
import dev.oasis.generator.model.ObjectType;
import dev.oasis.generator.model.Origin;
import dev.oasis.generator.model.Pagination;
import dev.oasis.generator.model.Pagination.PageParameter;
import dev.oasis.generator.model.Pagination.PathStep;
import dev.oasis.generator.model.Parameter;
import dev.oasis.generator.model.Property;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.spec.SpecList;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecScalar;
import dev.oasis.runtime.ApiRequest.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds an operation's {@link Pagination}: from Datadog's {@code x-pagination} ({@code limitParam},
 * {@code pageOffsetParam}, {@code pageParam} with {@code pageStart}, {@code cursorParam} with
 * {@code cursorPath}, {@code resultsPath}; a name starting with {@code body.} is a field of the JSON
 * request body), or, for an operation without it whose success response declares a {@code Link}
 * header and whose body is a JSON array, from that header's {@code rel="next"} link. Paths are
 * resolved here to the getters of the response's types; one that cannot be is a warning, and the
 * operation gets no paginated variant.
 */
final class PaginationRule {

    private final SchemaTypes types;

    PaginationRule(SchemaTypes types) {
        this.types = types;
    }

    /**
     * The pagination of an operation, if it has one.
     *
     * @param owners the path item and the operation, whose parameters hold the defaults
     * @param op the operation
     * @param parameters its parameters
     * @param requestBody its request body
     * @param success its first 2xx response body
     * @param successHeaders the header names its first 2xx response declares
     */
    Optional<Pagination> of(List<SpecMap> owners, SpecMap op, List<Parameter> parameters, Optional<Body> requestBody,
            Optional<Body> success, List<String> successHeaders) {
        Optional<SpecMap> declared = op.map("x-pagination");
        if (declared.isEmpty()) {
            boolean linked = successHeaders.stream().anyMatch(name -> name.equalsIgnoreCase("Link"));
            return linked ? success.filter(Body::isJson).map(Body::type).filter(TypeRef.ListOf.class::isInstance)
                    .map(list -> new Pagination(Pagination.Kind.LINK, Optional.empty(), 0, Optional.empty(), Optional.empty(), List.of(),
                            ((TypeRef.ListOf) list).items(), List.of(), Origin.of(op))) : Optional.empty();
        }
        SpecMap x = declared.get();
        if (success.isEmpty() || !success.get().isJson()) {
            return warn(x, "the operation has no JSON success response to page through", "declare the 2xx response's JSON schema");
        }
        String resultsPath = x.text("resultsPath").orElse("");
        List<PathStep> results = new ArrayList<>();
        Optional<TypeRef> list = resolve(success.get().type(), resultsPath, results);
        if (list.isEmpty() || !(list.get() instanceof TypeRef.ListOf items)) {
            return warn(x, "resultsPath '" + resultsPath + "' does not lead to an array of the response",
                    "name the array's properties from the response's root, separated by dots");
        }
        Optional<PageParameter> limit = Optional.empty();
        Optional<Long> defaultLimit = Optional.empty();
        if (x.has("limitParam")) {
            String name = x.text("limitParam").orElse("");
            limit = parameter(name, parameters, requestBody.isPresent());
            if (limit.isEmpty()) {
                return warn(x, "limitParam '" + name + "' is not a parameter of the operation", "name a parameter, or a body.* field");
            }
            defaultLimit = defaultOf(limit.get(), owners, requestBody);
        }
        Pagination.Kind kind;
        String positionKey;
        if (x.has("cursorParam")) {
            kind = Pagination.Kind.CURSOR;
            positionKey = "cursorParam";
        } else if (x.has("pageOffsetParam")) {
            kind = Pagination.Kind.OFFSET;
            positionKey = "pageOffsetParam";
        } else if (x.has("pageParam")) {
            kind = Pagination.Kind.PAGE;
            positionKey = "pageParam";
        } else {
            return warn(x, "x-pagination names no cursorParam, pageOffsetParam or pageParam", "name how the next page is asked for");
        }
        String positionName = x.text(positionKey).orElse("");
        Optional<PageParameter> position = parameter(positionName, parameters, requestBody.isPresent());
        if (position.isEmpty()) {
            return warn(x, positionKey + " '" + positionName + "' is not a parameter of the operation", "name a parameter, or a body.* field");
        }
        List<PathStep> cursor = new ArrayList<>();
        if (kind == Pagination.Kind.CURSOR) {
            String cursorPath = x.text("cursorPath").orElse("");
            Optional<TypeRef> end = cursorPath.isEmpty() ? Optional.empty() : resolve(success.get().type(), cursorPath, cursor);
            if (end.isEmpty() || !(end.get() instanceof TypeRef.Scalar)) {
                return warn(x, "cursorPath '" + cursorPath + "' does not lead to a scalar of the response",
                        "name the next cursor's properties from the response's root, separated by dots");
            }
        }
        long firstPage = x.text("pageStart").map(PaginationRule::number).orElse(0L);
        return Optional.of(new Pagination(kind, position, firstPage, limit, defaultLimit, results, items.items(), cursor, Origin.of(x)));
    }

    /** Follows a dotted path of property names from a type; the steps go to {@code steps}; empty when a step is not a property. */
    private static Optional<TypeRef> resolve(TypeRef start, String path, List<PathStep> steps) {
        TypeRef current = start;
        for (String name : path.isEmpty() ? List.<String>of() : Arrays.asList(path.split("\\."))) {
            if (!(current instanceof TypeRef.Named named) || !(named.definition() instanceof ObjectType object)) {
                return Optional.empty();
            }
            Optional<Property> property = object.properties().stream().filter(p -> p.jsonName().equals(name)).findFirst();
            if (property.isEmpty()) {
                return Optional.empty();
            }
            steps.add(new PathStep(object, property.get()));
            current = property.get().type();
        }
        return Optional.of(current);
    }

    private static Optional<PageParameter> parameter(String name, List<Parameter> parameters, boolean hasBody) {
        if (name.startsWith("body.") && name.length() > "body.".length()) {
            return hasBody ? Optional.of(new PageParameter(null, "", List.of(name.substring("body.".length()).split("\\."))))
                    : Optional.empty();
        }
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .map(p -> new PageParameter(Location.valueOf(p.location().name()), p.name(), List.of()));
    }

    /** The page size's default: the parameter schema's {@code default}, or the body field's. */
    private Optional<Long> defaultOf(PageParameter limit, List<SpecMap> owners, Optional<Body> requestBody) {
        if (limit.location() == null) {
            List<PathStep> steps = new ArrayList<>();
            return requestBody.flatMap(body -> resolve(body.type(), String.join(".", limit.bodyPath()), steps))
                    .flatMap(type -> steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).property().defaultValue()))
                    .filter(text -> !text.isEmpty()).map(PaginationRule::number);
        }
        for (SpecMap owner : owners) {
            for (SpecNode node : owner.list("parameters").map(SpecList::items).orElse(List.of())) {
                SpecMap parameter = types.schemaOf(node);
                if (parameter != null && parameter.text("name").filter(limit.name()::equals).isPresent()) {
                    Optional<SpecNode> value = parameter.map("schema").map(types::schemaOf).flatMap(schema -> schema.get("default"));
                    if (value.isPresent() && value.get() instanceof SpecScalar scalar && number(scalar.text()) != null) {
                        return Optional.of(number(scalar.text()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Optional<Pagination> warn(SpecMap at, String message, String hint) {
        types.diagnostics().report(Diagnostic.warning("pagination.unresolved", at.location(), at.pointer(),
                message + "; the operation gets no paginated variant", hint));
        return Optional.empty();
    }
}
