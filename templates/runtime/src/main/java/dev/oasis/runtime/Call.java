package dev.oasis.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One call as it happens, without blocking: sends attempts within the call's {@link Deadline},
 * retries what the retry policy and the client's retry budget allow, follows redirects within the
 * origin and refuses the others, and receives every body through a {@link LimitedBody}. When the
 * deadline passes, or the caller cancels, the attempt in flight is aborted and its connection closed.
 * Completes with the final response, or with an {@link ApiException}.
 */
final class Call {

    private final HttpClient http;
    private final RetryPolicy policy;
    private final RetryBudget budget;
    private final Failures failures;
    private final URI origin;
    private final int maxResponseBytes;
    private final ApiRequest request;
    private final Deadline deadline;
    private final CompletableFuture<HttpResponse<BoundedBuffer>> result = new CompletableFuture<>();
    private final CompletableFuture<Void> deadlineTimer = new CompletableFuture<>();
    private volatile LimitedBody body;
    private volatile CompletableFuture<?> pending;
    private volatile int attempts = 1;
    private int redirects;

    Call(RequestExecutor.Settings settings, RetryBudget budget, Failures failures, URI origin, ApiRequest request,
            Deadline deadline) {
        this.http = settings.http();
        this.policy = settings.retryPolicy();
        this.budget = budget;
        this.failures = failures;
        this.origin = origin;
        this.maxResponseBytes = settings.maxResponseBytes();
        this.request = request;
        this.deadline = deadline;
    }

    /**
     * Starts the call.
     *
     * @param first the first request to send
     * @return the final response; cancelling it aborts the call
     */
    CompletableFuture<HttpResponse<BoundedBuffer>> start(HttpRequest first) {
        budget.called();
        // Timers fire on the JDK's one delay thread: what they trigger runs elsewhere.
        deadlineTimer.orTimeout(deadline.remainingNanos(), TimeUnit.NANOSECONDS).whenComplete((ignored, error) -> {
            if (error != null) {
                CompletableFuture.runAsync(this::expire);
            }
        });
        result.whenComplete((response, error) -> {
            deadlineTimer.complete(null);
            if (error != null) {
                abortInFlight();
            }
        });
        send(first);
        return result;
    }

    private void expire() {
        result.completeExceptionally(failures.timeout(request, deadline.total(), true, attempts,
                new HttpTimeoutException("no complete response within " + deadline.total())));
    }

    private void send(HttpRequest next) {
        long limit = deadline.attemptNanos();
        if (result.isDone()) {
            return;
        }
        if (limit == 0) {
            expire();
            return;
        }
        LimitedBody receiving = new LimitedBody(maxResponseBytes);
        CompletableFuture<HttpResponse<BoundedBuffer>> sent;
        try {
            sent = http.sendAsync(HttpRequest.newBuilder(next, (name, value) -> true).timeout(Duration.ofNanos(limit)).build(),
                    receiving);
        } catch (RuntimeException e) {
            result.completeExceptionally(failures.failed(request, "could not be sent: " + e, e));
            return;
        }
        body = receiving;
        pending = sent;
        if (result.isDone()) {
            abortInFlight();
            return;
        }
        CompletableFuture<Void> attemptTimer = new CompletableFuture<>();
        AtomicReference<HttpTimeoutException> timedOut = new AtomicReference<>();
        if (!deadline.isCallLimit(limit)) {
            attemptTimer.orTimeout(limit, TimeUnit.NANOSECONDS).whenComplete((ignored, error) -> {
                if (error != null) {
                    CompletableFuture.runAsync(() -> {
                        timedOut.set(new HttpTimeoutException("no complete response within " + Duration.ofNanos(limit)));
                        receiving.abort(timedOut.get());
                        sent.cancel(true);
                    });
                }
            });
        }
        sent.whenComplete((response, error) -> {
            attemptTimer.complete(null);
            if (result.isDone()) {
                return;
            }
            if (error == null) {
                responded(next, response);
            } else {
                failed(next, receiving, limit, timedOut.get() != null ? timedOut.get() : unwrap(error));
            }
        });
    }

    private void responded(HttpRequest sent, HttpResponse<BoundedBuffer> response) {
        Optional<URI> target = Redirects.target(response);
        if (target.isPresent()) {
            boolean sameOrigin = Redirects.sameOrigin(origin, target.get());
            if (!sameOrigin || redirects >= Redirects.MAX) {
                result.completeExceptionally(failures.redirect(request, response, target.get(), sameOrigin));
                return;
            }
            redirects++;
            send(Redirects.follow(sent, response.statusCode(), target.get()));
            return;
        }
        Optional<Duration> delay = policy.nextDelay(request.method(), response.statusCode(), response.headers(), attempts,
                deadline.elapsed());
        if (!retry(sent, delay)) {
            result.complete(response);
        }
    }

    private void failed(HttpRequest sent, LimitedBody receiving, long limit, Throwable error) {
        HttpResponse.ResponseInfo response = receiving.response();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                result.completeExceptionally(response == null ? failures.tooLarge(request, 0, null, tooLarge)
                        : failures.tooLarge(request, response.statusCode(), response.headers(), tooLarge));
                return;
            }
        }
        ApiException failure;
        if (error instanceof HttpTimeoutException && !(error instanceof HttpConnectTimeoutException)) {
            boolean callLimit = deadline.isCallLimit(limit);
            failure = failures.timeout(request, callLimit ? deadline.total() : Duration.ofNanos(limit), callLimit, attempts, error);
        } else if (error instanceof IOException io) {
            failure = failures.transport(request, io);
        } else {
            failure = failures.failed(request, "failed: " + error, error);
        }
        boolean connectionFailure = response == null && error instanceof IOException;
        if (!connectionFailure || !retry(sent, policy.nextDelayAfterConnectionFailure(request.method(), attempts, deadline.elapsed()))) {
            result.completeExceptionally(failure);
        }
    }

    /** Waits and sends the request again when the policy asks for it and both deadline and budget allow it. */
    private boolean retry(HttpRequest again, Optional<Duration> delay) {
        if (delay.isEmpty() || !deadline.allows(delay.get()) || !budget.tryRetry()) {
            return false;
        }
        CompletableFuture<Void> waiting;
        try {
            waiting = policy.waitFor(delay.get());
        } catch (RuntimeException e) {
            result.completeExceptionally(failures.failed(request, "could not wait to retry: " + e, e));
            return true;
        }
        pending = waiting;
        waiting.whenComplete((ignored, error) -> {
            if (error != null) {
                result.completeExceptionally(failures.failed(request, "could not wait to retry: " + error, error));
            } else {
                attempts++;
                send(again);
            }
        });
        return true;
    }

    private void abortInFlight() {
        LimitedBody receiving = body;
        if (receiving != null) {
            receiving.abort(new IOException("the call ended before the body was complete"));
        }
        CompletableFuture<?> waiting = pending;
        if (waiting != null) {
            waiting.cancel(true);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
