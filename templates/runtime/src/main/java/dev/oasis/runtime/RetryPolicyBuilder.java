package dev.oasis.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Configures a {@link RetryPolicy}; {@link RetryPolicy#builder()} starts one from the defaults. */
public final class RetryPolicyBuilder {

    private int maxAttempts = 4;
    private Duration initialDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(30);
    private Duration maxElapsed = Duration.ofSeconds(60);
    private Duration attemptTimeout;
    private boolean retryNonIdempotent;
    private double budgetRatio;
    private int budgetMinRetries = -1;
    private RetryPolicy.Waiter waiter = delay -> CompletableFuture.runAsync(() -> { },
            CompletableFuture.delayedExecutor(Deadline.nanos(delay), TimeUnit.NANOSECONDS));

    RetryPolicyBuilder() {
    }

    /**
     * Sets how many times a request is sent at most, the first time included.
     *
     * @param attempts at least 1; 1 turns retries off
     * @return this builder
     */
    public RetryPolicyBuilder maxAttempts(int attempts) {
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
    public RetryPolicyBuilder initialDelay(Duration delay) {
        this.initialDelay = nonNegative(delay, "initialDelay");
        return this;
    }

    /**
     * Sets the longest wait the backoff grows to.
     *
     * @param delay the longest wait
     * @return this builder
     */
    public RetryPolicyBuilder maxDelay(Duration delay) {
        this.maxDelay = nonNegative(delay, "maxDelay");
        return this;
    }

    /**
     * Sets the total time after which no further attempt starts; a wait that would end later is not taken.
     *
     * @param total the time from the first attempt
     * @return this builder
     */
    public RetryPolicyBuilder maxElapsed(Duration total) {
        this.maxElapsed = nonNegative(total, "maxElapsed");
        return this;
    }

    /**
     * Sets how long one attempt may take, body included, before it is given up and, when the
     * method allows, retried; without it an attempt may take what is left of the call's deadline
     * (the client's {@code requestTimeout}).
     *
     * @param timeout the time one attempt may take
     * @return this builder
     */
    public RetryPolicyBuilder attemptTimeout(Duration timeout) {
        this.attemptTimeout = nonNegative(timeout, "attemptTimeout");
        return this;
    }

    /**
     * Shares one retry budget among all calls of each client built with this policy: every call
     * earns {@code ratio} of a retry, every retry spends one, and at most {@code minRetries} are
     * saved up (the budget starts full). Retries then stay below {@code minRetries} plus
     * {@code ratio} times the calls, however many responses ask for one: {@code retryBudget(0.1, 10)}
     * keeps a storm of 429s from adding more than a tenth to the traffic. Without it, every call
     * may retry as the other settings allow.
     *
     * @param ratio the retries each call earns, from 0 to 1
     * @param minRetries the retries available at the start and the most saved up, at least 0
     * @return this builder
     */
    public RetryPolicyBuilder retryBudget(double ratio, int minRetries) {
        if (!(ratio >= 0 && ratio <= 1) || minRetries < 0) {
            throw new IllegalArgumentException("retryBudget needs a ratio from 0 to 1 and minRetries of at least 0, was "
                    + ratio + " and " + minRetries);
        }
        this.budgetRatio = ratio;
        this.budgetMinRetries = minRetries;
        return this;
    }

    /**
     * Also retries POST and PATCH, which may repeat their effect on the server.
     *
     * @param value whether to retry non-idempotent methods
     * @return this builder
     */
    public RetryPolicyBuilder retryNonIdempotent(boolean value) {
        this.retryNonIdempotent = value;
        return this;
    }

    /**
     * Sets how waits happen.
     *
     * @param value the waiter
     * @return this builder
     */
    public RetryPolicyBuilder waiter(RetryPolicy.Waiter value) {
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

    int maxAttempts() {
        return maxAttempts;
    }

    Duration initialDelay() {
        return initialDelay;
    }

    Duration maxDelay() {
        return maxDelay;
    }

    Duration maxElapsed() {
        return maxElapsed;
    }

    Duration attemptTimeout() {
        return attemptTimeout;
    }

    boolean retryNonIdempotent() {
        return retryNonIdempotent;
    }

    double budgetRatio() {
        return budgetRatio;
    }

    int budgetMinRetries() {
        return budgetMinRetries;
    }

    RetryPolicy.Waiter waiter() {
        return waiter;
    }

    private static Duration nonNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }
}
