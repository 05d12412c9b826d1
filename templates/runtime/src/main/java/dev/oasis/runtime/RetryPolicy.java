package dev.oasis.runtime;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * When and how long the generated {@code ApiClient} waits before sending a request again: on 429 and 5xx (but
 * not 501 and 505), for idempotent methods unless told otherwise, bounded by a number of attempts
 * and a total time. The server's {@code Retry-After} or {@code X-RateLimit-Reset} header decides
 * the wait when present; otherwise the wait grows exponentially with random jitter. Immutable.
 */
public final class RetryPolicy {

    static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE");

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxElapsed;
    private final boolean retryNonIdempotent;
    private final Waiter waiter;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.maxElapsed = builder.maxElapsed;
        this.retryNonIdempotent = builder.retryNonIdempotent;
        this.waiter = builder.waiter;
    }

    /**
     * The default: up to 4 attempts, waits from 500 ms doubling up to 30 s, at most 60 s in all,
     * idempotent methods only.
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
    public static Builder builder() {
        return new Builder();
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
        if (!retryable(status) || attempt >= maxAttempts || !(retryNonIdempotent || idempotent)) {
            return Optional.empty();
        }
        Duration delay = serverDelay(status, headers).orElseGet(() -> backoff(attempt));
        if (elapsed.plus(delay).compareTo(maxElapsed) > 0) {
            return Optional.empty();
        }
        return Optional.of(delay);
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

    private static boolean retryable(int status) {
        return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }

    private Duration backoff(int attempt) {
        Duration ceiling = initialDelay.multipliedBy(1L << Math.min(attempt - 1, 30));
        if (ceiling.compareTo(maxDelay) > 0 || ceiling.isNegative()) {
            ceiling = maxDelay;
        }
        long nanos = ceiling.toNanos();
        return Duration.ofNanos(nanos / 2 + ThreadLocalRandom.current().nextLong(nanos / 2 + 1));
    }

    /** {@code Retry-After}, else for 429 the seconds until the rate limit resets ({@code X-RateLimit-Reset}, as Datadog sends). */
    private static Optional<Duration> serverDelay(int status, HttpHeaders headers) {
        Optional<Duration> retryAfter = headers.firstValue("Retry-After").flatMap(RetryPolicy::retryAfter);
        if (retryAfter.isPresent() || status != 429) {
            return retryAfter;
        }
        return headers.firstValue("X-RateLimit-Reset").flatMap(RetryPolicy::seconds);
    }

    private static Optional<Duration> retryAfter(String value) {
        Optional<Duration> seconds = seconds(value);
        if (seconds.isPresent()) {
            return seconds;
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(Instant.now(), at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> seconds(String value) {
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RetryPolicy[maxAttempts=%d, initialDelay=%s, maxDelay=%s, maxElapsed=%s, retryNonIdempotent=%s]",
                maxAttempts, initialDelay, maxDelay, maxElapsed, retryNonIdempotent);
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

    /** Configures a {@link RetryPolicy}. */
    public static final class Builder {

        private int maxAttempts = 4;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(30);
        private Duration maxElapsed = Duration.ofSeconds(60);
        private boolean retryNonIdempotent;
        private Waiter waiter = delay -> CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS));

        private Builder() {
        }

        /**
         * Sets how many times a request is sent at most, the first time included.
         *
         * @param attempts at least 1; 1 turns retries off
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * Sets the wait before the second attempt when the server names none; it doubles each time.
         *
         * @param delay the first wait
         * @return this builder
         */
        public Builder initialDelay(Duration delay) {
            this.initialDelay = nonNegative(delay, "initialDelay");
            return this;
        }

        /**
         * Sets the longest wait the backoff grows to.
         *
         * @param delay the longest wait
         * @return this builder
         */
        public Builder maxDelay(Duration delay) {
            this.maxDelay = nonNegative(delay, "maxDelay");
            return this;
        }

        /**
         * Sets the total time after which no further attempt starts; a wait that would end later is not taken.
         *
         * @param total the time from the first attempt
         * @return this builder
         */
        public Builder maxElapsed(Duration total) {
            this.maxElapsed = nonNegative(total, "maxElapsed");
            return this;
        }

        /**
         * Also retries POST and PATCH, which may repeat their effect on the server.
         *
         * @param value whether to retry non-idempotent methods
         * @return this builder
         */
        public Builder retryNonIdempotent(boolean value) {
            this.retryNonIdempotent = value;
            return this;
        }

        /**
         * Sets how waits happen.
         *
         * @param value the waiter
         * @return this builder
         */
        public Builder waiter(Waiter value) {
            this.waiter = Objects.requireNonNull(value, "waiter");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + value);
            }
            return value;
        }
    }
}
