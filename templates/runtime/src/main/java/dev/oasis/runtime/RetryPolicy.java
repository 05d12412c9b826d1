package dev.oasis.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long the generated {@code ApiClient} waits before sending a request again: on 429 and
 * 5xx (but not 501 and 505), and after a connection failure before any response arrived, for
 * idempotent methods unless told otherwise, bounded by a number of attempts, a total time and
 * optionally a retry budget shared by all calls of a client. The server's {@code Retry-After} or
 * {@code X-RateLimit-Reset} header decides the wait when present; otherwise the wait grows
 * exponentially with random jitter. A wait that would end after the total time, or after the call's
 * deadline, is not taken. Immutable.
 */
public final class RetryPolicy {

    static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxElapsed;
    private final Duration attemptTimeout;
    private final boolean retryNonIdempotent;
    private final double budgetRatio;
    private final int budgetMinRetries;
    private final Waiter waiter;

    RetryPolicy(RetryPolicyBuilder builder) {
        this.maxAttempts = builder.maxAttempts();
        this.initialDelay = builder.initialDelay();
        this.maxDelay = builder.maxDelay();
        this.maxElapsed = builder.maxElapsed();
        this.attemptTimeout = builder.attemptTimeout();
        this.retryNonIdempotent = builder.retryNonIdempotent();
        this.budgetRatio = builder.budgetRatio();
        this.budgetMinRetries = builder.budgetMinRetries();
        this.waiter = builder.waiter();
    }

    /**
     * The default: up to 4 attempts, waits from 500 ms doubling up to 30 s, no attempt started after
     * 60 s, idempotent methods only, no retry budget.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * No retries: every request is sent once.
     *
     * @return a policy that never retries
     */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a builder
     */
    public static RetryPolicyBuilder builder() {
        return new RetryPolicyBuilder();
    }

    /**
     * How long to wait before the next attempt, or empty when the response is final.
     *
     * @param method the HTTP method of the request
     * @param status the status of the response
     * @param headers the headers of the response
     * @param attempt the number of the attempt that got the response, from 1
     * @param elapsed the time since the first attempt was sent
     * @return the wait, or empty to stop and return or throw the response
     */
    public Optional<Duration> nextDelay(String method, int status, HttpHeaders headers, int attempt, Duration elapsed) {
        return nextDelay(IDEMPOTENT_METHODS.contains(method), status, headers, attempt, elapsed);
    }

    /** Like the public {@code nextDelay}, for a request known to be idempotent or not (a POST with an idempotency key is). */
    Optional<Duration> nextDelay(boolean idempotent, int status, HttpHeaders headers, int attempt, Duration elapsed) {
        return retryable(status) ? delay(idempotent, attempt, elapsed, ServerDelay.of(status, headers)) : Optional.empty();
    }

    /**
     * How long to wait before the next attempt after a connection failure before any response
     * arrived (refused, reset, timed out before the headers), or empty when the failure is final.
     *
     * @param method the HTTP method of the request
     * @param attempt the number of the attempt that failed, from 1
     * @param elapsed the time since the first attempt was sent
     * @return the wait, or empty to stop and throw the failure
     */
    public Optional<Duration> nextDelayAfterConnectionFailure(String method, int attempt, Duration elapsed) {
        return nextDelayAfterConnectionFailure(IDEMPOTENT_METHODS.contains(method), attempt, elapsed);
    }

    /** Like the public {@code nextDelayAfterConnectionFailure}, for a request known to be idempotent or not. */
    Optional<Duration> nextDelayAfterConnectionFailure(boolean idempotent, int attempt, Duration elapsed) {
        return delay(idempotent, attempt, elapsed, Optional.empty());
    }

    /**
     * Waits, without blocking the calling thread.
     *
     * @param delay how long
     * @return a future completed when the wait is over
     */
    public CompletableFuture<Void> waitFor(Duration delay) {
        return waiter.waitFor(delay);
    }

    /** @return how long one attempt may take, or null when only the call's deadline limits it */
    Duration attemptTimeout() {
        return attemptTimeout;
    }

    /** @return a new retry budget for one client, unlimited unless the policy sets one */
    RetryBudget newBudget() {
        return budgetMinRetries < 0 ? RetryBudget.unlimited() : RetryBudget.of(budgetRatio, budgetMinRetries);
    }

    private Optional<Duration> delay(boolean idempotent, int attempt, Duration elapsed, Optional<Duration> asked) {
        if (attempt >= maxAttempts || !(retryNonIdempotent || idempotent)) {
            return Optional.empty();
        }
        Duration delay = asked.orElseGet(() -> backoff(attempt));
        if (elapsed.compareTo(maxElapsed) >= 0 || delay.compareTo(maxElapsed.minus(elapsed)) > 0) {
            return Optional.empty();
        }
        return Optional.of(delay);
    }

    private static boolean retryable(int status) {
        return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }

    /** Half the ceiling plus up to half again at random; the ceiling doubles per attempt up to {@code maxDelay}, without overflow. */
    private Duration backoff(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 30);
        Duration ceiling = initialDelay.compareTo(maxDelay.dividedBy(factor)) > 0 ? maxDelay : initialDelay.multipliedBy(factor);
        long nanos = Deadline.nanos(ceiling.compareTo(maxDelay) > 0 ? maxDelay : ceiling);
        return Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(nanos / 2 + 1));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RetryPolicy[maxAttempts=%d, initialDelay=%s, maxDelay=%s, maxElapsed=%s, "
                + "attemptTimeout=%s, retryNonIdempotent=%s, budget=%s]", maxAttempts, initialDelay, maxDelay, maxElapsed,
                attemptTimeout == null ? "none" : attemptTimeout, retryNonIdempotent,
                budgetMinRetries < 0 ? "none" : budgetRatio + " per call, at least " + budgetMinRetries);
    }

    /** Waits between attempts; replace it to run waits on your own scheduler or to observe them in tests. */
    @FunctionalInterface
    public interface Waiter {

        /**
         * Waits without blocking the calling thread.
         *
         * @param delay how long
         * @return a future completed when the wait is over
         */
        CompletableFuture<Void> waitFor(Duration delay);
    }
}
