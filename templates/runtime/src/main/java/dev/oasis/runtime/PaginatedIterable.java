package dev.oasis.runtime;

import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of every page of a paginated operation, fetched lazily: nothing is sent until the
 * first item is asked for, and each next page only when the items before it have been consumed.
 * Each iteration starts again from the first page. A failed page fetch throws its
 * {@link ApiException} from {@code hasNext}.
 *
 * @param <T> the item type
 */
public final class PaginatedIterable<T> implements Iterable<T> {

    private final Supplier<Iterator<T>> iterators;

    /**
     * @param request the first page's request, as the caller gave it
     * @param pagination how pages follow each other
     * @param fetch sends a page's request and reads the response
     * @param uri the URI a request is sent to, for resolving relative links
     * @param <P> the page type
     */
    <P> PaginatedIterable(ApiRequest request, Paging<P, T> pagination, Function<ApiRequest, ApiResponse<P>> fetch,
            Function<ApiRequest, URI> uri) {
        this.iterators = () -> new Pages<>(pagination.first(request), pagination, fetch, uri);
    }

    @Override
    public Iterator<T> iterator() {
        return iterators.get();
    }

    /** @return the items as a sequential, lazily fetching stream */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** Walks the pages one request at a time. */
    private static final class Pages<P, T> implements Iterator<T> {

        private final Paging<P, T> pagination;
        private final Function<ApiRequest, ApiResponse<P>> fetch;
        private final Function<ApiRequest, URI> uri;
        private ApiRequest nextRequest;
        private Iterator<T> current = List.<T>of().iterator();

        Pages(ApiRequest first, Paging<P, T> pagination, Function<ApiRequest, ApiResponse<P>> fetch, Function<ApiRequest, URI> uri) {
            this.nextRequest = first;
            this.pagination = pagination;
            this.fetch = fetch;
            this.uri = uri;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && nextRequest != null) {
                ApiRequest request = nextRequest;
                nextRequest = null;
                ApiResponse<P> response = fetch.apply(request);
                List<T> items = pagination.items(response.body());
                nextRequest = pagination.next(request, uri.apply(request), response, items);
                current = items.iterator();
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more pages");
            }
            return current.next();
        }
    }
}
