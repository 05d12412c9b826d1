package dev.oasis.runtime;

import dev.oasis.runtime.json.Deviation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a generated {@code ApiClient} does with a request: prepares it ({@link RequestPreparer}:
 * credentials, options, interceptors), sends it as a {@link Call} (retries, redirects, the deadline,
 * the size limit), reads the response, whole or as it arrives, and turns every failure into an
 * {@link ApiException}. Thread-safe.
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
     * @param interceptors the request and response interceptors
     */
    record Settings(HttpClient http, String baseUrl, Credentials credentials, ReadMode readMode, Duration connectTimeout,
            Duration requestTimeout, int maxResponseBytes, String userAgent, RetryPolicy retryPolicy, Set<String> enabledUnstable,
            BiConsumer<String, List<Deviation>> deviationListener, Interceptors interceptors) {
    }

    private final Settings settings;
    private final Failures failures;
    private final RetryBudget budget;
    private final URI origin;
    private final RequestPreparer preparer;
    private final StreamedResponses streamed;

    RequestExecutor(Settings settings) {
        this.settings = settings;
        this.origin = URI.create(settings.baseUrl());
        this.failures = new Failures(settings.credentials(), origin.getAuthority() != null ? origin.getAuthority() : settings.baseUrl(),
                settings.connectTimeout());
        this.budget = settings.retryPolicy().newBudget();
        this.preparer = new RequestPreparer(settings, failures);
        this.streamed = new StreamedResponses(failures, settings.readMode(), settings.deviationListener());
    }

    /** @return the base URL requests go to, without a trailing slash */
    public String baseUrl() {
        return settings.baseUrl();
    }

    /**
     * The items of every page of a paginated operation, fetched lazily as they are iterated to.
     *
     * @param request the first page's request
     * @param fetch sends a page's request and reads the response, as the client does
     * @param paging how pages follow each other
     * @param <P> the page type
     * @param <T> the item type
     * @return the items
     */
    public <P, T> PaginatedIterable<T> paginate(ApiRequest request, Function<ApiRequest, ApiResponse<P>> fetch, Paging<P, T> paging) {
        return new PaginatedIterable<>(request, paging, fetch, this::uri);
    }

    /** The URL a request goes to without credentials: for resolving the relative links of its response. */
    private URI uri(ApiRequest request) {
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
     * @throws ApiException on an error status, an unreadable or too large body, a timeout, a connection
     *     failure, a redirect to another origin or a disabled unstable operation
     * @throws IllegalArgumentException when a header value contains a line break
     */
    public <T> ApiResponse<T> execute(ApiRequest request, BodyReader<T> reader) {
        return await(request, start(request, () -> new LimitedBody(settings.maxResponseBytes())), response -> read(request, response, reader));
    }

    /**
     * Like {@link #execute(ApiRequest, BodyReader)}, the success body read as it arrives: the call
     * (and its deadline) ends when the headers arrive, and no size limit applies to the body.
     *
     * @param request the request an API method built
     * @param reader wraps the success body
     * @param <T> the value type
     * @return the response, its body open until the caller closes it
     */
    public <T> ApiResponse<T> execute(ApiRequest request, StreamReader<T> reader) {
        return await(request, start(request, () -> new StreamingBody(settings.maxResponseBytes())),
                response -> readStreamed(request, response, reader));
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
        return CallFuture.reading(() -> start(request, () -> new LimitedBody(settings.maxResponseBytes())),
                response -> read(request, response, reader));
    }

    /**
     * Like {@link #executeAsync(ApiRequest, BodyReader)}, the success body read as it arrives.
     *
     * @param request the request an API method built
     * @param reader wraps the success body
     * @param <T> the value type
     * @return the response once its headers have arrived, its body open until the caller closes it
     */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, StreamReader<T> reader) {
        return CallFuture.reading(() -> start(request, () -> new StreamingBody(settings.maxResponseBytes())),
                response -> readStreamed(request, response, reader));
    }

    /** Waits for a call and reads its response; interruption aborts the call. */
    private <B, T> T await(ApiRequest request, CompletableFuture<HttpResponse<B>> call, Function<HttpResponse<B>, T> read) {
        try {
            return read.apply(call.get());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw failures.failed(request, "was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ApiException failure ? failure : failures.failed(request, "failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Prepares a request's first attempt and starts its call, with its deadline: the request's own
     * timeout, else the client's, and the retry policy's attempt timeout. The one place where that
     * deadline is computed.
     *
     * @throws ApiException for a disabled unstable operation, an unreadable file, or a failing interceptor or token supplier
     * @throws IllegalArgumentException when a header value contains a line break
     */
    private <B> CompletableFuture<HttpResponse<B>> start(ApiRequest request, Supplier<ReceivingBody<B>> bodies) {
        AttemptHooks hooks = new AttemptHooks(preparer, settings.interceptors(), failures, request, preparer.prepare(request, 1, false));
        RetryPolicy policy = request.options().retryPolicy().orElse(settings.retryPolicy());
        Deadline deadline = Deadline.start(request.options().timeout().orElse(settings.requestTimeout()), policy.attemptTimeout());
        return new Call<>(settings, budget, failures, origin, hooks, request, deadline, bodies).start();
    }

    /** A streamed call's response: a success body wrapped as it arrives, any other read whole and thrown. */
    private <T> ApiResponse<T> readStreamed(ApiRequest request, HttpResponse<Object> response, StreamReader<T> reader) {
        if (response.body() instanceof BoundedBuffer buffered) {
            throw failures.errorStatus(request, response, decoded(request, response, buffered), settings.readMode());
        }
        return streamed.read(request, response, reader);
    }

    private <T> ApiResponse<T> read(ApiRequest request, HttpResponse<BoundedBuffer> response, BodyReader<T> reader) {
        int status = response.statusCode();
        byte[] body = decoded(request, response, response.body());
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
    private byte[] decoded(ApiRequest request, HttpResponse<?> response, BoundedBuffer body) {
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
                + settings.enabledUnstable().stream().sorted().toList() + ", " + settings.interceptors() + "]";
    }
}
