package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Success bodies read as they arrive, for {@link StreamReader}s: decompressed as they are read, with
 * the deviations found in them refused or reported as the read mode says.
 */
final class StreamedResponses {

    private final Failures failures;
    private final ReadMode readMode;
    private final BiConsumer<String, List<Deviation>> deviationListener;

    StreamedResponses(Failures failures, ReadMode readMode, BiConsumer<String, List<Deviation>> deviationListener) {
        this.failures = failures;
        this.readMode = readMode;
        this.deviationListener = deviationListener;
    }

    /**
     * Wraps the streamed body of a successful response.
     *
     * @param request the call
     * @param response the response, its body an {@link InputStream}
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
            InputStream decoded = ContentDecoding.isGzip(headers) ? new GZIPInputStream(body) : body;
            return new ApiResponse<>(response.statusCode(), headers, reader.read(decoded, context), List.of());
        } catch (IOException e) {
            close(body);
            throw failures.undecompressable(request, response, e);
        }
    }

    private void report(ApiRequest request, HttpResponse<Object> response, List<Deviation> deviations) {
        List<Deviation> refused = readMode.refused(deviations);
        if (!refused.isEmpty()) {
            throw failures.deviating(request, response, new byte[0], deviations, refused);
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
}
