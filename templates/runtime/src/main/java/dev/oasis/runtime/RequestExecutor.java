package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * What a generated {@code ApiClient} does with a request: adds credentials, sends it, retries what
 * may be retried, reads the response and turns every failure into an {@link ApiException}.
 * Thread-safe.
 */
public final class RequestExecutor {

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
     */
    record Settings(HttpClient http, String baseUrl, Credentials credentials, ReadMode readMode, Duration connectTimeout,
            Duration requestTimeout, String userAgent, RetryPolicy retryPolicy, Set<String> enabledUnstable,
            BiConsumer<String, List<Deviation>> deviationListener) {
    }

    private final Settings settings;
    private final Failures failures;

    RequestExecutor(Settings settings) {
        this.settings = settings;
        String authority = URI.create(settings.baseUrl()).getAuthority();
        this.failures = new Failures(settings.credentials(), authority != null ? authority : settings.baseUrl(),
                settings.connectTimeout(), settings.requestTimeout());
    }

    /** @return the base URL requests go to, without a trailing slash */
    public String baseUrl() {
        return settings.baseUrl();
    }

    /**
     * Sends a request, retrying as the retry policy allows, and reads the response.
     *
     * @param request the request an API method built
     * @param reader reads the success body
     * @param <T> the body type
     * @return the response
     * @throws ApiException on an error status, an unreadable body, a timeout, a connection failure or
     *     a disabled unstable operation
     * @throws IllegalArgumentException when a header value contains a line break
     */
    public <T> ApiResponse<T> execute(ApiRequest request, BodyReader<T> reader) {
        HttpRequest httpRequest = prepare(request);
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = settings.http().send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw failures.transport(request, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Failures.of(request, "was interrupted", e);
            }
            Optional<Duration> delay = nextDelay(request, response, attempt, start);
            if (delay.isEmpty()) {
                return read(request, response, reader);
            }
            awaitRetry(request, delay.get());
        }
    }

    /**
     * Sends a request without blocking, retrying as the retry policy allows, and reads the response.
     * The future fails with an {@link ApiException} for everything {@link #execute} throws it for
     * ({@link CompletableFuture#join()} wraps it in a {@link java.util.concurrent.CompletionException}, {@code get()} in an
     * {@link ExecutionException}), and with an {@link IllegalArgumentException} for a header value
     * with a line break.
     *
     * @param request the request an API method built
     * @param reader reads the success body
     * @param <T> the body type
     * @return the response, once it has arrived
     */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, BodyReader<T> reader) {
        HttpRequest httpRequest;
        try {
            httpRequest = prepare(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return attemptAsync(request, httpRequest, reader, 1, System.nanoTime());
    }

    private <T> CompletableFuture<ApiResponse<T>> attemptAsync(ApiRequest request, HttpRequest httpRequest,
            BodyReader<T> reader, int attempt, long start) {
        return settings.http().sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, error) -> {
                    if (error != null) {
                        return CompletableFuture.<ApiResponse<T>>failedFuture(failures.async(request, error));
                    }
                    Optional<Duration> delay = nextDelay(request, response, attempt, start);
                    if (delay.isPresent()) {
                        return settings.retryPolicy().waitFor(delay.get())
                                .thenCompose(ignored -> attemptAsync(request, httpRequest, reader, attempt + 1, start));
                    }
                    try {
                        return CompletableFuture.completedFuture(read(request, response, reader));
                    } catch (ApiException e) {
                        return CompletableFuture.<ApiResponse<T>>failedFuture(e);
                    }
                })
                .thenCompose(Function.identity());
    }

    private Optional<Duration> nextDelay(ApiRequest request, HttpResponse<byte[]> response, int attempt, long start) {
        return settings.retryPolicy().nextDelay(request.method(), response.statusCode(), response.headers(), attempt,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void awaitRetry(ApiRequest request, Duration delay) {
        CompletableFuture<Void> wait = settings.retryPolicy().waitFor(delay);
        try {
            wait.get();
        } catch (InterruptedException e) {
            wait.cancel(false);
            Thread.currentThread().interrupt();
            throw Failures.of(request, "was interrupted while waiting to retry", e);
        } catch (ExecutionException | CancellationException e) {
            throw Failures.of(request, "could not wait to retry: " + e, e);
        }
    }

    private HttpRequest prepare(ApiRequest request) {
        if (request.unstable() && !settings.enabledUnstable().contains(request.operationId())) {
            throw Failures.of(request, "is an unstable operation (x-unstable) and is disabled; enable it with "
                    + "ApiClient.builder().enableUnstableOperations(\"" + request.operationId() + "\")", null);
        }
        StringBuilder url = new StringBuilder(settings.baseUrl()).append(request.expandedPath());
        List<String> query = new ArrayList<>();
        if (!request.query().isEmpty()) {
            query.add(request.query());
        }
        HttpRequest.Builder http = HttpRequest.newBuilder()
                .timeout(settings.requestTimeout())
                .header("Accept", request.accept())
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", settings.userAgent());
        request.headers().forEach((name, value) -> http.header(name, ParameterStyles.checkedHeaderValue(name, value)));
        List<String> cookies = new ArrayList<>(request.cookies());
        settings.credentials().apply(request.security(), http, query, cookies);
        if (!cookies.isEmpty()) {
            http.header("Cookie", ParameterStyles.checkedHeaderValue("Cookie", String.join("; ", cookies)));
        }
        if (!query.isEmpty()) {
            url.append('?').append(String.join("&", query));
        }
        http.uri(URI.create(url.toString()));
        if (request.body() != null) {
            http.header("Content-Type", request.body().mediaType());
            http.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body().bytes()));
        } else {
            http.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return http.build();
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
                + settings.enabledUnstable().stream().sorted().toList() + "]";
    }
}
