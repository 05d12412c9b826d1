package dev.oasis.runtime;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Sends the attempts of a call: prepares each (interceptors run once per attempt), runs the
 * response interceptors, resends once with a refreshed token after a 401 to a supplied one, and
 * retries as the retry policy (the request's own, else the client's) allows. A request whose body
 * is streamed from an {@link java.io.InputStream} is sent once.
 */
final class CallAttempts {

    /** One call across its attempts. */
    private static final class Call {

        final ApiRequest request;
        final long start = System.nanoTime();
        int attempt = 1;
        boolean refresh;
        boolean refreshed;

        Call(ApiRequest request) {
            this.request = request;
        }
    }

    private final RequestExecutor.Settings settings;
    private final Failures failures;
    private final RequestPreparer preparer;

    CallAttempts(RequestExecutor.Settings settings, Failures failures) {
        this.settings = settings;
        this.failures = failures;
        this.preparer = new RequestPreparer(settings);
    }

    /**
     * Sends a call's attempts until a response is kept.
     *
     * @param request the call
     * @param handler reads each response's body
     * @param <B> the body type
     * @return the response kept
     * @throws ApiException on a timeout, a connection failure, a disabled unstable operation or a failing hook
     */
    <B> HttpResponse<B> send(ApiRequest request, HttpResponse.BodyHandler<B> handler) {
        return send(new Call(request), handler);
    }

    /**
     * Like {@link #send(ApiRequest, HttpResponse.BodyHandler)}, without blocking.
     *
     * @param request the call
     * @param handler reads each response's body
     * @param <B> the body type
     * @return the response kept, once it has arrived
     */
    <B> CompletableFuture<HttpResponse<B>> sendAsync(ApiRequest request, HttpResponse.BodyHandler<B> handler) {
        return sendAsync(new Call(request), handler);
    }

    private <B> HttpResponse<B> send(Call call, HttpResponse.BodyHandler<B> handler) {
        while (true) {
            RequestPreparer.Prepared prepared = preparer.prepare(call.request, call.attempt, call.refresh);
            long sent = System.nanoTime();
            HttpResponse<B> response;
            try {
                response = settings.http().send(prepared.http(), handler);
            } catch (IOException e) {
                throw failures.transport(call.request, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Failures.of(call.request, "was interrupted", e);
            }
            Optional<Duration> delay = next(call, prepared, response, sent);
            if (delay.isEmpty()) {
                return response;
            }
            if (!delay.get().isZero()) {
                awaitRetry(call, delay.get());
            }
        }
    }

    private <B> CompletableFuture<HttpResponse<B>> sendAsync(Call call, HttpResponse.BodyHandler<B> handler) {
        RequestPreparer.Prepared prepared;
        try {
            prepared = preparer.prepare(call.request, call.attempt, call.refresh);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        long sent = System.nanoTime();
        return settings.http().sendAsync(prepared.http(), handler)
                .handle((response, error) -> {
                    if (error != null) {
                        return CompletableFuture.<HttpResponse<B>>failedFuture(failures.async(call.request, error));
                    }
                    Optional<Duration> delay;
                    try {
                        delay = next(call, prepared, response, sent);
                    } catch (RuntimeException e) {
                        return CompletableFuture.<HttpResponse<B>>failedFuture(e);
                    }
                    if (delay.isEmpty()) {
                        return CompletableFuture.completedFuture(response);
                    }
                    CompletableFuture<Void> wait = delay.get().isZero() ? CompletableFuture.completedFuture(null)
                            : policy(call.request).waitFor(delay.get());
                    return wait.thenCompose(ignored -> sendAsync(call, handler));
                })
                .thenCompose(Function.identity());
    }

    /**
     * What follows a response: empty to keep it; zero to send again at once with a refreshed token
     * (once per call, after a 401 to a supplied token); else the wait before a retry.
     */
    private Optional<Duration> next(Call call, RequestPreparer.Prepared prepared, HttpResponse<?> response, long sent) {
        try {
            settings.interceptors().afterResponse(prepared.outgoing(),
                    new ResponseInfo(response.statusCode(), response.headers(), Duration.ofNanos(System.nanoTime() - sent)));
        } catch (HookFailure e) {
            throw Failures.of(call.request, e.getMessage(), e.getCause());
        }
        boolean repeatable = call.request.body() == null || call.request.body().repeatable();
        call.refresh = false;
        if (response.statusCode() == 401 && prepared.suppliedToken() && !call.refreshed && repeatable) {
            call.refreshed = true;
            call.refresh = true;
            return Optional.of(Duration.ZERO);
        }
        if (!repeatable) {
            return Optional.empty();
        }
        boolean idempotent = RetryPolicy.IDEMPOTENT_METHODS.contains(call.request.method())
                || call.request.options().idempotencyKey().isPresent();
        Optional<Duration> delay = policy(call.request).nextDelay(idempotent, response.statusCode(), response.headers(), call.attempt,
                Duration.ofNanos(System.nanoTime() - call.start));
        if (delay.isPresent()) {
            call.attempt++;
        }
        return delay;
    }

    private RetryPolicy policy(ApiRequest request) {
        return request.options().retryPolicy().orElse(settings.retryPolicy());
    }

    private void awaitRetry(Call call, Duration delay) {
        CompletableFuture<Void> wait = policy(call.request).waitFor(delay);
        try {
            wait.get();
        } catch (InterruptedException e) {
            wait.cancel(false);
            Thread.currentThread().interrupt();
            throw Failures.of(call.request, "was interrupted while waiting to retry", e);
        } catch (ExecutionException | CancellationException e) {
            throw Failures.of(call.request, "could not wait to retry: " + e, e);
        }
    }
}
