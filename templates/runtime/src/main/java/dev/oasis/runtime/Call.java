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
import java.util.function.Supplier;

/**
 * One call as it happens, without blocking: sends attempts within the call's {@link Deadline},
 * retries what the retry policy (the request's own, else the client's) and the client's retry
 * budget allow, follows redirects within the origin and refuses the others, and receives every body
 * through a fresh {@link ReceivingBody} per attempt. Each attempt after the first is prepared again, so
 * request interceptors see (and may sign) it; response interceptors see every response; a 401 to a
 * supplied token is answered once by sending again with a refreshed one. A request whose body is
 * streamed from an {@code InputStream} is sent once. When the deadline passes, or the caller
 * cancels, the attempt in flight is aborted and its connection closed. Completes with the final
 * response, or with an {@link ApiException}.
 *
 * @param <B> how a body is received: held in memory, or streamed for success statuses
 */
final class Call<B> {

    private final HttpClient http;
    private final RetryPolicy policy;
    private final RetryBudget budget;
    private final Failures failures;
    private final URI origin;
    private final Supplier<ReceivingBody<B>> bodies;
    private final AttemptHooks hooks;
    private final ApiRequest request;
    private final boolean idempotent;
    private final Deadline deadline;
    private final CompletableFuture<HttpResponse<B>> result = new CompletableFuture<>();
    private final CompletableFuture<Void> deadlineTimer = new CompletableFuture<>();
    private volatile ReceivingBody<B> body;
    private volatile CompletableFuture<?> pending;
    private volatile int attempts = 1;
    private int redirects;

    Call(RequestExecutor.Settings settings, RetryBudget budget, Failures failures, URI origin, AttemptHooks hooks,
            ApiRequest request, Deadline deadline, Supplier<ReceivingBody<B>> bodies) {
        this.http = settings.http();
        this.policy = request.options().retryPolicy().orElse(settings.retryPolicy());
        this.budget = budget;
        this.failures = failures;
        this.origin = origin;
        this.bodies = bodies;
        this.hooks = hooks;
        this.request = request;
        this.idempotent = RetryPolicy.IDEMPOTENT_METHODS.contains(request.method()) || request.options().idempotencyKey().isPresent();
        this.deadline = deadline;
    }

    /**
     * Starts the call with the first attempt its hooks prepared.
     *
     * @return the final response; cancelling it aborts the call
     */
    CompletableFuture<HttpResponse<B>> start() {
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
        send(hooks.current());
        return result;
    }

    /** Prepares and sends the next attempt; a failure to prepare it (an interceptor, a token supplier) ends the call. */
    private void sendNext(boolean refresh) {
        HttpRequest next;
        try {
            next = hooks.next(attempts, refresh);
        } catch (ApiException e) {
            result.completeExceptionally(e);
            return;
        }
        send(next);
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
        ReceivingBody<B> receiving = bodies.get();
        CompletableFuture<HttpResponse<B>> sent;
        hooks.sending();
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
                failed(receiving, limit, timedOut.get() != null ? timedOut.get() : unwrap(error));
            }
        });
    }

    private void responded(HttpRequest sent, HttpResponse<B> response) {
        try {
            hooks.responded(response);
        } catch (ApiException e) {
            result.completeExceptionally(e);
            return;
        }
        Optional<URI> target = Redirects.target(response);
        boolean resendsBody = response.statusCode() == 307 || response.statusCode() == 308;
        if (target.isPresent() && !(resendsBody && !hooks.repeatable())) {
            boolean sameOrigin = Redirects.sameOrigin(origin, target.get());
            if (!sameOrigin || redirects >= Redirects.MAX) {
                result.completeExceptionally(failures.redirect(request, response, target.get(), sameOrigin));
                return;
            }
            redirects++;
            send(Redirects.follow(sent, response.statusCode(), target.get()));
            return;
        }
        if (hooks.refreshes(response)) {
            attempts++;
            sendNext(true);
            return;
        }
        Optional<Duration> delay = policy.nextDelay(idempotent, response.statusCode(), response.headers(), attempts,
                deadline.elapsed());
        if (!retry(delay)) {
            result.complete(response);
        }
    }

    private void failed(ReceivingBody<B> receiving, long limit, Throwable error) {
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
        if (!connectionFailure || !retry(policy.nextDelayAfterConnectionFailure(idempotent, attempts, deadline.elapsed()))) {
            result.completeExceptionally(failure);
        }
    }

    /** Waits and sends the request again when the policy asks for it, its body can be sent again and deadline and budget allow it. */
    private boolean retry(Optional<Duration> delay) {
        if (delay.isEmpty() || !hooks.repeatable() || !deadline.allows(delay.get()) || !budget.tryRetry()) {
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
                sendNext(false);
            }
        });
        return true;
    }

    private void abortInFlight() {
        ReceivingBody<B> receiving = body;
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
