package dev.oasis.generator.render;

import dev.oasis.generator.javasource.TypeMarkers;
import dev.oasis.generator.model.Body;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.model.Pagination;
import dev.oasis.generator.model.Pagination.PageParameter;
import dev.oasis.generator.model.Pagination.PathStep;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.render.model.OperationVars;
import dev.oasis.generator.render.model.ProjectVars;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Builds the template data of a paginated operation's method: the {@code Paging} expression with its typed getters. */
final class PaginationVarsFactory {

    private final JavaNames names;
    private final JavaTypes types;
    private final String pagination;
    private final String position;
    private final String location;
    private final String bodyReader;

    PaginationVarsFactory(JavaNames names, JavaTypes types, ProjectVars project) {
        this.names = names;
        this.types = types;
        this.pagination = TypeMarkers.of(project.runtimePackage(), "Paging");
        this.position = pagination + ".Position";
        this.location = TypeMarkers.of(project.runtimePackage(), "ApiRequest") + ".Location";
        this.bodyReader = TypeMarkers.of(project.runtimePackage(), "BodyReader");
    }

    /** The paginated method of an operation, if its results come in pages. */
    List<OperationVars.PaginationVars> of(Operation operation) {
        Optional<Body> success = operation.successResponse().flatMap(response -> response.body());
        if (operation.pagination().isEmpty() || success.isEmpty()) {
            return List.of();
        }
        Pagination paging = operation.pagination().get();
        String pageType = types.javaType(success.get().type());
        String limit = paging.limit().map(this::position).orElse("null");
        String defaultLimit = paging.defaultLimit().map(value -> value + "L").orElse("null");
        String items = getters(pageType, paging.results());
        String expression = switch (paging.kind()) {
            case OFFSET -> call("offset", position(paging.position().orElseThrow()), limit, defaultLimit, items);
            case PAGE -> call("pageNumber", position(paging.position().orElseThrow()), paging.firstPage() + "L", limit, defaultLimit, items);
            case CURSOR -> call("cursor", position(paging.position().orElseThrow()), getters(pageType, paging.cursor()), limit, defaultLimit,
                    items);
            case LINK -> pagination + ".linkHeader()";
        };
        return List.of(new OperationVars.PaginationVars(names.paginatedName(operation), names.paginationConstantName(operation), pageType,
                types.javaType(paging.itemType()), bodyReader + ".json(" + types.codec(success.get().type()) + ")", expression,
                docLine(paging)));
    }

    /** A call of a {@code Pagination} factory, one argument per line, indented to continue the constant's declaration. */
    private String call(String factory, String... arguments) {
        return pagination + "." + factory + "(\n            " + String.join(",\n            ", arguments) + ")";
    }

    private String position(PageParameter parameter) {
        if (parameter.location() == null) {
            return position + ".bodyField(" + parameter.bodyPath().stream().map(JavaText::literal).collect(Collectors.joining(", ")) + ")";
        }
        return position + ".parameter(" + location + "." + parameter.location().name() + ", " + JavaText.literal(parameter.name()) + ")";
    }

    /**
     * The function from a page to a value down a path of getters: a method reference for one step,
     * else a null-safe chain ({@code JsonNullable} values of nullable properties unwrapped).
     */
    private String getters(String pageType, List<PathStep> path) {
        if (path.isEmpty()) {
            return "page -> page";
        }
        if (path.size() == 1 && !path.get(0).property().nullable()) {
            return pageType + "::" + names.getterName(path.get(0).property());
        }
        String next = "\n                    ";
        StringBuilder chain = new StringBuilder("page -> ").append(TypeMarkers.of("java.util", "Optional")).append(".ofNullable(page)");
        for (PathStep step : path) {
            chain.append(next).append(".map(").append(types.javaType(new TypeRef.Named(step.owner()))).append("::")
                    .append(names.getterName(step.property())).append(')');
            if (step.property().nullable()) {
                chain.append(".map(value -> value.orElse(null))");
            }
        }
        return chain.append(next).append(".orElse(null)").toString();
    }

    private static String docLine(Pagination paging) {
        String by = switch (paging.kind()) {
            case OFFSET -> "the offset of their first item in " + code(paging.position());
            case PAGE -> "number in " + code(paging.position()) + ", from " + paging.firstPage();
            case CURSOR -> "the cursor each page names, sent in " + code(paging.position());
            case LINK -> "the {@code rel=\"next\"} link of the {@code Link} response header";
        };
        String size = paging.limit().map(limit -> "; the page size goes in " + code(Optional.of(limit))
                + paging.defaultLimit().map(value -> " (" + value + " unless set)").orElse("")).orElse("");
        return "Pages are asked for by " + by + size + ".";
    }

    private static String code(Optional<PageParameter> parameter) {
        PageParameter p = parameter.orElseThrow();
        return "{@code " + JavaText.docEscape(p.location() == null ? "body." + String.join(".", p.bodyPath()) : p.name()) + "}";
    }
}
