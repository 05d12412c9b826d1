package dev.oasis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** When paging goes on and when it stops, with pages made up by the test instead of a server. */
class PagingTest {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);
    private static final URI BASE = URI.create("http://localhost/items");

    private final List<ApiRequest> sent = new ArrayList<>();

    @Test
    void withoutAPageSizeOffsetPagingStopsAtTheFirstEmptyPage() {
        Paging<List<String>, String> offsets = Paging.offset(
                Paging.Position.parameter(ApiRequest.Location.QUERY, "offset"), null, null, page -> page);

        List<String> items = iterate(offsets, request -> {
            long offset = request.parameter(ApiRequest.Location.QUERY, "offset") == null ? 0
                    : (Long) request.parameter(ApiRequest.Location.QUERY, "offset");
            return offset < 5 ? List.of("i" + offset, "i" + (offset + 1), "i" + (offset + 2)) : List.of();
        });

        assertEquals(List.of("i0", "i1", "i2", "i3", "i4", "i5"), items);
        assertEquals(3, sent.size());
    }

    @Test
    void aPageSizeInTheJsonBodyIsReadBackAsANumber() {
        Paging<List<String>, String> pages = Paging.pageNumber(Paging.Position.bodyField("page", "number"), 0,
                Paging.Position.bodyField("page", "size"), 2L, page -> page);

        List<String> items = iterate(pages, request -> sent.size() <= 3 ? List.of("x", "y") : List.of("z"));

        assertEquals(List.of("x", "y", "x", "y", "x", "y", "z"), items);
        assertEquals("{\"page\":{\"size\":2,\"number\":3}}", new String(sent.get(3).body().bytes().orElseThrow()));
    }

    @Test
    void aNullOrMissingItemListIsAnEmptyPage() {
        Paging<List<String>, String> offsets = Paging.offset(
                Paging.Position.parameter(ApiRequest.Location.QUERY, "offset"), null, null, page -> null);

        assertEquals(List.of(), iterate(offsets, request -> List.of("ignored")));
        assertEquals(1, sent.size());
    }

    private List<String> iterate(Paging<List<String>, String> pagination, Function<ApiRequest, List<String>> pages) {
        ApiRequest first = ApiRequest.builder("POST", "/items", "listItems").build();
        PaginatedIterable<String> iterable = new PaginatedIterable<>(first, pagination, request -> {
            sent.add(request);
            return new ApiResponse<>(200, NONE, pages.apply(request), List.of());
        }, request -> BASE);
        List<String> items = new ArrayList<>();
        iterable.forEach(items::add);
        return items;
    }
}
