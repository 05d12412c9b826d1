package dev.oasis.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.refine.JavaIdentifiers;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Datadog's v2 spec (skipped, with a log line, when the corpus is absent): every operation marked
 * {@code x-pagination} gets a lazily paginated variant, and every {@code multipart/form-data}
 * upload sends its properties as parts. The operations are read from the spec itself.
 */
class DatadogRequestShapesTest {

    @Test
    void everyPaginatedAndMultipartOperationOfDatadogV2GetsItsShape() throws IOException {
        Path spec = RepositoryFiles.corpus("datadog-v2-openapi.yaml");
        SpecMap root = new SpecLoader().load(spec, spec).rootMap();
        List<String> paginated = new ArrayList<>();
        List<String> multipart = new ArrayList<>();
        for (SpecNode pathItem : root.map("paths").orElseThrow().entries().values()) {
            for (SpecNode node : ((SpecMap) pathItem).entries().values()) {
                if (node instanceof SpecMap operation && operation.has("operationId")) {
                    String method = JavaIdentifiers.camel(operation.text("operationId").orElseThrow());
                    if (operation.has("x-pagination")) {
                        paginated.add(method);
                    }
                    boolean form = operation.map("requestBody").flatMap(body -> body.map("content"))
                            .map(content -> content.has("multipart/form-data")).orElse(false);
                    if (form) {
                        multipart.add(method);
                    }
                }
            }
        }
        String apis = GeneratedSources.renderOnce(spec, "com.datadog.v2").stream()
                .filter(file -> file.relativePath().startsWith("com/datadog/v2/api/")).map(RenderedFile::content)
                .collect(Collectors.joining("\n"));

        assertTrue(paginated.size() > 40 && multipart.size() > 1, paginated + " " + multipart);
        List<String> withoutVariant = paginated.stream().filter(method -> !apis.contains("> " + method + "WithPagination(")).toList();
        assertEquals(List.of(), withoutVariant, "paginated operations without a WithPagination method");
        for (String method : multipart) {
            String request = requestMethod(apis, method);
            assertTrue(request.contains(".multipart(\"multipart/form-data\", ") && request.contains(".part(MultipartForm.file("), request);
        }
        Map<String, Long> kinds = paginated.stream().map(method -> paginationKind(apis, method))
                .collect(Collectors.groupingBy(kind -> kind, java.util.TreeMap::new, Collectors.counting()));
        assertEquals(List.of("cursor", "offset", "pageNumber"), List.copyOf(kinds.keySet()), kinds::toString);
    }

    /** The private method that builds an operation's request. */
    private static String requestMethod(String apis, String method) {
        int start = apis.indexOf("private static ApiRequest " + method + "Request(");
        assertTrue(start >= 0, "no request method for " + method);
        return apis.substring(start, apis.indexOf(".build();", start));
    }

    /** The Pagination factory an operation's constant calls. */
    private static String paginationKind(String apis, String method) {
        String constant = JavaIdentifiers.upperSnake(method) + "_PAGINATION = Paging.";
        int start = apis.indexOf(constant);
        assertTrue(start >= 0, "no pagination constant for " + method);
        return apis.substring(start + constant.length(), apis.indexOf('(', start + constant.length()));
    }
}
