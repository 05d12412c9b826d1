package dev.oasis.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How an operation's results are split into pages, and how the request for the next page is made
 * from the last one: by item offset, by page number, by a cursor the response carries, or by the
 * {@code Link} header's {@code rel="next"} URL (RFC 8288). The page size is the request's own
 * (the caller's limit parameter), else the spec's default, which is then sent. Paging ends at an
 * empty page, at a page with fewer items than the page size, when the response names no next
 * cursor or link, or when it names the one just used. Immutable.
 *
 * @param <P> the response body type of one page
 * @param <T> the item type
 */
public final class Paging<P, T> {

    private enum Kind { OFFSET, PAGE, CURSOR, LINK }

    private final Kind kind;
    private final Position position;
    private final long firstPage;
    private final Position limit;
    private final Long defaultLimit;
    private final Function<P, List<T>> items;
    private final Function<P, ?> nextCursor;

    private Paging(Kind kind, Position position, long first, Position limit, Long defaultLimit, Function<P, List<T>> items,
            Function<P, ?> nextCursor) {
        this.kind = kind;
        this.position = position;
        this.firstPage = first;
        this.limit = limit;
        this.defaultLimit = defaultLimit;
        this.items = Objects.requireNonNull(items, "items");
        this.nextCursor = nextCursor;
    }

    /**
     * Pages by the offset of their first item, from 0 (or the request's own offset).
     *
     * @param offset where the offset travels
     * @param limit where the page size travels, or null when the operation has none
     * @param defaultLimit the page size when the request sets none, or null when the spec gives none
     * @param items the items of a page
     * @param <P> the page type
     * @param <T> the item type
     * @return the pagination
     */
    public static <P, T> Paging<P, T> offset(Position offset, Position limit, Long defaultLimit, Function<P, List<T>> items) {
        return new Paging<>(Kind.OFFSET, offset, 0, limit, defaultLimit, items, null);
    }

    /**
     * Pages by number, from {@code firstPage} (or the request's own page number).
     *
     * @param page where the page number travels
     * @param firstPage the number of the first page, 0 unless the spec says otherwise
     * @param limit where the page size travels, or null when the operation has none
     * @param defaultLimit the page size when the request sets none, or null when the spec gives none
     * @param items the items of a page
     * @param <P> the page type
     * @param <T> the item type
     * @return the pagination
     */
    public static <P, T> Paging<P, T> pageNumber(Position page, long firstPage, Position limit, Long defaultLimit,
            Function<P, List<T>> items) {
        return new Paging<>(Kind.PAGE, page, firstPage, limit, defaultLimit, items, null);
    }

    /**
     * Pages by a cursor each response names for the next page.
     *
     * @param cursor where the cursor travels
     * @param nextCursor the next page's cursor a page names, null or empty at the end
     * @param limit where the page size travels, or null when the operation has none
     * @param defaultLimit the page size when the request sets none, or null when the spec gives none
     * @param items the items of a page
     * @param <P> the page type
     * @param <T> the item type
     * @return the pagination
     */
    public static <P, T> Paging<P, T> cursor(Position cursor, Function<P, ?> nextCursor, Position limit, Long defaultLimit,
            Function<P, List<T>> items) {
        return new Paging<>(Kind.CURSOR, cursor, 0, limit, defaultLimit, items, Objects.requireNonNull(nextCursor, "nextCursor"));
    }

    /**
     * Pages by the URL of the {@code Link} response header's {@code rel="next"} entry, which must be
     * on the client's own origin; each page is a JSON array of items.
     *
     * @param <T> the item type
     * @return the pagination
     */
    public static <T> Paging<List<T>, T> linkHeader() {
        return new Paging<List<T>, T>(Kind.LINK, null, 0, null, null, Function.identity(), null);
    }

    /** The request of the first page: the page size and the first position set unless the caller set them. */
    ApiRequest first(ApiRequest request) {
        ApiRequest result = request;
        if (limit != null && defaultLimit != null && limit.read(result) == null) {
            result = limit.write(result, defaultLimit);
        }
        if (kind == Kind.PAGE && position.read(result) == null) {
            result = position.write(result, firstPage);
        }
        return result;
    }

    /** The items of a page; none when it has none. */
    List<T> items(P page) {
        List<T> found = page == null ? null : items.apply(page);
        return found == null ? List.of() : found;
    }

    /**
     * The request of the page after this one, or null when this was the last.
     *
     * @param request the request of this page
     * @param uri the URI it was sent to, which a relative link is resolved against
     * @param response this page's response
     * @param pageItems this page's items
     */
    ApiRequest next(ApiRequest request, URI uri, ApiResponse<P> response, List<T> pageItems) {
        Long size = limit == null ? null : number(limit.read(request));
        if (pageItems.isEmpty() || (size != null && pageItems.size() < size)) {
            return null;
        }
        switch (kind) {
            case OFFSET: {
                Long offset = number(position.read(request));
                return position.write(request, (offset == null ? 0 : offset) + pageItems.size());
            }
            case PAGE: {
                Long page = number(position.read(request));
                return position.write(request, (page == null ? firstPage : page) + 1);
            }
            case CURSOR: {
                Object cursor = response.body() == null ? null : nextCursor.apply(response.body());
                Object current = position.read(request);
                boolean same = current != null && String.valueOf(cursor).equals(current instanceof JsonNode node ? node.asText() : String.valueOf(current));
                return cursor == null || String.valueOf(cursor).isEmpty() || same ? null : position.write(request, cursor);
            }
            default: {
                URI next = LinkHeaders.next(response.headers()).map(uri::resolve).orElse(null);
                if (next == null || next.equals(uri)) {
                    return null;
                }
                RequestBuilder builder = request.toBuilder();
                builder.link = next;
                return builder.build();
            }
        }
    }

    private static Long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof JsonNode node) {
            return node.canConvertToLong() || node.isTextual() ? node.asLong() : null;
        }
        try {
            return value == null ? null : Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where a paging value travels: a parameter, or a field of the JSON request body. */
    public static final class Position {

        private final ApiRequest.Location location;
        private final String name;
        private final List<String> bodyPath;

        private Position(ApiRequest.Location location, String name, List<String> bodyPath) {
            this.location = location;
            this.name = name;
            this.bodyPath = bodyPath;
        }

        /**
         * A parameter.
         *
         * @param location where it travels
         * @param name its name on the wire
         * @return the position
         */
        public static Position parameter(ApiRequest.Location location, String name) {
            return new Position(Objects.requireNonNull(location, "location"), Objects.requireNonNull(name, "name"), List.of());
        }

        /**
         * A field of the JSON request body.
         *
         * @param path the field names from the body's root, such as {@code page}, {@code cursor}
         * @return the position
         */
        public static Position bodyField(String... path) {
            if (path.length == 0) {
                throw new IllegalArgumentException("a body field needs a path");
            }
            return new Position(null, null, List.copyOf(Arrays.asList(path)));
        }

        Object read(ApiRequest request) {
            return location != null ? request.parameter(location, name) : JsonTrees.at(request.body(), bodyPath);
        }

        ApiRequest write(ApiRequest request, Object value) {
            RequestBuilder builder = request.toBuilder();
            if (location == null) {
                builder.body = JsonTrees.with(request.body(), bodyPath, value);
                return builder.build();
            }
            List<ApiRequest.Parameter> parameters = builder.parameters;
            parameters.removeIf(p -> p.location() == location && p.name().equals(name));
            boolean form = location == ApiRequest.Location.QUERY || location == ApiRequest.Location.FORM;
            parameters.add(new ApiRequest.Parameter(location, name, value, form ? ApiRequest.Style.FORM : ApiRequest.Style.SIMPLE, form));
            return builder.build();
        }

        @Override
        public String toString() {
            return location != null ? location + " " + name : "body " + String.join(".", bodyPath);
        }
    }
}
