package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLSession;

/**
 * Responses read as they arrive, for {@link StreamReader}s: a success body stays a stream (no size
 * limit applies), an error body is read whole and reported like any other.
 */
final class StreamedResponses {

    /** Streams 2xx bodies and buffers the others, which are errors or retried. */
    static final HttpResponse.BodyHandler<Object> HANDLER = info -> info.statusCode() / 100 == 2
            ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), in -> (Object) in)
            : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), bytes -> (Object) bytes);

    private final Failures failures;
    private final ReadMode readMode;
    private final BiConsumer<String, List<Deviation>> deviationListener;

    StreamedResponses(Failures failures, ReadMode readMode, BiConsumer<String, List<Deviation>> deviationListener) {
        this.failures = failures;
        this.readMode = readMode;
        this.deviationListener = deviationListener;
    }

    /**
     * A response of {@link #HANDLER} whose body was buffered, as the buffered readers take it.
     *
     * @param response the response
     * @return the response, or null when its body is a stream
     */
    static HttpResponse<byte[]> buffered(HttpResponse<Object> response) {
        return response.body() instanceof byte[] bytes ? new Buffered(response, bytes) : null;
    }

    /**
     * Wraps the streamed body of a successful response of {@link #HANDLER}.
     *
     * @param request the call
     * @param response the response
     * @param reader wraps the body
     * @param <T> the value type
     * @return the response with the wrapped body
     */
    <T> ApiResponse<T> read(ApiRequest request, HttpResponse<Object> response, StreamReader<T> reader) {
        InputStream body = (InputStream) response.body();
        HttpHeaders headers = response.headers();
        StreamContext context = new StreamContext(request.operationId(), response.statusCode(), headers,
                deviations -> report(request, response, deviations));
        try {
            boolean gzip = headers.firstValue("Content-Encoding").map(e -> e.trim().equalsIgnoreCase("gzip")).orElse(false);
            return new ApiResponse<>(response.statusCode(), headers, reader.read(gzip ? new GZIPInputStream(body) : body, context), List.of());
        } catch (IOException e) {
            close(body);
            throw failures.undecompressable(request, new Buffered(response, new byte[0]), e);
        }
    }

    private void report(ApiRequest request, HttpResponse<Object> response, List<Deviation> deviations) {
        if (readMode == ReadMode.STRICT) {
            throw failures.deviating(request, new Buffered(response, new byte[0]), new byte[0], deviations);
        }
        deviationListener.accept(request.operationId(), List.copyOf(deviations));
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // Releasing the connection of a body that could not be read.
        }
    }

    /** A response of {@link #HANDLER} whose body was buffered, as the buffered readers and {@link Failures} take it. */
    private record Buffered(HttpResponse<?> original, byte[] body) implements HttpResponse<byte[]> {

        @Override
        public int statusCode() {
            return original.statusCode();
        }

        @Override
        public HttpRequest request() {
            return original.request();
        }

        @Override
        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return original.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return original.sslSession();
        }

        @Override
        public URI uri() {
            return original.uri();
        }

        @Override
        public HttpClient.Version version() {
            return original.version();
        }
    }
}
