package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * What a generated {@code ApiClient} does with a request: adds credentials, sends it, retries what
 * may be retried, reads the response and turns every failure into an {@link ApiException}.
 * Thread-safe.
 */
final class RequestExecutor {

    /**
     * Everything a client was configured with.
     *
     * @param http the HTTP client
     * @param baseUrl the base URL without a trailing slash
     * @param credentials the credentials by security scheme
     * @param readMode tolerant or strict reading
     * @param connectTimeout the connect timeout, for messages
     * @param requestTimeout how long a request may take
     * @param userAgent the User-Agent header
     * @param retryPolicy when and how often to retry
     * @param enabledUnstable the unstable operations enabled
     * @param deviationListener receives the deviations of responses read in tolerant mode
     * @param interceptors the request and response interceptors
     */
    record Settings(HttpClient http, String baseUrl, Credentials credentials, ReadMode readMode, Duration connectTimeout,
            Duration requestTimeout, String userAgent, RetryPolicy retryPolicy, Set<String> enabledUnstable,
            BiConsumer<String, List<Deviation>> deviationListener, Interceptors interceptors) {
    }

    private final Settings settings;
    private final Failures failures;
    private final CallAttempts attempts;
    private final StreamedResponses streamed;

    RequestExecutor(Settings settings) {
        this.settings = settings;
        String authority = URI.create(settings.baseUrl()).getAuthority();
        this.failures = new Failures(settings.credentials(), authority != null ? authority : settings.baseUrl(),
                settings.connectTimeout(), settings.requestTimeout());
        this.attempts = new CallAttempts(settings, failures);
        this.streamed = new StreamedResponses(failures, settings.readMode(), settings.deviationListener());
    }

    /** @return the base URL requests go to, without a trailing slash */
    String baseUrl() {
        return settings.baseUrl();
    }

    /** @return the URL a request goes to without credentials: for resolving the relative links of its response */
    URI uri(ApiRequest request) {
        return request.link() != null ? request.link()
                : URI.create(settings.baseUrl() + request.expandedPath() + (request.query().isEmpty() ? "" : "?" + request.query()));
    }

    /**
     * Sends a request, retrying as the retry policy allows, and reads the response.
     *
     * @param request the request an API method built
     * @param reader reads the success body
     * @param <T> the body type
     * @return the response
     * @throws ApiException on an error status, an unreadable body, a timeout, a connection failure,
     *     a disabled unstable operation or a failing interceptor
     * @throws IllegalArgumentException when a header value contains a line break
     */
    <T> ApiResponse<T> execute(ApiRequest request, BodyReader<T> reader) {
        return read(request, attempts.send(request, HttpResponse.BodyHandlers.ofByteArray()), reader);
    }

    /**
     * Like {@link #execute(ApiRequest, BodyReader)}, the success body read as it arrives.
     *
     * @param request the request an API method built
     * @param reader wraps the success body
     * @param <T> the value type
     * @return the response, its body open until the caller closes it
     */
    <T> ApiResponse<T> execute(ApiRequest request, StreamReader<T> reader) {
        return readStreamed(request, attempts.send(request, StreamedResponses.HANDLER), reader);
    }

    /**
     * Sends a request without blocking, retrying as the retry policy allows, and reads the response.
     * The future fails with an {@link ApiException} for everything {@link #execute} throws it for
     * ({@link CompletableFuture#join()} wraps it in a {@link java.util.concurrent.CompletionException}, {@code get()} in an
     * {@link java.util.concurrent.ExecutionException}), and with an {@link IllegalArgumentException} for a header value
     * with a line break.
     *
     * @param request the request an API method built
     * @param reader reads the success body
     * @param <T> the body type
     * @return the response, once it has arrived
     */
    <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, BodyReader<T> reader) {
        return attempts.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenCompose(response -> completed(() -> read(request, response, reader)));
    }

    /**
     * Like {@link #executeAsync(ApiRequest, BodyReader)}, the success body read as it arrives.
     *
     * @param request the request an API method built
     * @param reader wraps the success body
     * @param <T> the value type
     * @return the response once its headers have arrived, its body open until the caller closes it
     */
    <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, StreamReader<T> reader) {
        return attempts.sendAsync(request, StreamedResponses.HANDLER)
                .thenCompose(response -> completed(() -> readStreamed(request, response, reader)));
    }

    private static <T> CompletableFuture<T> completed(Supplier<T> value) {
        try {
            return CompletableFuture.completedFuture(value.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private <T> ApiResponse<T> readStreamed(ApiRequest request, HttpResponse<Object> response, StreamReader<T> reader) {
        HttpResponse<byte[]> buffered = StreamedResponses.buffered(response);
        if (buffered != null) {
            throw failures.errorStatus(request, buffered, decompressed(request, buffered));
        }
        return streamed.read(request, response, reader);
    }

    private <T> ApiResponse<T> read(ApiRequest request, HttpResponse<byte[]> response, BodyReader<T> reader) {
        int status = response.statusCode();
        byte[] body = decompressed(request, response);
        if (status < 200 || status >= 300) {
            throw failures.errorStatus(request, response, body);
        }
        if (body.length == 0 || status == 204) {
            return new ApiResponse<>(status, response.headers(), null, List.of());
        }
        List<Deviation> deviations = new ArrayList<>();
        T value;
        try {
            value = reader.read(body, response.headers(), deviations);
        } catch (IOException e) {
            throw failures.unreadableBody(request, response, body, e);
        }
        if (!deviations.isEmpty()) {
            // Strict mode refuses any deviation; tolerant mode still refuses a body of which nothing
            // could be read, so that its raw text reaches the caller in the exception, not lost.
            if (settings.readMode() == ReadMode.STRICT || value == null) {
                throw failures.deviating(request, response, body, deviations);
            }
            settings.deviationListener().accept(request.operationId(), List.copyOf(deviations));
        }
        return new ApiResponse<>(status, response.headers(), value, deviations);
    }

    private byte[] decompressed(ApiRequest request, HttpResponse<byte[]> response) {
        byte[] body = response.body();
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(encoding -> encoding.trim().equalsIgnoreCase("gzip")).orElse(false);
        if (!gzip || body.length == 0) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw failures.undecompressable(request, response, e);
        }
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The settings without secrets: base URL, the schemes with credentials, read mode, retries, unstable operations. */
    @Override
    public String toString() {
        return "[baseUrl=" + settings.baseUrl() + ", credentials=" + settings.credentials().schemes()
                + ", readMode=" + settings.readMode() + ", " + settings.retryPolicy() + ", unstableEnabled="
                + settings.enabledUnstable().stream().sorted().toList() + ", " + settings.interceptors() + "]";
    }
}
