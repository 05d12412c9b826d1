package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/**
 * What a generated {@code ApiClient} does with a request: adds credentials, sends it as a
 * {@link Call} (retries, redirects, the deadline, the size limit), reads the response and turns every
 * failure into an {@link ApiException}. Thread-safe.
 */
public final class RequestExecutor {

    /**
     * Everything a client was configured with.
     *
     * @param http the HTTP client, which does not follow redirects
     * @param baseUrl the base URL without a trailing slash
     * @param credentials the credentials by security scheme
     * @param readMode which deviations from the spec refuse a response
     * @param connectTimeout the connect timeout, for messages
     * @param requestTimeout the deadline of a call: all attempts, the waits between them and every body byte
     * @param maxResponseBytes the most bytes a response body may have, as received and once decompressed
     * @param userAgent the User-Agent header
     * @param retryPolicy when and how often to retry, and how long one attempt may take
     * @param enabledUnstable the unstable operations enabled
     * @param deviationListener receives the deviations of responses accepted despite them
     */
    record Settings(HttpClient http, String baseUrl, Credentials credentials, ReadMode readMode, Duration connectTimeout,
            Duration requestTimeout, int maxResponseBytes, String userAgent, RetryPolicy retryPolicy, Set<String> enabledUnstable,
            BiConsumer<String, List<Deviation>> deviationListener) {
    }

    private final Settings settings;
    private final Failures failures;
    private final RetryBudget budget;
    private final URI origin;

    RequestExecutor(Settings settings) {
        this.settings = settings;
        this.origin = URI.create(settings.baseUrl());
        this.failures = new Failures(settings.credentials(), origin.getAuthority() != null ? origin.getAuthority() : settings.baseUrl(),
                settings.connectTimeout());
        this.budget = settings.retryPolicy().newBudget();
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
     * @throws ApiException on an error status, an unreadable or too large body, a timeout, a connection
     *     failure, a redirect to another origin or a disabled unstable operation
     * @throws IllegalArgumentException when a header value contains a line break
     */
    public <T> ApiResponse<T> execute(ApiRequest request, BodyReader<T> reader) {
        CompletableFuture<HttpResponse<BoundedBuffer>> call = newCall(request).start(prepare(request));
        try {
            return read(request, call.get(), reader);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw failures.failed(request, "was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ApiException failure ? failure : failures.failed(request, "failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Sends a request without blocking, retrying as the retry policy allows, and reads the response.
     * The future fails with an {@link ApiException} for everything {@link #execute} throws it for
     * ({@link CompletableFuture#join()} wraps it in a {@link java.util.concurrent.CompletionException}, {@code get()} in an
     * {@link ExecutionException}), and with an {@link IllegalArgumentException} for a header value
     * with a line break. Cancelling the future, or any stage derived from it, aborts the call.
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
        CompletableFuture<HttpResponse<BoundedBuffer>> call = newCall(request).start(httpRequest);
        CompletableFuture<ApiResponse<T>> response = new CallFuture<>(() -> call.cancel(true));
        call.whenComplete((received, error) -> {
            if (error != null) {
                response.completeExceptionally(error);
                return;
            }
            try {
                response.complete(read(request, received, reader));
            } catch (RuntimeException e) {
                response.completeExceptionally(e);
            }
        });
        return response;
    }

    /** The call of a request, with its deadline: the one place where that deadline is computed. */
    private Call newCall(ApiRequest request) {
        Deadline deadline = Deadline.start(settings.requestTimeout(), settings.retryPolicy().attemptTimeout());
        return new Call(settings, budget, failures, origin, request, deadline);
    }

    private HttpRequest prepare(ApiRequest request) {
        if (request.unstable() && !settings.enabledUnstable().contains(request.operationId())) {
            throw Failures.of(request, "is an unstable operation (x-unstable) and is disabled; enable it with "
                    + "ApiClient.builder().enableUnstableOperations(\"" + request.operationId() + "\")");
        }
        StringBuilder url = new StringBuilder(settings.baseUrl()).append(request.expandedPath());
        List<String> query = new ArrayList<>();
        if (!request.query().isEmpty()) {
            query.add(request.query());
        }
        HttpRequest.Builder http = HttpRequest.newBuilder()
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

    private <T> ApiResponse<T> read(ApiRequest request, HttpResponse<BoundedBuffer> response, BodyReader<T> reader) {
        int status = response.statusCode();
        byte[] body = decoded(request, response);
        if (status < 200 || status >= 300) {
            throw failures.errorStatus(request, response, body, settings.readMode());
        }
        List<Deviation> deviations = new ArrayList<>();
        if (body.length == 0 || status == 204) {
            if (status != 204 && reader.requiresContent()) {
                deviations.add(new Deviation("", "no body where the spec declares one", Deviation.Kind.EMPTY_BODY));
            }
            return accepted(request, response, body, null, deviations);
        }
        T value;
        try {
            value = reader.read(body, response.headers(), deviations);
        } catch (IOException | RuntimeException e) {
            throw failures.unreadableBody(request, response, body, e);
        }
        if (value == null && !deviations.isEmpty()) {
            // Even tolerant mode refuses a body of which nothing could be read, so that its raw text
            // reaches the caller in the exception rather than being lost.
            throw failures.deviating(request, response, body, deviations, deviations);
        }
        return accepted(request, response, body, value, deviations);
    }

    private <T> ApiResponse<T> accepted(ApiRequest request, HttpResponse<BoundedBuffer> response, byte[] body, T value,
            List<Deviation> deviations) {
        List<Deviation> refused = settings.readMode().refused(deviations);
        if (!refused.isEmpty()) {
            throw failures.deviating(request, response, body, deviations, refused);
        }
        if (!deviations.isEmpty()) {
            settings.deviationListener().accept(request.operationId(), List.copyOf(deviations));
        }
        return new ApiResponse<>(response.statusCode(), response.headers(), value, deviations);
    }

    /** The body with its gzip encoding undone, inflated only up to the size limit: before any status check reads it. */
    private byte[] decoded(ApiRequest request, HttpResponse<BoundedBuffer> response) {
        BoundedBuffer body = response.body();
        if (body.size() == 0 || !ContentDecoding.isGzip(response.headers())) {
            return body.toByteArray();
        }
        try {
            return ContentDecoding.gunzip(body.stream(), settings.maxResponseBytes());
        } catch (BodyTooLargeException e) {
            throw failures.tooLarge(request, response.statusCode(), response.headers(), e);
        } catch (IOException e) {
            throw failures.undecompressable(request, response, e);
        }
    }

    static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The settings without secrets: base URL, the schemes with credentials, read mode, limits, retries, unstable operations. */
    @Override
    public String toString() {
        return "[baseUrl=" + settings.baseUrl() + ", credentials=" + settings.credentials().schemes()
                + ", readMode=" + settings.readMode() + ", requestTimeout=" + settings.requestTimeout()
                + ", maxResponseBytes=" + settings.maxResponseBytes() + ", " + settings.retryPolicy() + ", unstableEnabled="
                + settings.enabledUnstable().stream().sorted().toList() + "]";
    }
}
